import { spawn, type ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import type { Page } from '@playwright/test'
import { freePort } from './global-setup'
import { circleWithOneWalker, phone, testNames } from './people'
import { expect, screenshot, test } from './support'

/**
 * Issue 10: live sync across networks through TURN. A coturn started here on 127.0.0.1 with a
 * user and password; both phones set it in Settings with "relay only" (iceTransportPolicy
 * 'relay'), so WebRTC may use no other path: if the relay did not work, nothing would sync
 * live. coturn's own log must show the relayed session.
 */
let turn: ChildProcess
let turnPort = 0
let turnLog = ''
const USER = 'kith'
const PASSWORD = 'relay-test-password'

test.beforeAll(async () => {
  turnPort = await freePort()
  turn = spawn('turnserver', [
    '-n', '--listening-ip=127.0.0.1', '--relay-ip=127.0.0.1', `--listening-port=${turnPort}`, '--lt-cred-mech',
    `--user=${USER}:${PASSWORD}`, '--realm=kith', '--no-tls', '--no-dtls', '--allow-loopback-peers', '--no-cli',
    '--log-file=stdout', '--simple-log', '-v', `--pidfile=${tmpdir()}/kith-turn-${process.pid}.pid`,
  ], { stdio: ['ignore', 'pipe', 'pipe'] })
  turn.stdout!.on('data', (chunk: Buffer) => { turnLog += chunk.toString() })
  turn.stderr!.on('data', (chunk: Buffer) => { turnLog += chunk.toString() })
  const deadline = Date.now() + 10_000
  while (!/listener opened on|Total General servers/i.test(turnLog)) {
    if (turn.exitCode !== null || Date.now() > deadline) throw new Error(`coturn did not start: ${turnLog.slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
})

test.afterAll(() => {
  turn?.kill('SIGTERM')
})

async function relayOnly(page: Page): Promise<void> {
  await page.goto('/#/settings')
  await page.getByLabel('Your own STUN and TURN servers').fill(`turn:127.0.0.1:${turnPort} ${USER} ${PASSWORD}`)
  await page.getByLabel('Connect live only through my TURN server').check()
  await page.getByRole('button', { name: 'Save servers' }).click()
  await expect(page.getByRole('region', { name: 'Reaching phones on other networks' })).toContainText(`turn:127.0.0.1:${turnPort}`)
}

test('two phones sync live only through a TURN relay', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  await relayOnly(page)
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
  await relayOnly(helper.page)
  await helper.page.goto(invite)
  const walk = helper.page.getByRole('article', { name: new RegExp(names.walk) }).first()
  await expect(walk).toBeVisible()

  // The coordinator's phone learns live that the helper joined and is done: no link is opened.
  await page.getByRole('link', { name: 'Reassess' }).click()
  await walk.getByRole('button', { name: 'Done' }).click()
  await expect(walk).toContainText('Sent to Jordan', { timeout: 60_000 })
  await expect(page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Done', { timeout: 30_000 })
  await screenshot(page, test.info(), '01-coordinator-done-through-turn')

  // Only relayed candidates were possible, and coturn relayed them.
  const pairs = await helper.page.evaluate(async () => {
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
  expect(pairs.length).toBeGreaterThan(0)
  expect(new Set(pairs)).toEqual(new Set(['relay']))
  expect(turnLog).toMatch(new RegExp(`user <${USER}>: incoming packet ALLOCATE processed, success`))
  expect(turnLog).toMatch(/peer 127\.0\.0\.1 lifetime updated/)
  await helper.context.close()
})
