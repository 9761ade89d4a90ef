import type { Browser, BrowserContext, Page, Locator } from '@playwright/test'
import { addHelper, addNeed } from './maria'
import { databaseNames } from './storage'
import { expect } from './support'

/** Several people, each on their own "phone": separate browser contexts with separate storage. */
export async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, baseURL: process.env.KITH_BASE_URL, hasTouch: true })
  return { context, page: await context.newPage() }
}

/** Names made for this run only: the privacy read-back must not find them by chance in the bundle. */
export function testNames() {
  const tag = Math.random().toString(36).slice(2, 8)
  const word = (prefix: string) => `${prefix}${tag}`
  return {
    recipient: word('Rowan'), helperA: word('Sasha'), helperB: word('Linden'), excluded: word('Vesper'),
    contactA: `sasha.${tag}@example.org`, contactB: `+1 555 ${tag}`,
    plants: word('Plants '), walk: word('Walk '), call: word('Call '), secret: word('SECRET-'), doorCode: word('door-'),
  }
}

/**
 * Everything a browser context keeps: every IndexedDB store (its raw rows, decoded as UTF-8),
 * localStorage and Cache Storage, as text. With `databases`, only those IndexedDB databases.
 */
export async function storedText(page: Page, databases?: string[]): Promise<string> {
  return page.evaluate(async (only) => {
    const decoder = new TextDecoder('utf-8', { fatal: false })
    const parts: string[] = []
    const asText = (value: unknown): string => {
      if (value instanceof Uint8Array) return decoder.decode(value)
      if (value instanceof ArrayBuffer) return decoder.decode(new Uint8Array(value))
      if (value && typeof value === 'object') return Object.values(value).map(asText).join(' ') + JSON.stringify(value, (_, v) => (v instanceof Uint8Array ? undefined : v))
      return String(value)
    }
    for (const info of await indexedDB.databases()) {
      if (!info.name || (only && !only.includes(info.name))) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      for (const storeName of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll()
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
        parts.push(`[${info.name}/${storeName}]`, ...values.map(asText))
      }
      db.close()
    }
    if (only) return parts.join('\n')
    for (let i = 0; i < localStorage.length; i++) parts.push(localStorage.key(i)!, localStorage.getItem(localStorage.key(i)!) ?? '')
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName)
      for (const request of await cache.keys()) parts.push(request.url, await (await cache.match(request))!.text())
    }
    return parts.join('\n')
  }, databases)
}

/** The document an invitation link opens. */
export const inviteDocId = (link: string) => /#\/join\/\w+\/([^/]+)\//.exec(link)![1]

/** Nothing of a withdrawn document on the phone: no database, no painted copy or stored first screen, none of its words. */
export async function expectDocumentForgotten(page: Page, docId: string, words: string[]): Promise<void> {
  expect(await databaseNames(page)).not.toContain(`kith-doc-${docId}`)
  expect(await page.evaluate((id) => Object.keys(localStorage).filter((key) => key.includes(id)), docId)).toEqual([])
  const stored = await storedText(page)
  for (const word of words) expect(stored).not.toContain(word)
}

/** The invitation on the screen whose heading is `screen` (waiting for it, so an old screen's link is never read). */
export async function inviteLinkFrom(page: Page, screen: string): Promise<string> {
  await expect(page.getByRole('heading', { name: screen, exact: true })).toBeVisible()
  const create = page.getByRole('button', { name: 'Create an invitation link' })
  const input = page.getByLabel('Invitation link')
  await expect(create.or(input)).toBeVisible()
  if (await create.isVisible()) await create.click()
  await expect(input).toHaveValue(/#\/join\//)
  return input.inputValue()
}

/** Loads the app once (so its service worker serves it offline later) and switches live sync off. */
export async function liveSyncOff(page: Page): Promise<void> {
  await page.goto('/')
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  await page.getByRole('link', { name: 'Settings on this device' }).click()
  const live = page.getByLabel('Sync live when phones are online together')
  await expect(live).toBeChecked()
  await live.uncheck()
  await expect(page.getByRole('status').filter({ hasText: 'Reopen a circle' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Sync live when phones are online together')).not.toBeChecked()
}

/**
 * A new circle with one daily walk (any time) and one helper free all week who takes it, the
 * plan accepted; returns that helper's invitation link, read on their screen.
 */
export async function circleWithOneWalker(page: Page, names: ReturnType<typeof testNames>, { coordinator = 'Jordan Lee', limit = 14 } = {}): Promise<string> {
  await page.goto('/#/new')
  await page.getByLabel('Their first name').fill(names.recipient)
  await page.getByLabel('Your name').fill(coordinator)
  await page.getByRole('button', { name: 'Start the circle' }).click()
  await addNeed(page, { title: names.walk, kind: 'dog-walk', priority: 'High', repeat: 'daily', anyTime: true })
  await page.getByRole('link', { name: 'Map' }).click()
  await addHelper(page, { name: names.helperA, relation: 'friend', kinds: ['Dog walk'], windows: [{ days: 'all', from: '00:00', until: '23:59' }], limit })
  await page.getByRole('link', { name: 'Assign' }).click()
  await page.getByRole('button', { name: /^Accept/ }).first().click()
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  return inviteLinkFrom(page, 'Helper and offer')
}

/** The documents this device keeps a record of the other side for (device database `syncStates`). */
export async function syncStateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const request = indexedDB.open('kith-device')
    request.onsuccess = () => {
      const db = request.result
      if (!db.objectStoreNames.contains('syncStates')) return resolve([])
      const keys = db.transaction('syncStates').objectStore('syncStates').getAllKeys()
      keys.onsuccess = () => {
        db.close()
        resolve(keys.result.map(String))
      }
      keys.onerror = () => reject(keys.error)
    }
    request.onerror = () => reject(request.error)
  }))
}

/**
 * On a helper's tasks, the first time after today of a regular task: its series card lists
 * every time under "Each time", opened here if it is closed (a reload closes it).
 */
export async function nextTimeAfterToday(page: Page, title: RegExp): Promise<Locator> {
  // The screen stored from the last visit shows first, inert: a tap waits for the app itself.
  await expect(page.locator('#kith-boot')).toHaveCount(0, { timeout: 30_000 })
  const series = page.getByRole('region', { name: 'Your regular tasks' }).getByRole('article', { name: title }).first()
  const details = series.locator('details.series-times')
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click()
  return series.locator('details.series-times').getByRole('article', { name: title }).first()
}

/**
 * `circleWithOneWalker` as Jordan starts it, plus the recipient's invitation link: returns both
 * links and ends on Map.
 */
export async function walkCircleWithInvites(page: Page, names: ReturnType<typeof testNames>) {
  const helper = await circleWithOneWalker(page, names, { coordinator: 'Jordan', limit: 7 })
  await page.getByRole('link', { name: 'Circle settings' }).click()
  const recipient = await inviteLinkFrom(page, 'Circle')
  await page.getByRole('link', { name: 'Map' }).click()
  return { helper, recipient }
}

/**
 * A helper's and the recipient's phones for `walkCircleWithInvites`, each opened by its
 * invitation and waited for: the helper sees the walk as a regular task, the recipient "Please stop".
 */
export async function helperAndRecipientPhones(browser: Browser, links: { helper: string; recipient: string }, names: ReturnType<typeof testNames>) {
  const helper = await phone(browser)
  const recipient = await phone(browser)
  await helper.page.goto(links.helper)
  await recipient.page.goto(links.recipient)
  const walk = new RegExp(names.walk)
  await expect(helper.page.getByRole('article', { name: walk }).first()).toBeVisible({ timeout: 30_000 })
  await expect(helper.page.getByRole('region', { name: 'Your regular tasks' })).toBeVisible()
  await expect(recipient.page.getByRole('button', { name: 'Please stop / I need some quiet' })).toBeVisible({ timeout: 30_000 })
  return { helper, recipient, walk }
}
