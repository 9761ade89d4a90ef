import { startCoturn, type Coturn } from './coturn'
import { circleWithOneWalker, phone, testNames } from './people'
import { expect, screenshot, test } from './support'

/**
 * Issue 10: live sync across networks through TURN. A coturn started here on 127.0.0.1 with a
 * user and password; both phones set it in Settings with "relay only" (iceTransportPolicy
 * 'relay'), so WebRTC may use no other path: if the relay did not work, nothing would sync
 * live. coturn's own log must show the relayed session.
 */
let turn: Coturn

test.beforeAll(async () => {
  turn = await startCoturn()
})

test.afterAll(() => {
  turn?.stop()
})

test('two phones sync live only through a TURN relay', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  await turn.relayOnly(page)
  const invite = await circleWithOneWalker(page, names, { coordinator: 'Jordan', limit: 7 })

  const helper = await phone(browser)
  // Observe (not replace) the page's peer connections, to read which path they took.
  await helper.context.addInitScript(() => {
    const Original = window.RTCPeerConnection
    const all: RTCPeerConnection[] = []
    Object.assign(window, { __kithPeerConnections: all })
    window.RTCPeerConnection = class extends Original {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args)
        all.push(this)
      }
    }
  })
  await turn.relayOnly(helper.page)
  await helper.page.goto(invite)
  const walk = helper.page.getByRole('article', { name: new RegExp(names.walk) }).first()
  await expect(walk).toBeVisible()

  // The coordinator's phone learns live that the helper joined and is done: no link is opened.
  await page.getByRole('link', { name: 'Reassess' }).click()
  await walk.getByRole('button', { name: 'Done' }).click()
  await expect(walk).toContainText('Sent to Jordan', { timeout: 60_000 })
  await expect(page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Done', { timeout: 30_000 })
  await screenshot(page, test.info(), '01-coordinator-done-through-turn')

  // Only relayed candidates were possible, and coturn relayed them. Read until a connection is
  // open: at load 22 with two workers, none was open at the moment "Done" had arrived (once in two).
  const succeededPairs = () => helper.page.evaluate(async () => {
    const found: string[] = []
    for (const pc of (window as unknown as { __kithPeerConnections?: RTCPeerConnection[] }).__kithPeerConnections ?? []) {
      const stats = await pc.getStats()
      stats.forEach((report) => {
        if (report.type === 'candidate-pair' && report.state === 'succeeded') {
          const local = stats.get(report.localCandidateId)
          found.push(local?.candidateType)
        }
      })
    }
    return found
  })
  await expect.poll(async () => (await succeededPairs()).length, { timeout: 30_000 }).toBeGreaterThan(0)
  const pairs = await succeededPairs()
  expect(new Set(pairs)).toEqual(new Set(['relay']))
  expect(turn.log()).toMatch(new RegExp(`user <${turn.user}>: incoming packet ALLOCATE processed, success`))
  expect(turn.log()).toMatch(/peer 127\.0\.0\.1 lifetime updated/)
  await helper.context.close()
})
