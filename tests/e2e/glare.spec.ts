import type { BrowserContext } from '@playwright/test'
import { parseInvite } from '../../src/sync/invite'
import { circleWithOneWalker, phone, testNames } from './people'
import { glareRelay } from './signalingRelay'
import { expect, screenshot, test } from './support'
import { renameNeed, saveTrace, traceSync } from './syncTraces'

/**
 * Two devices that start a connection to each other at the same moment still connect at once
 * (src/sync/initiator.ts). Both reach the real signaling server through a relay that hands a
 * device the other's announcement just before the other's offer (signalingRelay.ts), the order in
 * which glare happens, whichever of the two offers. Before, the receiving side's own connection
 * broke on the offer (simple-peer's ERR_SET_LOCAL_DESCRIPTION) and the offering side held its
 * unanswered one, deaf to the other, until it gave it up 12 s later (roomLiveness.ts). The trace
 * says which happened; how long the first connection and the first change took is printed.
 */
test('a phone and the coordinator that start a connection to each other at once connect without giving one up', async ({ browser, page }) => {
  test.setTimeout(120_000)
  const names = testNames()
  const trace: string[] = []
  const relay = await glareRelay()
  const throughRelay = (context: BrowserContext) => context.route('**/kith.config.json', (route) => route.fulfill({ json: { signaling: [relay.url], iceServers: [] } }))
  await throughRelay(page.context())
  await traceSync(page.context(), 'coordinator', trace, true)
  const invite = await circleWithOneWalker(page, names)
  const parsed = parseInvite(invite.split('#/join/')[1].split('/'))
  if (!parsed.ok) throw new Error(`unreadable invitation: ${parsed.reason}`)
  await relay.watch(parsed.docId, parsed.key)

  const helper = await phone(browser)
  await throughRelay(helper.context)
  await traceSync(helper.context, 'helper', trace, true)
  const opened = Date.now()
  await helper.page.goto(invite)
  await expect(helper.page.getByRole('article', { name: new RegExp(names.walk) }).first()).toBeVisible({ timeout: 30_000 })
  const renamed = `Walk 1 ${names.walk}`
  await renameNeed(page, names.walk, renamed)
  const renamedAt = Date.now()
  await expect(helper.page.getByRole('main')).toContainText(renamed, { timeout: 30_000 }).finally(() => saveTrace(trace))
  const arrived = Date.now()

  const firstOpen = trace.find((line) => / helper .*connected to /.test(line))
  const invited = trace.filter((line) => /kith-sync: inviting/.test(line)).map((line) => line.split(' ')[1])
  console.log(`glare: ${relay.injected()} announcement(s) slipped in before an offer; invitations to connect from [${invited.join(' ')}]; `
    + `phone opened at ${new Date(opened).toISOString().slice(11, 23)}, first connection open on it at ${firstOpen?.slice(0, 12) ?? 'never'}; `
    + `the change arrived ${arrived - renamedAt} ms after it was saved, ${arrived - opened} ms after the phone opened`)
  // What glare did: a connection broken on the crossing offer, then 12 s deaf to each other.
  // (A connection closing as the phone leaves for the new key, sync/keyRotation.ts, is no fault.)
  expect(trace.filter((line) => /gave up on|ERR_SET_|ERR_CREATE_/.test(line))).toEqual([])
  await screenshot(helper.page, test.info(), 'helper-after-glare')
  await helper.context.close()
  await relay.close()
})
