import type { BrowserContext, Page } from '@playwright/test'
import { circleWithOneWalker, phone, testNames } from './people'
import { expect, screenshot, test } from './support'
import { renameNeed, saveTrace, traceSync } from './syncTraces'

/**
 * A phone that reopens Kith receives the coordinator's changes live, every time: the coordinator
 * and a helper on two "phones" (browser contexts, so nothing goes through BroadcastChannel), over
 * real WebRTC through the harness's signaling server. The helper's page reloads or is closed and
 * opened again, on a CPU slowed down as a busy phone is, and each time the coordinator renames
 * the helper's task while it reopens; the new name must reach the open page within seconds.
 * The first reopenings fall while the invitation's key is being replaced (sync/keyRotation.ts),
 * as they do for a person who taps their link and opens the app again soon after.
 */

/** Long enough for a slowed page to load and connect (1.4–2.7 s here), far shorter than waiting for nothing. */
const ARRIVES_WITHIN_MS = 20_000

/** A phone's CPU slowed down fourfold (Chromium's own throttling, per page). */
async function slowDown(context: BrowserContext, page: Page) {
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

test('a helper’s phone that reloads or reopens receives each of the coordinator’s changes live', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const trace: string[] = []
  await traceSync(page.context(), 'coordinator', trace)
  const invite = await circleWithOneWalker(page, names)
  const helper = await phone(browser)
  await traceSync(helper.context, 'helper', trace)
  await slowDown(helper.context, helper.page)
  await helper.page.goto(invite)
  await expect(helper.page.getByRole('article', { name: new RegExp(names.walk) }).first()).toBeVisible({ timeout: 30_000 })
  const tasksUrl = helper.page.url()

  let open = helper.page
  let title = names.walk
  for (let round = 1; round <= 5; round++) {
    if (round % 2 === 1) {
      await open.reload()
    } else {
      await open.close()
      open = await helper.context.newPage()
      await slowDown(helper.context, open)
      await open.goto(tasksUrl)
    }
    await expect(open.getByRole('article', { name: new RegExp(title) }).first()).toBeVisible({ timeout: 30_000 })
    const renamed = `Walk ${round} ${names.walk}`
    trace.push(`${new Date().toISOString().slice(11, 23)} round ${round}: renaming`)
    await renameNeed(page, title, renamed)
    title = renamed
    await expect(open.getByRole('main'), `round ${round}`).toContainText(renamed, { timeout: ARRIVES_WITHIN_MS }).catch(async (error: unknown) => {
      await saveTrace(trace)
      throw error
    })
    trace.push(`${new Date().toISOString().slice(11, 23)} round ${round}: arrived`)
  }
  // Saved when the test passes too: how long a key move and each reopening took.
  await saveTrace(trace)
  await screenshot(open, test.info(), 'helper-after-reopening')
  await helper.context.close()
})
