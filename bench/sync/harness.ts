import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { build } from 'vite'
import { browserAliases } from '../../vite.config'
import { catalogues } from '../../src/i18n/compile'

/**
 * What the sync bench needs around the browser: its page bundled with Vite into a temporary
 * folder, a static server and a y-webrtc signaling server on free 127.0.0.1 ports, and one
 * headless Chromium. Everything started here is stopped by `close()`, on failure too.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PAGE_ENTRY = fileURLToPath(new URL('./page.ts', import.meta.url))
const DIST = join(ROOT, 'dist')
const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-features=WebRtcHideLocalIpsWithMdns',
]
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

/** Rejects after `ms` with `what` in the message; never leaves the caller hanging. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms) }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** Polls `check` until it returns a value other than null, or throws after `ms`. */
export async function poll<T>(check: () => Promise<T | null>, ms: number, what: string, every = 50): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await withTimeout(check(), Math.max(1000, deadline - Date.now()), what)
    if (value !== null) return value
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms / 1000} s`)
    await sleep(every)
  }
}

export function randomId(bytes: number): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('base64url')
}

async function waitForHttp(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`signaling server exited with ${child.exitCode}`)
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return
    } catch {
      // not up yet
    }
    await sleep(100)
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`)
}

function listen(server: Server): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      if (typeof address === 'object' && address) resolvePort(address.port)
      else reject(new Error('no port'))
    })
  })
}

export interface Harness {
  /** http://127.0.0.1:port: the bench page at /bench/, the built app (dist/, if any) at /. */
  baseUrl: string
  signaling: string
  hasApp: boolean
  browser: Browser
  /** A fresh context (its own storage: nothing travels through BroadcastChannel) and page. */
  newPage(path: string): Promise<{ context: BrowserContext; page: Page }>
  heapBytes(page: Page): Promise<number>
  close(): Promise<void>
}

export async function startHarness(): Promise<Harness> {
  const cleanups: Array<() => Promise<void> | void> = []
  const close = async () => {
    for (const cleanup of cleanups.reverse()) {
      try {
        await withTimeout(Promise.resolve(cleanup()), 10_000, 'cleanup')
      } catch (error) {
        console.error(`sync bench cleanup: ${(error as Error).message}`)
      }
    }
  }
  try {
    const out = mkdtempSync(join(tmpdir(), 'kith-sync-bench-'))
    cleanups.push(() => rmSync(out, { recursive: true, force: true }))
    await withTimeout(build({
      configFile: false, root: ROOT, publicDir: false, logLevel: 'error', mode: 'production',
      resolve: { dedupe: ['yjs'], alias: browserAliases },
      plugins: [catalogues()],
      build: {
        outDir: out, emptyOutDir: true, target: 'es2022', minify: false, sourcemap: false, write: true, copyPublicDir: false,
        rolldownOptions: { input: PAGE_ENTRY, output: { entryFileNames: 'page.js', format: 'es' } },
      },
    }), 60_000, 'building the bench page')

    const signalingPort = await listenFreePort()
    const signalingChild = spawn(process.execPath, [join(ROOT, 'scripts/signaling.mjs')], {
      cwd: ROOT, stdio: 'ignore', detached: true, env: { ...process.env, PORT: String(signalingPort) },
    })
    cleanups.push(() => stopGroup(signalingChild))
    await waitForHttp(`http://127.0.0.1:${signalingPort}/`, signalingChild, 15_000)
    const signaling = `ws://127.0.0.1:${signalingPort}`

    const hasApp = existsSync(join(DIST, 'index.html'))
    const benchHtml = '<!doctype html><meta charset="utf-8"><title>Kith sync bench</title><script type="module" src="/bench/page.js"></script>'
    const server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
      const send = (status: number, type: string, body: string | Buffer) => {
        response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' })
        response.end(body)
      }
      if (path === '/bench/' || path === '/bench/index.html') return send(200, TYPES['.html'], benchHtml)
      // The app reads its signaling servers from kith.config.json: point it at ours, in memory.
      if (path === '/kith.config.json') return send(200, TYPES['.json'], JSON.stringify({ signaling: [signaling], iceServers: [] }))
      const file = path.startsWith('/bench/') ? safeJoin(out, path.slice('/bench/'.length)) : hasApp ? safeJoin(DIST, path.slice(1)) : null
      if (file && existsSync(file) && !file.endsWith('/')) {
        try {
          return send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file))
        } catch {
          // a folder: fall through
        }
      }
      if (hasApp && !path.startsWith('/bench/') && !extname(path)) return send(200, TYPES['.html'], readFileSync(join(DIST, 'index.html')))
      send(404, 'text/plain', 'not found')
    })
    const port = await listen(server)
    cleanups.push(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()) }))

    // Playwright gives the browser a fresh temporary user-data-dir, and each page its own context.
    const launching = chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS })
    // A launch that answers after the timeout is still closed.
    cleanups.push(() => launching.then((b) => b.close(), () => undefined))
    const browser = await withTimeout(launching, 60_000, 'launching Chromium')

    const baseUrl = `http://127.0.0.1:${port}`
    return {
      baseUrl, signaling, hasApp, browser,
      async newPage(path) {
        const context = await browser.newContext()
        const page = await context.newPage()
        page.setDefaultTimeout(30_000)
        await page.goto(`${baseUrl}${path}`, { waitUntil: 'load', timeout: 30_000 })
        return { context, page }
      },
      async heapBytes(page) {
        const session = await page.context().newCDPSession(page)
        try {
          await session.send('HeapProfiler.collectGarbage')
          await session.send('Performance.enable')
          const { metrics } = await session.send('Performance.getMetrics')
          const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')
          if (!heap) throw new Error('no JSHeapUsedSize metric')
          return heap.value
        } finally {
          await session.detach().catch(() => undefined)
        }
      },
      close,
    }
  } catch (error) {
    await close()
    throw error
  }
}

function safeJoin(folder: string, relative: string): string | null {
  const path = normalize(join(folder, relative))
  return path.startsWith(resolve(folder)) ? path : null
}

async function listenFreePort(): Promise<number> {
  const server = createServer()
  const port = await listen(server)
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  try {
    process.kill(-child.pid!, 'SIGTERM')
  } catch {
    child.kill('SIGTERM')
  }
  await Promise.race([exited, sleep(3000)])
  if (child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
  }
}
