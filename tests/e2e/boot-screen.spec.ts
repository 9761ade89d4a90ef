import type { Browser, BrowserContext, Page } from '@playwright/test'
import { testNames, walkCircleWithInvites } from './people'
import { expect, expectAccessible, screenshot, test } from './support'

/**
 * A phone's first screen before any script runs (index.html's boot script, ui/shared/bootScreen.ts,
 * sync/firstPaint.ts): the markup of the helper's tasks and of the recipient's Today as last drawn
 * live, shown inert while the app's scripts load, then replaced by the app. The phones here block
 * the service worker so that holding the scripts (every built .js) holds them for real.
 */
type Phone = { context: BrowserContext; page: Page }

async function phoneWithoutServiceWorker(browser: Browser): Promise<Phone> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, baseURL: process.env.KITH_BASE_URL, hasTouch: true, serviceWorkers: 'block' })
  return { context, page: await context.newPage() }
}

/** Holds every script of the app until released (after it, they pass at once; a later hold holds them again). */
async function holdScripts(context: BrowserContext): Promise<() => Promise<void>> {
  let letGo: () => void = () => undefined
  const held = new Promise<void>((resolve) => { letGo = resolve })
  await context.route('**/*.js', async (route) => {
    await held
    await route.continue()
  })
  return async () => letGo()
}

/** Opens `url` while the scripts are held: waits only for the page itself (the boot script runs before `<noscript>` is parsed). */
async function openHeld(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' })
  await page.locator('noscript').waitFor({ state: 'attached' })
}

interface Layout { shown: number; tops: number[]; height: number }

/**
 * Lets the held scripts go (`release`) and returns where `selector`'s visible elements stood in the
 * stored markup, and in the app's root the moment that markup left (the app's commit, before any frame).
 */
async function takeOver(page: Page, selector: string, release: () => Promise<void>): Promise<{ before: Layout; after: Layout }> {
  // Measured in the page the same way both times; after, the moment the markup leaves.
  const before = await page.evaluate((what) => {
    const layoutIn = (scope: string): Layout => {
      const shown = [...document.querySelectorAll(`${scope} :is(${what})`)].filter((element) => element.checkVisibility())
      return { shown: shown.length, tops: shown.map((element) => Math.round(element.getBoundingClientRect().top)), height: document.documentElement.scrollHeight }
    }
    ;(window as unknown as { takenOver: Promise<Layout> }).takenOver = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (document.getElementById('kith-boot')) return
        observer.disconnect()
        resolve(layoutIn('#root'))
      }).observe(document.body, { childList: true })
    })
    return layoutIn('#kith-boot')
  }, selector)
  await release()
  return { before, after: await page.evaluate(() => (window as unknown as { takenOver: Promise<Layout> }).takenOver) }
}

const stored = (page: Page, key: string) => page.evaluate((name) => localStorage.getItem(name), key)
const setStored = (page: Page, key: string, value: string) => page.evaluate(([name, text]) => localStorage.setItem(name, text), [key, value])

test('a helper’s tasks show from their stored screen before any script runs, the app takes over, and doubtful or withdrawn markup never shows', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const links = await walkCircleWithInvites(page, names)
  const docId = /#\/join\/\w+\/([^/]+)\//.exec(links.helper)![1]
  const screenKey = `kith.screen.${docId}`
  const helper = await phoneWithoutServiceWorker(browser)
  await helper.page.goto(links.helper)
  await expect(helper.page.locator('.series-card, .task-card').filter({ hasText: names.walk }).first()).toBeVisible({ timeout: 30_000 })
  // Drawn live, the screen is stored a moment later: the tasks' own words, no script, nothing to type in.
  await expect.poll(() => stored(helper.page, screenKey), { timeout: 15_000 }).toContain(names.walk)
  const record = JSON.parse((await stored(helper.page, screenKey))!) as { format: number; role: string; html: string }
  expect(record).toMatchObject({ format: 1, role: 'helper' })
  expect(record.html).not.toMatch(/<script|<dialog|toast/)
  const tasksUrl = helper.page.url()
  await helper.page.close()

  // The next opening, with every script held back: the tasks are there all the same, inert and busy.
  const release = await holdScripts(helper.context)
  const opened = await helper.context.newPage()
  await openHeld(opened, tasksUrl)
  const boot = opened.locator('#kith-boot')
  await expect(boot.locator('.series-card, .task-card').filter({ hasText: names.walk }).first()).toBeVisible()
  await expect(boot).toHaveAttribute('inert', '')
  await expect(boot).toHaveAttribute('aria-busy', 'true')
  expect(await opened.locator('#root').innerHTML()).toBe('') // no script of the app has run
  // Nothing looks pressable: every button is disabled until the app is here.
  expect(await boot.locator('button:not([disabled])').count()).toBe(0)
  expect(await boot.locator('button').count()).toBeGreaterThan(0)
  await screenshot(opened, test.info(), 'helper-boot-screen-375')
  await expectAccessible(opened, 'helper boot screen')
  await opened.emulateMedia({ colorScheme: 'dark' })
  await screenshot(opened, test.info(), 'helper-boot-screen-375-dark')
  await expectAccessible(opened, 'helper boot screen, dark')
  await opened.emulateMedia({ colorScheme: 'light' })

  // The scripts arrive: the app draws the same tasks and the stored markup leaves, the page as it
  // was (every card, each where it stood), so nothing moves under a thumb and nothing is drawn twice.
  const { before, after } = await takeOver(opened, '.series-card, .task-card', release)
  expect(before.shown).toBeGreaterThan(0)
  expect(after).toEqual(before)
  await expect(opened.locator('#root .series-card, #root .task-card').filter({ hasText: names.walk }).first()).toBeVisible({ timeout: 30_000 })
  await expect(boot).toHaveCount(0)
  await screenshot(opened, test.info(), 'helper-after-boot-375')

  // Markup in doubt is dropped, never shown: damaged, another format or role, another day, another
  // build's styles, drawn from another copy, or filed under another document.
  const good = (await stored(opened, screenKey))!
  const paint = (await stored(opened, `kith.paint.${docId}`))!
  const otherDoc = 'AAAAAAAAAAAAAAAAAAAAAA'
  const variants: Array<[string, () => Promise<void>, string]> = [
    ['not json', () => setStored(opened, screenKey, 'not json'), tasksUrl],
    ['another format', () => setStored(opened, screenKey, good.replace('"format":1', '"format":2')), tasksUrl],
    ['another role', () => setStored(opened, screenKey, good.replace('"role":"helper"', '"role":"recipient"')), tasksUrl],
    ['another day', () => setStored(opened, screenKey, JSON.stringify({ ...JSON.parse(good), day: 'Mon Jan 01 2001' })), tasksUrl],
    ['another build', () => setStored(opened, screenKey, JSON.stringify({ ...JSON.parse(good), styles: 'http://127.0.0.1/assets/old.css' })), tasksUrl],
    ['another copy', async () => {
      await setStored(opened, screenKey, good)
      await setStored(opened, `kith.paint.${docId}`, paint.replace(names.walk, `${names.walk}x`))
    }, tasksUrl],
    ['another document', async () => {
      // This phone's markup filed under a document whose copy is not the one it was drawn from.
      await setStored(opened, `kith.paint.${otherDoc}`, paint.replace(names.helperA, names.helperB))
      await setStored(opened, `kith.screen.${otherDoc}`, good)
    }, tasksUrl.replace(docId, otherDoc)],
  ]
  for (const [doubt, plant, url] of variants) {
    // Off the app first: leaving a live screen stores it again (pagehide).
    await opened.goto('/favicon.svg')
    await setStored(opened, `kith.paint.${docId}`, paint)
    await opened.evaluate((id) => localStorage.removeItem(`kith.paint.${id}`), otherDoc)
    await plant()
    const held = await holdScripts(helper.context)
    await openHeld(opened, url)
    expect(await opened.locator('#kith-boot').count(), doubt).toBe(0)
    const left = await stored(opened, url === tasksUrl ? screenKey : `kith.screen.${otherDoc}`)
    expect(left, doubt).toBeNull() // dropped, not kept for later
    await held()
  }
  // The recipient's address on this phone shows none of the helper's screen.
  await opened.goto('/favicon.svg')
  await setStored(opened, `kith.paint.${docId}`, paint)
  await setStored(opened, screenKey, good)
  const held = await holdScripts(helper.context)
  await openHeld(opened, tasksUrl.replace('/h/', '/r/').replace(/\/tasks$/, '/today'))
  expect(await opened.locator('#kith-boot').count()).toBe(0)
  await held()
  // And the untouched record still shows (so each doubt above was what kept it away).
  await opened.goto('/favicon.svg')
  await setStored(opened, screenKey, good)
  const again = await holdScripts(helper.context)
  await openHeld(opened, tasksUrl)
  await expect(opened.locator('#kith-boot .series-card, #kith-boot .task-card').first()).toBeVisible()
  await again()

  // Withdrawn words leave the stored screen with the copy: the walk is renamed on the coordinator's phone.
  await opened.goto(tasksUrl)
  await expect(opened.locator('#root .series-card, #root .task-card').first()).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => stored(opened, screenKey), { timeout: 15_000 }).toContain(names.walk)
  const renamed = `Evening stroll ${names.helperB}`
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(names.walk) }).click()
  await page.getByLabel('What is needed').fill(renamed)
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(opened.getByRole('main')).toContainText(renamed, { timeout: 60_000 })
  await expect.poll(() => stored(opened, screenKey), { timeout: 15_000 }).toContain(renamed)
  expect(await stored(opened, screenKey)).not.toContain(names.walk)

  // Removed from the circle: the phone forgets the document, and its stored screen with it.
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  await page.getByRole('button', { name: 'Remove this helper' }).click()
  await expect(opened.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 60_000 })
  expect(await stored(opened, screenKey)).toBeNull()
  expect(await stored(opened, `kith.paint.${docId}`)).toBeNull()
  await helper.context.close()
})

test('the recipient’s Today shows from their stored screen before any script runs, and leaves with their document', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const links = await walkCircleWithInvites(page, names)
  const docId = /#\/join\/\w+\/([^/]+)\//.exec(links.recipient)![1]
  const screenKey = `kith.screen.${docId}`
  const recipient = await phoneWithoutServiceWorker(browser)
  await recipient.page.goto(links.recipient)
  await expect(recipient.page.locator('#root .daily-status')).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => stored(recipient.page, screenKey), { timeout: 15_000 }).toContain(names.recipient)
  const todayUrl = recipient.page.url()
  await recipient.page.close()

  const release = await holdScripts(recipient.context)
  const opened = await recipient.context.newPage()
  await openHeld(opened, todayUrl)
  const boot = opened.locator('#kith-boot')
  await expect(boot.locator('.daily-status')).toBeVisible()
  expect(await opened.locator('#root').innerHTML()).toBe('')
  expect(await boot.locator('button:not([disabled])').count()).toBe(0)
  await screenshot(opened, test.info(), 'recipient-boot-screen-375')
  await expectAccessible(opened, 'recipient boot screen')
  const { before, after } = await takeOver(opened, '.daily-status, h2', release)
  expect(before.shown).toBeGreaterThan(0)
  expect(after).toEqual(before)
  await expect(opened.locator('#root .daily-status')).toBeVisible({ timeout: 30_000 })
  await expect(boot).toHaveCount(0)

  // The browser cleared the document's database: the copy and the stored screen go with it.
  await opened.close()
  const cleaner = await recipient.context.newPage()
  await cleaner.goto('/favicon.svg')
  await cleaner.evaluate((name) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
  }), `kith-doc-${docId}`)
  expect(await stored(cleaner, screenKey)).not.toBeNull()
  await cleaner.goto(todayUrl)
  await expect(cleaner.getByText('Your circle is no longer stored on this phone')).toBeVisible({ timeout: 30_000 })
  expect(await stored(cleaner, screenKey)).toBeNull()
  await recipient.context.close()
})

/** Records, in every page of the context, the stored screen's layout when the boot script shows it and the app's root's the moment it leaves. */
const recordTakeOver = (selector: string) => `
  new MutationObserver((_, observer) => {
    const layoutIn = (scope) => {
      const shown = [...document.querySelectorAll(scope + ' :is(${selector})')].filter((element) => element.checkVisibility())
      return { shown: shown.length, tops: shown.map((element) => Math.round(element.getBoundingClientRect().top)), height: document.documentElement.scrollHeight }
    }
    const boot = document.getElementById('kith-boot')
    if (boot && !window.kithBoot) {
      window.kithBoot = {
        layout: layoutIn('#kith-boot'), text: boot.textContent, inert: boot.hasAttribute('inert'), busy: boot.getAttribute('aria-busy'),
        pressable: boot.querySelectorAll('button:not([disabled])').length, rootEmpty: document.getElementById('root').innerHTML === '',
      }
    }
    if (window.kithBoot && !boot && !window.kithAfter) {
      window.kithAfter = layoutIn('#root')
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })`

type BootSeen = { layout: Layout; text: string; inert: boolean; busy: string; pressable: number; rootEmpty: boolean }

test('the coordinator’s Today shows from its stored screen offline before the app takes over, and leaves with the map', async ({ browser }) => {
  test.setTimeout(300_000)
  // The coordinator's device, service worker on: its launches offline are served by it.
  const device = await browser.newContext({ viewport: { width: 375, height: 812 }, baseURL: process.env.KITH_BASE_URL, hasTouch: true })
  const page = await device.newPage()
  await page.goto('/')
  await page.getByRole('button', { name: /Maria, away/ }).click()
  await page.getByRole('link', { name: 'Reassess' }).click()
  await expect(page.locator('#root .card.occurrence').first()).toBeVisible()
  const todayUrl = page.url()
  const docId = /#\/c\/([^/]+)\/today$/.exec(todayUrl)![1]
  const screenKey = `kith.screen.${docId}`
  // Drawn live, Today is stored a moment later: the map's words, no script, nothing pressable, no passing note.
  await expect.poll(() => stored(page, screenKey), { timeout: 15_000 }).toContain('Walk Bruno in the morning')
  const record = JSON.parse((await stored(page, screenKey))!) as { format: number; role: string; html: string; from: number; until: number }
  expect(record).toMatchObject({ format: 1, role: 'coordinator' })
  expect(record.from).toBeLessThanOrEqual(Date.now())
  expect(record.until).toBeGreaterThan(Date.now())
  expect(record.html).not.toMatch(/<script|<dialog|toast/)
  expect(record.html.match(/<button[^>]*>/g)!.every((tag) => tag.includes('disabled'))).toBe(true)
  expect(await stored(page, 'kith.lastOpened')).toBe(`c/${docId}/today`)
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  await page.close()

  // The installed app's launch: the start URL, no network. Today shows from the stored screen before
  // the app's scripts run, inert and busy; the app takes over with the same page (each card, the
  // heading and the tabs where they stood, the same height), so nothing moves under a thumb.
  await device.setOffline(true)
  await device.addInitScript(recordTakeOver('.day-title, .card.occurrence, .top-title, .tabs a'))
  const launched = await device.newPage()
  await launched.goto('/')
  await expect(launched.locator('#root .card.occurrence').first()).toBeVisible({ timeout: 30_000 })
  await expect(launched.locator('#kith-boot')).toHaveCount(0)
  expect(launched.url()).toBe(todayUrl)
  const seen = await launched.evaluate(() => (window as unknown as { kithBoot: BootSeen | undefined }).kithBoot)
  expect(seen).toBeDefined()
  expect(seen!.text).toContain('Walk Bruno in the morning')
  expect(seen).toMatchObject({ inert: true, busy: 'true', pressable: 0, rootEmpty: true })
  const after = await launched.waitForFunction(() => (window as unknown as { kithAfter?: Layout }).kithAfter).then((handle) => handle.jsonValue())
  expect(seen!.layout.shown).toBeGreaterThan(3)
  expect(after).toEqual(seen!.layout)
  await screenshot(launched, test.info(), 'coordinator-after-boot-375')
  await launched.close()
  await device.setOffline(false)

  // The stored screen as the launch shows it (a browser with the scripts held, given this device's stored screen).
  const good = (await (async () => {
    const reader = await device.newPage()
    await reader.goto('/favicon.svg')
    const value = await stored(reader, screenKey)
    await reader.close()
    return value
  })())!
  const held = await phoneWithoutServiceWorker(browser)
  const plantAndOpen = async (record: string) => {
    await held.page.goto('/favicon.svg')
    await setStored(held.page, screenKey, record)
    await setStored(held.page, 'kith.lastOpened', `c/${docId}/today`)
    const release = await holdScripts(held.context)
    await openHeld(held.page, '/')
    return release
  }
  const release = await plantAndOpen(good)
  const boot = held.page.locator('#kith-boot')
  await expect(boot.locator('.card.occurrence').first()).toBeVisible()
  expect(await boot.locator('button:not([disabled])').count()).toBe(0)
  await screenshot(held.page, test.info(), 'coordinator-boot-screen-375')
  await expectAccessible(held.page, 'coordinator boot screen')
  await held.page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(held.page, test.info(), 'coordinator-boot-screen-375-dark')
  await held.page.emulateMedia({ colorScheme: 'light' })
  await release()
  // A stale one is dropped, never shown: drawn on another of the circle's days, or by another build.
  for (const [doubt, record] of [
    ['another day', JSON.stringify({ ...JSON.parse(good), from: Date.now() - 2 * 86_400_000, until: Date.now() - 86_400_000 })],
    ['another build', JSON.stringify({ ...JSON.parse(good), styles: 'http://127.0.0.1/assets/old.css' })],
  ]) {
    const letGo = await plantAndOpen(record)
    expect(await held.page.locator('#kith-boot').count(), doubt).toBe(0)
    expect(await stored(held.page, screenKey), doubt).toBeNull()
    await letGo()
  }
  await held.context.close()

  // The map changes while Today is not on screen: its stored screen goes at once; back on Today, it is stored again.
  const coordinator = await device.newPage()
  await coordinator.goto(todayUrl.replace(/\/today$/, '/needs'))
  await expect(coordinator.getByRole('link', { name: /Walk Bruno in the morning/ })).toBeVisible({ timeout: 30_000 })
  expect(await stored(coordinator, screenKey)).not.toBeNull()
  await coordinator.getByRole('link', { name: /Water the plants/ }).click()
  await coordinator.getByLabel('What is needed').fill('Water the plants and the herbs')
  await coordinator.getByRole('button', { name: 'Save need' }).click()
  await expect.poll(() => stored(coordinator, screenKey)).toBeNull()
  await coordinator.goto(todayUrl)
  await expect.poll(() => stored(coordinator, screenKey), { timeout: 15_000 }).not.toBeNull()

  // The browser cleared the map's database: its Today goes with it.
  await coordinator.goto('/favicon.svg')
  await coordinator.evaluate((name) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
  }), `kith-doc-${docId}`)
  expect(await stored(coordinator, screenKey)).not.toBeNull()
  await coordinator.goto(todayUrl)
  await expect(coordinator.getByText('This circle’s saved data is no longer on this device')).toBeVisible({ timeout: 30_000 })
  expect(await stored(coordinator, screenKey)).toBeNull()
  await coordinator.getByRole('button', { name: 'Take it off the list' }).click()
  await expect(coordinator).toHaveURL(/#\/?$/)
  expect(await stored(coordinator, 'kith.lastOpened')).toBeNull()

  // A circle deleted from this device: its Today goes in the same step, and the app no longer opens on it.
  await coordinator.getByRole('button', { name: /Maria, away/ }).click()
  await coordinator.getByRole('link', { name: 'Reassess' }).click()
  const secondId = /#\/c\/([^/]+)\//.exec(coordinator.url())![1]
  await expect.poll(() => stored(coordinator, `kith.screen.${secondId}`), { timeout: 15_000 }).not.toBeNull()
  await coordinator.getByRole('link', { name: 'Circle settings' }).click()
  coordinator.once('dialog', (dialog) => void dialog.accept())
  await coordinator.getByRole('button', { name: 'Delete circle' }).click()
  await expect(coordinator).toHaveURL(/#\/?$/)
  expect(await stored(coordinator, `kith.screen.${secondId}`)).toBeNull()
  expect(await stored(coordinator, 'kith.lastOpened')).toBeNull()
  await device.close()
})

test('a helper in another zone just past the circle’s midnight: the stored screen of the circle’s day before does not show', async ({ browser }) => {
  test.setTimeout(180_000)
  const names = testNames()
  // The circle's zone is UTC+0 all year (Abidjan); the helper's phone is eleven hours behind (Pago Pago, no summer time).
  const coordinator = await browser.newContext({ viewport: { width: 375, height: 812 }, baseURL: process.env.KITH_BASE_URL, timezoneId: 'Africa/Abidjan' })
  const links = await walkCircleWithInvites(await coordinator.newPage(), names)
  const docId = /#\/join\/\w+\/([^/]+)\//.exec(links.helper)![1]
  const screenKey = `kith.screen.${docId}`
  const helper = await browser.newContext({
    viewport: { width: 375, height: 812 }, baseURL: process.env.KITH_BASE_URL, hasTouch: true, serviceWorkers: 'block', timezoneId: 'Pacific/Pago_Pago',
  })
  // An hour before the circle's last midnight (13:00 on the helper's phone) the tasks are drawn live and stored.
  const HOUR = 3_600_000
  const midnight = Math.floor(Date.now() / (24 * HOUR)) * 24 * HOUR
  await helper.clock.install({ time: midnight - HOUR })
  const live = await helper.newPage()
  await live.goto(links.helper)
  await expect(live.locator('.series-card, .task-card').filter({ hasText: names.walk }).first()).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => stored(live, screenKey), { timeout: 15_000 }).toContain(names.walk)
  const tasksUrl = live.url()
  await live.close()

  // Opened again the same evening: the stored screen shows.
  const release = await holdScripts(helper)
  const sameDay = await helper.newPage()
  await openHeld(sameDay, tasksUrl)
  await expect(sameDay.locator('#kith-boot .series-card, #kith-boot .task-card').first()).toBeVisible()
  await sameDay.close()

  // Two hours later it is the next day for the circle, still the same afternoon on the helper's
  // phone: the stored screen's "today" is the circle's yesterday, so it is dropped, never shown.
  await helper.clock.setSystemTime(midnight + HOUR)
  const nextDay = await helper.newPage()
  await openHeld(nextDay, tasksUrl)
  expect(await nextDay.locator('#kith-boot').count()).toBe(0)
  expect(await stored(nextDay, screenKey)).toBeNull()
  await release()
  await helper.close()
  await coordinator.close()
})
