import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdirSync, writeFileSync } from 'node:fs'

/**
 * Starts the built app with `vite preview` on a free loopback port for the whole run, and
 * stops it afterwards. Tests read the address from KITH_BASE_URL.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`)
}

function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
}

export default async function globalSetup() {
  mkdirSync('screenshots', { recursive: true })
  // A real y-webrtc signaling server on loopback, and the built app pointed at it: tests never
  // reach a public server.
  const signalingPort = await freePort()
  const signaling = spawn(process.execPath, ['scripts/signaling.mjs'], { stdio: 'ignore', detached: true, env: { ...process.env, PORT: String(signalingPort) } })
  await waitFor(`http://127.0.0.1:${signalingPort}/`, signaling)
  process.env.KITH_SIGNALING_URL = `ws://127.0.0.1:${signalingPort}`
  // No STUN or TURN: tests reach no outside server (the TURN test sets its own on 127.0.0.1).
  writeFileSync('dist/kith.config.json', `${JSON.stringify({ signaling: [process.env.KITH_SIGNALING_URL], iceServers: [] })}\n`)
  const port = await freePort()
  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor(`${baseUrl}/`, preview)
  process.env.KITH_BASE_URL = baseUrl
  return async () => {
    stop(preview)
    stop(signaling)
  }
}
