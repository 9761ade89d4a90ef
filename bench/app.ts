import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'
import { freePort } from '../tests/e2e/global-setup'

/**
 * The built app (dist/) as `npm start` serves it, for the browser benches: `vite preview` on a
 * free loopback port and y-webrtc's signaling server beside it, named in dist/kith.config.json,
 * so a page never tries a public server. `close()` stops both.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))

export async function serveBuiltApp(): Promise<{ base: string; close: () => Promise<void> }> {
  if (!existsSync(`${ROOT}/dist/index.html`)) throw new Error('no build in dist/ — run `npx vite build` first')
  const signalingPort = await freePort()
  const signaling = spawn(process.execPath, ['scripts/signaling.mjs'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, PORT: String(signalingPort) } })
  writeFileSync(`${ROOT}/dist/kith.config.json`, `${JSON.stringify({ signaling: [`ws://127.0.0.1:${signalingPort}`] })}\n`)
  const server = await preview({ root: ROOT, logLevel: 'error', preview: { host: '127.0.0.1', port: 0, strictPort: false } })
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '')
  const close = async () => {
    signaling.kill('SIGTERM')
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
  }
  if (!base) {
    await close()
    throw new Error('vite preview gave no address')
  }
  return { base, close }
}
