import type { Page } from '@playwright/test'
import { closure, codeOf, fileOf, firstSeenAndAsked, holdFile, watchFirstSeen } from './firstPaint'
import { phone, testNames, walkCircleWithInvites } from './people'
import { expect, expectAccessible, screenshot, test } from './support'

/**
 * The recipient's phone opens as a helper's does (first-load.spec.ts): Today is painted from the
 * copy stored beside their document before Yjs loads, then the live document takes over.
 */
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
  const yjs = codeOf('node_modules/yjs/dist/yjs.mjs')
  const live = fileOf('src/ui/recipient/RecipientLive.tsx')
  // Nor zod (the schemas) or the device's database: they come with the live part.
  const first = closure(['index.html', 'src/ui/recipient/RecipientApp.tsx'])
  for (const later of ['node_modules/yjs/dist/yjs.mjs', 'node_modules/zod/v4/core/schemas.js', 'src/local/db.ts']) expect(first.has(codeOf(later)), later).toBe(false)
  const release = await holdFile(recipient.context, yjs)
  const painted = await recipient.context.newPage()
  // When Today's status entered the page (to compare with when Yjs was asked for).
  await watchFirstSeen(painted, '.daily-status')
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
  const [firstPaintAt, yjsAskedAt] = await firstSeenAndAsked(painted, yjs)
  expect(firstPaintAt).toBeLessThan(yjsAskedAt)
  await screenshot(painted, test.info(), 'recipient-live-375')

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
