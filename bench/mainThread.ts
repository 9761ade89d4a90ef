import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import { SourceMapConsumer } from 'source-map-js'
import { mariaExampleWithWalker } from '../tests/e2e/maria'
import { serveBuiltApp } from './app'

/**
 * What runs in a page's long tasks (over 50 ms), by source file and function: a Chromium trace
 * with V8's sampling profiler while the page opens (from the service worker, storage kept),
 * each sample inside a long task mapped back through the build's source maps. Not a figure to
 * compare (the machine is shared), a map of where to cut.
 *
 *   npx vite build --sourcemap && node --import tsx bench/mainThread.ts [start|helper|assign|today|coverage]
 *
 * Optional `KITH_CPU_THROTTLE=4` throttles the CPU as the launch bench does.
 *
 * The sampling profiler is not free: while it runs, V8 re-parses every script compiled off the
 * main thread (streamed) on the main thread, for source positions — the 80–120 ms CPU
 * "v8.compileModule" of the first chunk in some traces, which neither a phone nor Lighthouse
 * (bootup-time: parse and compile 1–2 ms) has. Whether the profiler is attached in time varies
 * from one opening to the next. For CPU per task as Lighthouse's trace has it: `KITH_SAMPLES=no`
 * (then the "self"/"ours" lines are empty), `KITH_AS_LIGHTHOUSE=1`, `KITH_PROFILE=persistent`.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CHROMIUM = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium'
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
// `KITH_TRACE_V8=1` adds V8's own category (streaming and code-cache events; a larger trace).
// `KITH_SAMPLES=no` leaves V8's sampling profiler off: while it runs, V8 re-parses each streamed
// script on the main thread for its source positions, a cost a phone does not have.
// `KITH_AS_LIGHTHOUSE=1` traces with Lighthouse's own categories instead (its trace gatherer's
// list: screenshots of every frame, a JS stack on every timeline event, every script's source),
// which make the page's tasks longer in wall time than this list does; the sampling profiler
// only with `KITH_SAMPLES=yes` (Lighthouse leaves it off).
const AS_LIGHTHOUSE = process.env.KITH_AS_LIGHTHOUSE === '1'
const lighthouseCategories = async () => {
  const { default: Trace } = await import('lighthouse/core/gather/gatherers/trace.js' as string) as { default: { getDefaultTraceCategories(): string[] } }
  return [...Trace.getDefaultTraceCategories(), ...(process.env.KITH_SAMPLES === 'yes' ? ['disabled-by-default-v8.cpu_profiler'] : [])]
}
const CATEGORIES = AS_LIGHTHOUSE
  ? await lighthouseCategories()
  : ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', ...(process.env.KITH_SAMPLES === 'no' ? [] : ['disabled-by-default-v8.cpu_profiler']), 'toplevel', ...(process.env.KITH_TRACE_V8 === '1' ? ['v8', 'disabled-by-default-v8.compile', 'loading'] : [])]
// `KITH_LONG_TASK_MS=13` lists shorter tasks too: at Lighthouse's 4× slowdown a task over 12.5 ms
// blocks (the default with `KITH_AS_LIGHTHOUSE=1`, whose simulation multiplies wall time).
const LONG_TASK_US = Number(process.env.KITH_LONG_TASK_MS ?? (AS_LIGHTHOUSE ? 12.5 : 50)) * 1000

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; id?: string; args?: { name?: string; data?: Record<string, unknown> } }
interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; parent?: number }

const maps = new Map<string, SourceMapConsumer | null>()
function original(frame: CallFrame): { file: string; name: string } {
  frame = { ...frame, url: frame.url ?? '', functionName: frame.functionName ?? '' }
  const asset = frame.url.match(/\/assets\/[^?#]+\.js$/)?.[0]
  if (!asset) return { file: frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : `(${frame.functionName || 'native'})`, name: frame.functionName }
  if (!maps.has(asset)) {
    try {
      maps.set(asset, new SourceMapConsumer(JSON.parse(readFileSync(join(ROOT, 'dist', `${asset}.map`), 'utf8'))))
    } catch {
      maps.set(asset, null)
    }
  }
  const map = maps.get(asset)
  if (!map) return { file: asset, name: frame.functionName }
  const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber })
  // A build made from another checkout (an A/B's base) names its sources from there.
  const file = (at.source ?? asset).replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/').replace(/^(?!node_modules\/).*?\/(src\/)/, '$1')
  return { file: at.line ? `${file}` : file, name: at.name ?? frame.functionName }
}

const ours = (file: string) => file.startsWith('src/')

/**
 * `KITH_COMMITS=1`: React's commits while the page opens, through the hook React DevTools uses
 * (installed before any script): when each commit happened and which components rendered in it,
 * by the topmost of them (a component counts as rendered when its props or state object changed).
 * A string, not a function: tsx names inner functions with a helper the page does not have.
 */
const COMMITS = process.env.KITH_COMMITS === '1'
const watchCommits = `(() => {
  const commits = []
  const records = new WeakMap()
  window.kithCommits = commits
  const nameOf = (fiber) => {
    const type = fiber.type && (fiber.type.type || fiber.type.render || fiber.type)
    return typeof type === 'function' ? (type.displayName || type.name || null) : null
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1 }, checkDCE() {},
    onScheduleFiberRoot() {}, onPostCommitFiberRoot() {}, onCommitFiberUnmount() {},
    onCommitFiberRoot(_, root) {
      const tops = new Map()
      let rendered = 0
      const walk = (fiber, parentRendered) => {
        for (let child = fiber; child; child = child.sibling) {
          let here = false
          const name = nameOf(child)
          if (name) {
            const record = records.get(child) || (child.alternate && records.get(child.alternate))
            here = !record || record.props !== child.memoizedProps || record.state !== child.memoizedState
            const next = { props: child.memoizedProps, state: child.memoizedState }
            records.set(child, next)
            if (child.alternate) records.set(child.alternate, next)
            if (here) rendered++
            if (here && !parentRendered) tops.set(name, (tops.get(name) || 0) + 1)
          }
          if (child.child) walk(child.child, parentRendered || here)
        }
      }
      walk(root.current.child, false)
      commits.push({ at: Math.round(performance.now()), rendered, tops: [...tops].map(([name, n]) => n > 1 ? name + '×' + n : name).join(' ') })
    },
  }
})()`

async function traceOpen(browser: Browser, page: Page, url: string, ready: string, label: string): Promise<TraceEvent[]> {
  if (COMMITS) await page.addInitScript(watchCommits)
  // Start in the app's own renderer (a small file of the same origin): the sampling profiler
  // follows the threads that exist when tracing starts, not a renderer made for a navigation.
  await page.goto(new URL('/favicon.svg', url).href)
  if (process.env.KITH_CPU_THROTTLE) {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.KITH_CPU_THROTTLE) })
  }
  // `KITH_AS_LIGHTHOUSE=1`: the debugger and precise coverage on while the page opens, as
  // Lighthouse's script and JS-usage gatherers have them.
  if (process.env.KITH_AS_LIGHTHOUSE === '1') {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Debugger.enable')
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.startPreciseCoverage', { detailed: false })
  }
  await browser.startTracing(page, { categories: CATEGORIES })
  await page.goto(url)
  const polling = AS_LIGHTHOUSE ? pollAsLighthouse(page) : null
  await page.locator(ready).first().waitFor({ timeout: 60_000 })
  await page.waitForTimeout(Number(process.env.KITH_TRACE_WAIT_MS ?? 3000))
  await polling?.stop()
  if (COMMITS) {
    const commits = await page.evaluate(() => (window as unknown as { kithCommits: Array<{ at: number; rendered: number; tops: string }> }).kithCommits)
    console.log(`\n${label}: ${commits.length} React commits (ms after navigation: components rendered, topmost):\n${commits.map((c) => `  ${c.at}: ${c.rendered} (${c.tops})`).join('\n')}`)
  }
  const buffer = await browser.stopTracing()
  if (process.env.KITH_TRACE_OUT) writeFileSync(process.env.KITH_TRACE_OUT.replace(/(\.json)?$/, `-${label}.json`), buffer)
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[]
  return Array.isArray(parsed) ? parsed : parsed.traceEvents
}

/**
 * What Lighthouse evaluates in the page while it waits for the CPU to be quiet (its
 * wait-for-condition.js, checkTimeSinceLastLongTaskInPage): one evaluation after another, each in
 * an isolated world, with the command-line API, wrapped as its execution-context.js wraps them
 * (sourceURL `_lighthouse-eval.js`), each waiting 150 ms on a timer. The tasks they run in show
 * in the report as `FunctionCall _lighthouse-eval.js` / `TimerFire`.
 */
function pollAsLighthouse(page: Page): { stop(): Promise<void> } {
  let stopped = false
  const loop = (async () => {
    const cdp = await page.context().newCDPSession(page)
    const { frameTree } = await cdp.send('Page.getFrameTree')
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: '__lighthouse_isolated', grantUniveralAccess: true })
    const expression = `(function wrapInNativePromise() {
      return new Promise(function (resolve) {
        return Promise.resolve().then(_ => new Promise((done) => {
          const firstAttemptTs = performance.now()
          const first = window.____lastLongTask || 0
          setTimeout(() => done((window.____lastLongTask || 0) === first ? firstAttemptTs - first : 0), 150)
        })).then(resolve)
      })
    }())
    //# sourceURL=_lighthouse-eval.js`
    while (!stopped) {
      await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, includeCommandLineAPI: true, awaitPromise: true, returnByValue: true }).catch(() => undefined)
    }
  })().catch(() => undefined)
  return { async stop() { stopped = true; await loop } }
}

function report(name: string, events: TraceEvent[], base: string): void {
  const threadNames = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  // The page's main thread: the renderer main thread that ran the most of the app's own scripts
  // (the browser's own pages, such as the new tab page, run in renderers of their own).
  const work = new Map<string, number>()
  for (const e of events) {
    const url = (e.args?.data as { url?: unknown } | undefined)?.url
    if (e.dur && typeof url === 'string' && url.startsWith(base)) work.set(`${e.pid}:${e.tid}`, (work.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur)
  }
  const main = threadNames.map((t) => `${t.pid}:${t.tid}`).sort((a, b) => (work.get(b) ?? 0) - (work.get(a) ?? 0))[0]
  const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main
  const navigation = events.find((e) => onMain(e) && e.name === 'navigationStart')?.ts ?? Math.min(...events.filter(onMain).map((e) => e.ts).filter((t) => t > 0))
  // `KITH_BY_CPU=1`: long by thread (CPU) time rather than wall time, which the machine's load inflates.
  const byCpu = process.env.KITH_BY_CPU === '1'
  // As Lighthouse: long by wall time (what it simulates from) or by CPU time.
  const longTasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && (((byCpu ? e.tdur : e.dur) ?? 0) > LONG_TASK_US || (AS_LIGHTHOUSE && (e.dur ?? 0) > LONG_TASK_US))).sort((a, b) => a.ts - b.ts)

  // CPU samples of the main thread's profile.
  const nodes = new Map<number, ProfileNode>()
  const samples: Array<{ ts: number; node: number }> = []
  // The main thread's profile: its chunks come from V8's profiler thread of the same process,
  // and profile ids repeat across processes ("0x1").
  const profile = events.find((e) => e.name === 'Profile' && onMain(e))
  let clock = 0
  const starts = new Map<string, number>()
  if (profile) starts.set(profile.id!, Number((profile.args?.data as { startTime?: number })?.startTime ?? profile.ts))
  for (const e of events.filter((e) => e.name === 'ProfileChunk' && profile && e.pid === profile.pid && e.id === profile.id).sort((a, b) => a.ts - b.ts)) {
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] }
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node)
    if (clock === 0) clock = starts.get(e.id!) ?? e.ts
    const deltas = data.timeDeltas ?? []
    ;(data.cpuProfile?.samples ?? []).forEach((node, i) => {
      clock += deltas[i] ?? 0
      samples.push({ ts: clock, node })
    })
  }
  const stackOf = (id: number) => {
    const frames: CallFrame[] = []
    for (let node = nodes.get(id); node; node = node.parent ? nodes.get(node.parent) : undefined) frames.push(node.callFrame)
    return frames
  }
  const firstPaint = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === Number(main.split(':')[0]))?.ts
  console.log(`\n## ${name}: ${longTasks.length} long tasks, ${Math.round(longTasks.reduce((s, t) => s + (t.dur ?? 0) - LONG_TASK_US, 0) / 1000)} ms over ${LONG_TASK_US / 1000} ms (blocking), unthrottled; first contentful paint at ${firstPaint ? `${Math.round((firstPaint - navigation) / 1000)} ms` : '?'}`)
  // The same tasks by their thread (CPU) time, which the machine's load inflates far less than
  // their wall time: what Lighthouse's simulated 4× CPU would count as blocking after the first
  // paint (each task × 4, less 50 ms). A figure to compare builds on a busy machine, not a score.
  const cpuTasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && e.tdur !== undefined && (!firstPaint || e.ts >= firstPaint))
  const blockingAt4 = cpuTasks.reduce((sum, t) => sum + Math.max(0, (4 * t.tdur!) / 1000 - 50), 0)
  const overAt4 = cpuTasks.filter((t) => 4 * t.tdur! > 50_000).sort((a, b) => b.tdur! - a.tdur!)
  console.log(`CPU time after first paint: ${Math.round(cpuTasks.reduce((sum, t) => sum + t.tdur!, 0) / 1000)} ms in ${cpuTasks.length} tasks; blocking at 4× by CPU time ${Math.round(blockingAt4)} ms in ${overAt4.length} tasks (largest, ms CPU: ${overAt4.slice(0, 12).map((t) => `${Math.round(t.tdur! / 1000)} at ${Math.round((t.ts - navigation) / 1000)}`).join(', ')})`)
  // Lighthouse's simulation: each main-thread task after the first paint × 4 of its wall time.
  const wallTasks = events.filter((e) => onMain(e) && e.name === 'RunTask' && e.dur !== undefined && (!firstPaint || e.ts >= firstPaint))
  const wallAt4 = wallTasks.filter((t) => 4 * t.dur! > 50_000).sort((a, b) => b.dur! - a.dur!)
  console.log(`blocking at 4× by wall time after first paint ${Math.round(wallAt4.reduce((sum, t) => sum + (4 * t.dur!) / 1000 - 50, 0))} ms in ${wallAt4.length} tasks (largest, ms wall/CPU: ${wallAt4.slice(0, 12).map((t) => `${Math.round(t.dur! / 1000)}/${Math.round((t.tdur ?? 0) / 1000)} at ${Math.round((t.ts - navigation) / 1000)}`).join(', ')})`)
  const meanwhile = otherThreads(events, onMain)
  // With samples: where the main thread's time after the first paint went, by the first of our own
  // frames on the stack (all tasks, long or not): a figure to compare builds function by function.
  if (samples.length > 0) {
    const after = new Map<string, number>()
    samples.forEach((sample, i) => {
      if (firstPaint && sample.ts < firstPaint) return
      const weight = Math.min(i + 1 < samples.length ? samples[i + 1].ts - sample.ts : 0, 2000)
      const stack = stackOf(sample.node).map(original)
      const first = stack.find((f) => ours(f.file))
      if (first) after.set(`${first.file} ${first.name}`, (after.get(`${first.file} ${first.name}`) ?? 0) + weight)
    })
    console.log(`sampled after first paint, by our first frame: ${[...after].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 1000).toFixed(1)} ms ${k}`).join(' | ')}`)
  }
  for (const task of longTasks) {
    const end = task.ts + (task.dur ?? 0)
    const inside = samples.filter((s) => s.ts >= task.ts && s.ts <= end)
    const bySelf = new Map<string, number>()
    const byOurs = new Map<string, number>()
    for (let i = 0; i < inside.length; i++) {
      const weight = (i + 1 < inside.length ? inside[i + 1].ts : end) - inside[i].ts
      const stack = stackOf(inside[i].node).map(original)
      const leaf = stack[0] ?? { file: '?', name: '?' }
      const selfKey = `${leaf.file} ${leaf.name}`
      bySelf.set(selfKey, (bySelf.get(selfKey) ?? 0) + weight)
      const first = stack.find((f) => ours(f.file))
      const ourKey = first ? `${first.file} ${first.name}` : `(no src frame) ${leaf.file}`
      byOurs.set(ourKey, (byOurs.get(ourKey) ?? 0) + weight)
    }
    // The trace's own children of the task: script, layout, GC, parse.
    const children = new Map<string, number>()
    for (const e of events) {
      if (!onMain(e) || e.ph !== 'X' || e.ts < task.ts || e.ts > end || e === task || !e.dur || e.name === 'RunTask') continue
      if (!AS_LIGHTHOUSE && !['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'Layout', 'UpdateLayoutTree', 'ParseHTML', 'MajorGC', 'MinorGC', 'v8.compile', 'EventDispatch', 'v8.compileModule', 'v8.evaluateModule', 'ParseAuthorStyleSheet', 'Paint', 'RunMicrotasks'].includes(e.name)) continue
      const what = (e.args?.data as { url?: string; functionName?: string; type?: string })
      const label = `${e.name}${what?.url ? ` ${String(what.url).replace(/^https?:\/\/[^/]+/, '')}` : ''}${what?.type ? ` ${what.type}` : ''}`
      children.set(label, (children.get(label) ?? 0) + e.dur)
    }
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${Math.round(v / 1000)} ms ${k}`)
    console.log(`- at ${Math.round((task.ts - navigation) / 1000)} ms: ${Math.round((task.dur ?? 0) / 1000)} ms${task.tdur !== undefined ? ` (CPU ${Math.round(task.tdur / 1000)} ms)` : ''}`)
    console.log(`    trace: ${top(children, AS_LIGHTHOUSE ? 8 : 5).join(' | ')}`)
    const others = meanwhile(task.ts, end)
    console.log(`    other threads' CPU meanwhile: ${Math.round([...others.values()].reduce((a, b) => a + b, 0) / 1000)} ms (${top(others, 5).join(' | ')})`)
    if (samples.length === 0) continue
    console.log(`    self:  ${top(bySelf, 6).join(' | ')}`)
    console.log(`    ours:  ${top(byOurs, 6).join(' | ')}`)
  }
  compiles(events, onMain, navigation)
}

/**
 * The CPU other threads used while a main-thread task ran (any process: the renderer's
 * compositor and workers, background compiles, the GPU and browser processes): on a machine of
 * two cores what runs beside a task stretches its wall time. A task of another thread that
 * overlaps the window partly counts for the overlapping share of its CPU.
 */
function otherThreads(events: TraceEvent[], onMain: (e: TraceEvent) => boolean): (from: number, to: number) => Map<string, number> {
  const processes = new Map<number, string>()
  const threads = new Map<string, string>()
  for (const e of events) {
    if (e.ph !== 'M') continue
    if (e.name === 'process_name') processes.set(e.pid, String(e.args?.name ?? e.pid))
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, String(e.args?.name ?? e.tid))
  }
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur && e.tdur !== undefined && !onMain(e))
  return (from, to) => {
    const used = new Map<string, number>()
    for (const e of tasks) {
      const overlap = Math.min(to, e.ts + e.dur!) - Math.max(from, e.ts)
      if (overlap <= 0) continue
      const label = `${processes.get(e.pid) ?? e.pid} ${(threads.get(`${e.pid}:${e.tid}`) ?? String(e.tid)).replace(/\d+$/, '')}`
      used.set(label, (used.get(label) ?? 0) + (e.tdur! * overlap) / e.dur!)
    }
    return used
  }
}

/**
 * How V8 compiled the app's larger scripts, from the trace's own compile events (any thread):
 * whether a code cache was offered and taken, whether the compile streamed off the main thread,
 * and why not. A compile on the main thread after the first paint is a task Lighthouse counts.
 */
function compiles(events: TraceEvent[], onMain: (e: TraceEvent) => boolean, navigation: number): void {
  const named = /^v8\.(compile|compileModule|parseOnBackground|produceCache|produceModuleCache|consumeCache|deserializeOnBackground|compileStreaming)|^(ScriptStreamer|V8\.StreamingFinalization|v8\.streaming)/i
  const lines: string[] = []
  for (const e of events) {
    if (!named.test(e.name) || e.ph === 'E') continue
    const data = { ...(e.args?.data ?? {}), ...(e.args as Record<string, unknown> | undefined) } as Record<string, unknown>
    delete data.data
    const url = String(data.url ?? data.fileName ?? '')
    if (!/\/assets\/[^/]+\.js/.test(url)) continue
    const asset = url.replace(/^.*\/assets\//, '')
    const details = Object.entries(data).filter(([key]) => !['url', 'fileName', 'frame', 'lineNumber', 'columnNumber'].includes(key)).map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(' ')
    lines.push(`  ${e.name} ${asset} at ${Math.round((e.ts - navigation) / 1000)} ms: ${Math.round((e.dur ?? 0) / 1000)} ms${e.tdur !== undefined ? ` (CPU ${Math.round(e.tdur / 1000)})` : ''} ${onMain(e) ? 'main thread' : `thread ${e.tid}`}${details ? ` · ${details}` : ''}`)
  }
  console.log(`compiles of the app's scripts (${lines.length}):\n${lines.join('\n')}`)
}

/**
 * A phone opened before keeps the zone offsets and date labels its screen used, some seconds
 * after the screen is up (i18n/dateMemory.ts); the traced opening is a later one. A build
 * without them waits 30 s in vain.
 */
async function keptDates(page: Page): Promise<void> {
  const shown = await page.evaluate(() => Date.now())
  await page.waitForFunction((after) => (JSON.parse(localStorage.getItem('kith.dates') ?? '{}') as { writtenAt?: number }).writtenAt! > after, shown, { timeout: 30_000 })
    .catch(() => undefined)
}

const chosen = process.argv.slice(2)
const app = await serveBuiltApp()
// `KITH_PROFILE=persistent`: a profile on disk, as Lighthouse's and a phone's (V8's code cache
// lives there); by default an in-memory context, as the browser tests use.
const userDataDir = process.env.KITH_PROFILE === 'persistent' ? mkdtempSync(join(tmpdir(), 'kith-trace-')) : null
const chrome = userDataDir ? await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS], userDataDir, logLevel: 'silent' }) : null
const browser = chrome ? await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`) : await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true })
try {
  const context = browser.contexts()[0] ?? await browser.newContext({ viewport: { width: 375, height: 812 } })
  const newPage = async () => {
    const page = await context.newPage()
    await page.setViewportSize({ width: 375, height: 812 })
    return page
  }
  const setup = await newPage()
  setup.setDefaultTimeout(30_000)
  const { circleUrl, inviteLink } = await mariaExampleWithWalker(setup, { base: app.base })
  // The helper's phone is set up only when it is traced.
  let helperUrl = inviteLink
  if (chosen.length === 0 || chosen.includes('helper')) {
    await setup.goto(inviteLink)
    await setup.locator('.series-card, .task-card').first().waitFor()
    helperUrl = setup.url()
    await keptDates(setup)
  }
  await setup.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  await setup.goto(`${circleUrl}/today`)
  await setup.locator('.day-title').first().waitFor()
  await setup.close()
  const pages = [
    { key: 'start', url: `${app.base}/#/`, ready: 'main h1' },
    { key: 'helper', url: helperUrl, ready: '.series-card, .task-card' },
    { key: 'assign', url: `${circleUrl}/assign`, ready: '#proposals-title, #accepted-title' },
    { key: 'today', url: `${circleUrl}/today`, ready: '.day-title' },
    { key: 'coverage', url: `${circleUrl}/coverage`, ready: 'table.coverage' },
  ].filter((p) => chosen.length === 0 || chosen.includes(p.key))
  // `KITH_OPENS=2`: each page opened and traced twice in a row (a code cache made by the first opening shows in the second).
  const opens = Number(process.env.KITH_OPENS ?? 1)
  for (const { key, url, ready } of pages) {
    for (let open = 1; open <= opens; open++) {
      const page = await newPage()
      report(opens > 1 ? `${key} (opening ${open} of ${opens})` : key, await traceOpen(browser, page, url, ready, `${key}-${open}`), app.base)
      await page.close()
    }
  }
} finally {
  await browser.close()
  chrome?.kill()
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true })
  await app.close()
}
