import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse, { type RunnerResult } from 'lighthouse'
import { mariaExampleWithWalker } from '../tests/e2e/maria'
import { serveBuiltApp } from './app'
import { table } from './measure'

/**
 * Issue 14's Lighthouse figures: mobile performance, accessibility and best practices on the
 * start page, a helper's tasks and Assign of the Maria example, each the median of three runs
 * (the machine is noisy), and Assign's total blocking time. Debian's Chromium, launched by
 * chrome-launcher with the headless flags from NOTES.md; the built app (dist/) served by
 * `vite preview`. The circle is made through the UI first (Playwright over the same Chromium's
 * DevTools port), and Lighthouse keeps that storage (`disableStorageReset`), so each page opens
 * as a returning person would see it: from the service worker. Targets: every score ≥ 95,
 * total blocking time on Assign < 200 ms.
 *
 * Two sets of runs per page, printed apart:
 * - "default": Lighthouse's mobile defaults (simulated 4× CPU slowdown). The 4× assumes a
 *   desktop of benchmarkIndex ~1500; on this machine (~300, lower under load) it stands for a
 *   phone several times slower than Lighthouse's reference one. This is the figure the targets
 *   are judged on.
 * - "calibrated": the CPU slowdown chosen from this machine's benchmarkIndex as Lighthouse's
 *   docs/throttling.md says ("Calibrating the CPU slowdown"), with the piecewise formula of the
 *   calculator it links (lighthouse-cpu-throttling-calculator): the multiplier that makes this
 *   machine stand in for the mid-tier mobile device the default means. Shown for comparison
 *   only, never as a target met on its own.
 *
 * `KITH_LIGHTHOUSE_JSON=<dir>` also writes every run's full report there (JSON), to look into.
 * `KITH_LIGHTHOUSE_PAGES=assign` (keys start, helper, assign, comma-separated) measures only those
 * pages, and `KITH_LIGHTHOUSE_CALIBRATED=no` skips the calibrated runs: quicker checks while
 * working on one page. The default is all three pages, both settings.
 */
const CHROMIUM = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]
const RUNS = 3
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
const DEFAULT_CPU_SLOWDOWN = 4

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/**
 * The CPU slowdown for a machine of this benchmarkIndex, per the calculator Lighthouse's
 * throttling docs link: 1300 and up → 3× + 1 per 233; 800–1300 → 2×–3×; 150–800 → 1×–2×; below
 * 150 the machine is already slower than the reference phone, so no slowdown (1×).
 */
export function calibratedCpuSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650
  return 1
}

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>
  tbt: number
  lcp: number
  benchmarkIndex: number
  lhr: RunnerResult['lhr']
}

interface Item { url?: string; duration?: number; total?: number; scripting?: number; groupLabel?: string; description?: string }
const itemsOf = (lhr: RunnerResult['lhr'], id: string): Item[] => {
  const details = lhr.audits[id]?.details as { items?: Item[] } | undefined
  return details?.items ?? []
}
const short = (url: string | undefined) => (url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '') || '(page)'

export async function runLighthouseBench(): Promise<void> {
  const title = `Lighthouse (mobile, median of ${RUNS}): targets every score ≥ 95, total blocking time on Assign < 200 ms`
  let app: Awaited<ReturnType<typeof serveBuiltApp>> | null = null
  const userDataDir = mkdtempSync(join(tmpdir(), 'kith-lighthouse-'))
  const jsonDir = process.env.KITH_LIGHTHOUSE_JSON
  if (jsonDir) mkdirSync(jsonDir, { recursive: true })
  let chrome: chromeLauncher.LaunchedChrome | null = null
  try {
    app = await serveBuiltApp()
    const { base } = app
    chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir, logLevel: 'silent' })
    const port = chrome.port
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
    const page = browser.contexts()[0].pages()[0] ?? (await browser.contexts()[0].newPage())
    await page.setViewportSize({ width: 375, height: 812 })
    page.setDefaultTimeout(30_000)
    const { circleUrl, inviteLink } = await mariaExampleWithWalker(page, { base })
    await page.goto(inviteLink)
    await page.getByRole('heading', { name: 'My tasks' }).waitFor()
    // A helper who opened the app before: the date memory their screen used is kept a few
    // seconds after start (i18n/dateMemory.ts). A build without it waits 30 s in vain.
    const shown = await page.evaluate(() => Date.now())
    await page.waitForFunction((after) => (JSON.parse(localStorage.getItem('kith.dates') ?? '{}') as { writtenAt?: number }).writtenAt! > after, shown, { timeout: 30_000 })
      .catch(() => undefined)
    const pages = [
      { key: 'start', name: 'start page (list of circles)', url: `${base}/#/` },
      { key: 'helper', name: 'a helper’s tasks', url: page.url() },
      { key: 'assign', name: 'Assign (Maria)', url: `${circleUrl}/assign` },
    ].filter((p) => !process.env.KITH_LIGHTHOUSE_PAGES || process.env.KITH_LIGHTHOUSE_PAGES.split(',').includes(p.key))
    const withCalibrated = process.env.KITH_LIGHTHOUSE_CALIBRATED !== 'no'
    await page.goto('about:blank')

    const runOnce = async (name: string, url: string, cpuSlowdownMultiplier: number, file: string): Promise<Run> => {
      const result = await lighthouse(url, {
        port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], disableStorageReset: true,
        // Settings merge deeply: everything else stays at the mobile defaults.
      }, { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier } } })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { lhr } = result
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
      if (jsonDir) writeFileSync(join(jsonDir, `${file}.json`), JSON.stringify(lhr))
      return {
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Run['scores'],
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        // Lighthouse's own measure of this machine's speed, taken at the start of each run.
        benchmarkIndex: lhr.environment.benchmarkIndex,
        lhr,
      }
    }
    const summarise = (name: string, settings: string, runs: Run[]) => {
      const of = (pick: (r: Run) => number) => median(runs.map(pick))
      const last = runs[runs.length - 1].lhr
      // What kept a score below 0.9 in the last run, so the table says where the points went.
      const shortOf = CATEGORIES.flatMap((c) => (last.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (last.audits[ref.id]?.score ?? 1) < 0.9).map((ref) => ref.id)).join(', ')
      return {
        page: name, settings, performance: of((r) => r.scores.performance), accessibility: of((r) => r.scores.accessibility),
        'best practices': of((r) => r.scores['best-practices']), 'total blocking ms': Math.round(of((r) => r.tbt)),
        'largest paint ms': Math.round(of((r) => r.lcp)), 'runs (perf)': runs.map((r) => r.scores.performance).join(' / '),
        benchmarkIndex: Math.round(of((r) => r.benchmarkIndex)), 'below 0.9 (last run)': shortOf || 'nothing',
      }
    }

    const rows = []
    const where = []
    for (const { key, name, url } of pages) {
      const defaults: Run[] = []
      for (let run = 0; run < RUNS; run++) defaults.push(await runOnce(name, url, DEFAULT_CPU_SLOWDOWN, `${key}-default-${run}`))
      const multiplier = calibratedCpuSlowdown(median(defaults.map((r) => r.benchmarkIndex)))
      rows.push(summarise(name, `default (${DEFAULT_CPU_SLOWDOWN}× CPU)`, defaults))
      if (withCalibrated) {
        const calibrated: Run[] = []
        for (let run = 0; run < RUNS; run++) calibrated.push(await runOnce(name, url, multiplier, `${key}-calibrated-${run}`))
        rows.push(summarise(name, `calibrated (${multiplier.toFixed(2)}× CPU)`, calibrated))
      }
      // Where the main thread went in the median default run (Lighthouse's unthrottled trace).
      const mid = [...defaults].sort((a, b) => a.tbt - b.tbt)[1].lhr
      const longTasks = itemsOf(mid, 'long-tasks').slice(0, 4).map((t) => `${short(t.url)} ${Math.round(t.duration ?? 0)}`).join(', ')
      const scripts = itemsOf(mid, 'bootup-time').slice(0, 3).map((t) => `${short(t.url)} ${Math.round(t.scripting ?? 0)}`).join(', ')
      const work = itemsOf(mid, 'mainthread-work-breakdown').slice(0, 3).map((t) => `${t.groupLabel} ${Math.round(t.duration ?? 0)}`).join(', ')
      where.push({ page: name, 'longest tasks (ms, simulated)': longTasks || 'none', 'scripting by file (ms)': scripts || 'none', 'main thread (ms)': work })
    }
    await browser.close().catch(() => undefined)
    table(`${title} — load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`, rows)
    table('Where the main thread went (median default run; Lighthouse scales these by its CPU slowdown)', where)
  } catch (error) {
    console.log(`## ${title}\nnot measured: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    if (chrome) chrome.kill()
    await app?.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLighthouseBench()
