import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { phone, testNames, walkCircleWithInvites } from './people'
import { expect, expectAccessible, screenshot, test } from './support'

/**
 * The recipient's phone opens as a helper's does (first-load.spec.ts): Today is painted from the
 * copy stored beside their document before Yjs loads, then the live document takes over. The
 * built manifest says which file holds which source module.
 */
type Manifest = Record<string, { file: string; imports?: string[] }>
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest
const modules = JSON.parse(readFileSync('dist/.vite/modules.json', 'utf8')) as Record<string, Record<string, unknown>>
const fileOf = (module: string) => manifest[module]?.file ?? Object.keys(modules).find((file) => module in modules[file])!
/** The files a module's chunk imports statically, through any depth. */
function firstFiles(keys: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    manifest[key].imports?.forEach(visit)
  }
  keys.forEach(visit)
  return new Set([...seen].map((key) => manifest[key].file))
}

const TODAY_HEADLINE = /covered today|being arranged|Nothing is planned/
const PLEASE_STOP = 'Please stop / I need some quiet'

test('the recipient’s Today is painted from their stored copy before Yjs loads; the copy follows the document and leaves with it', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const links = await walkCircleWithInvites(page, names)
  const docId = /#\/join\/\w+\/([^/]+)\//.exec(links.recipient)![1]
  const paintOf = (where: Page) => where.evaluate((key) => localStorage.getItem(key), `kith.paint.${docId}`)
  const recipient = await phone(browser)
  await recipient.page.goto(links.recipient)
  await expect(recipient.page.getByRole('button', { name: PLEASE_STOP })).toBeEnabled({ timeout: 30_000 })
  await expect.poll(() => paintOf(recipient.page)).toContain(names.recipient)
  // Only what Today shows: the walk (a need) is in the document, never in the copy.
  expect(await paintOf(recipient.page)).not.toContain(names.walk)
  const todayUrl = recipient.page.url()
  await recipient.page.close()

  // The next opening: Yjs (and the live part with it) is held back, so what shows is the paint.
  const yjs = fileOf('node_modules/yjs/dist/yjs.mjs')
  const live = fileOf('src/ui/recipient/RecipientLive.tsx')
  const first = firstFiles(['index.html', 'src/ui/recipient/RecipientApp.tsx'])
  expect(first.has(yjs)).toBe(false)
  for (const later of ['node_modules/zod/v4/core/schemas.js', 'src/local/db.ts']) expect(first.has(fileOf(later))).toBe(false)
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => { release = resolve })
  await recipient.context.route(`**/${yjs}`, async (route) => {
    await held
    await route.continue()
  })
  const painted = await recipient.context.newPage()
  // When Today's status entered the page, by the page's own clock (to compare with when Yjs was asked for).
  await painted.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.daily-status')) return
      ;(window as unknown as { firstPaintAt: number }).firstPaintAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  })
  const scripts: string[] = []
  painted.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname.slice(1))
  })
  await painted.goto(todayUrl)
  await expect(painted.getByRole('heading', { name: TODAY_HEADLINE })).toBeVisible()
  await expect(painted.getByText(`${names.recipient}’s circle`)).toBeVisible()
  const opening = painted.getByRole('status').filter({ hasText: 'Opening your day' })
  await expect(opening).toBeVisible()
  const pleaseStop = painted.getByRole('button', { name: PLEASE_STOP })
  await expect(pleaseStop).toBeDisabled()
  await screenshot(painted, test.info(), 'recipient-painted-375')
  await expectAccessible(painted, 'recipient painted')
  expect(scripts).toContain(live) // asked for once the paint was on screen
  release()
  // The document takes over the same screen: Yjs loads, the button works, the note goes.
  await expect(pleaseStop).toBeEnabled({ timeout: 30_000 })
  await expect(opening).toHaveCount(0)
  expect(scripts).toContain(yjs)
  const [firstPaintAt, yjsAskedAt] = await painted.evaluate((file) => [
    (window as unknown as { firstPaintAt: number }).firstPaintAt,
    performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(file))!.startTime,
  ], yjs)
  expect(firstPaintAt).toBeLessThan(yjsAskedAt)
  await screenshot(painted, test.info(), 'recipient-live-375')
  await recipient.context.unroute(`**/${yjs}`)

  // A damaged copy, or one of another format or role, is passed over: Today opens the usual way and the copy is written again.
  for (const damaged of ['{"format":1,"role":"recipient","paint":{"circle":{}}}', '{"format":1,"role":"helper","paint":{}}', 'not json', '{"format":99}']) {
    await painted.evaluate(([key, value]) => localStorage.setItem(key, value), [`kith.paint.${docId}`, damaged])
    await painted.reload()
    await expect(painted.getByRole('button', { name: PLEASE_STOP })).toBeEnabled({ timeout: 30_000 })
    await expect.poll(() => paintOf(painted)).toContain(names.recipient)
  }

  // A change on the coordinator's phone rewrites the copy: the coordinator's name, shown to the recipient.
  const renamed = `Morgan${names.helperB}`
  await page.getByRole('link', { name: 'Circle settings' }).click()
  await page.getByLabel('Your name').fill(renamed)
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Changes saved.')).toBeVisible()
  // Not waiting on one page to be reached live (a reloaded page may rejoin slowly): reload until the change is here.
  await expect(async () => {
    await painted.reload()
    await expect.poll(() => paintOf(painted), { timeout: 10_000 }).toContain(renamed)
  }).toPass({ timeout: 120_000 })
  expect(await paintOf(painted)).not.toContain('"coordinatorName":"Jordan"')

  // The document is gone from this phone (the browser cleared its database): the copy goes with it.
  await painted.close()
  const cleaner = await recipient.context.newPage()
  await cleaner.goto('/favicon.svg') // the app's origin, without the app holding the database open
  await cleaner.evaluate((name) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
  }), `kith-doc-${docId}`)
  expect(await paintOf(cleaner)).toContain(renamed)
  await cleaner.goto(todayUrl)
  await expect(cleaner.getByText('Your circle is no longer stored on this phone')).toBeVisible({ timeout: 30_000 })
  expect(await paintOf(cleaner)).toBeNull()
  await screenshot(cleaner, test.info(), 'recipient-lost-375')
  await recipient.context.close()
})
