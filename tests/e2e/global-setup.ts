import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { mkdirSync } from 'node:fs'

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

export default async function globalSetup() {
  mkdirSync('screenshots', { recursive: true })
  const port = await freePort()
  const preview = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitFor(`${baseUrl}/`, preview)
  process.env.KITH_BASE_URL = baseUrl
  return async () => {
    try {
      process.kill(-preview.pid!, 'SIGTERM')
    } catch {
      preview.kill('SIGTERM')
    }
  }
}
