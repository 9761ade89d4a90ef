import { spawn, type ChildProcess } from 'node:child_process'
import { tmpdir } from 'node:os'
import type { Page } from '@playwright/test'
import { freePort } from './global-setup'
import { expect } from './support'

/**
 * Debian's coturn, started by a spec on 127.0.0.1 with one user and password, and the phones
 * set to reach each other only through it ("relay only": iceTransportPolicy 'relay'), so
 * whatever syncs live went through the relay. `log` is coturn's own log, for proof.
 */
export interface Coturn {
  port: number
  user: string
  log(): string
  relayOnly(page: Page): Promise<void>
  stop(): void
}

export async function startCoturn(): Promise<Coturn> {
  const user = 'kith'
  const password = 'relay-test-password'
  const port = await freePort()
  let log = ''
  const turn: ChildProcess = spawn('turnserver', [
    '-n', '--listening-ip=127.0.0.1', '--relay-ip=127.0.0.1', `--listening-port=${port}`, '--lt-cred-mech',
    `--user=${user}:${password}`, '--realm=kith', '--no-tls', '--no-dtls', '--allow-loopback-peers', '--no-cli',
    '--log-file=stdout', '--simple-log', '-v', `--pidfile=${tmpdir()}/kith-turn-${process.pid}-${port}.pid`,
  ], { stdio: ['ignore', 'pipe', 'pipe'] })
  turn.stdout!.on('data', (chunk: Buffer) => { log += chunk.toString() })
  turn.stderr!.on('data', (chunk: Buffer) => { log += chunk.toString() })
  const deadline = Date.now() + 10_000
  while (!/listener opened on|Total General servers/i.test(log)) {
    if (turn.exitCode !== null || Date.now() > deadline) throw new Error(`coturn did not start: ${log.slice(-2000)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    port,
    user,
    log: () => log,
    async relayOnly(page) {
      await page.goto('/#/settings')
      await page.getByLabel('Your own STUN and TURN servers').fill(`turn:127.0.0.1:${port} ${user} ${password}`)
      await page.getByLabel('Connect live only through my TURN server').check()
      await page.getByRole('button', { name: 'Save servers' }).click()
      await expect(page.getByRole('region', { name: 'Reaching phones on other networks' })).toContainText(`turn:127.0.0.1:${port}`)
    },
    stop: () => void turn.kill('SIGTERM'),
  }
}
