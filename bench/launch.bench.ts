import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from '@playwright/test'
import { mariaExampleWithWalker } from '../tests/e2e/maria'
import { inviteLinkFrom } from '../tests/e2e/people'
import { serveBuiltApp } from './app'
import { table } from './measure'

/**
 * Issue 14's launch figures: an installed app opening with no network. One Chromium profile
 * (a persistent context) is set up online through the UI — the Maria example, a helper who walks
 * Bruno every day, the plan accepted, the helper's invitation opened on the same device — until
 * the service worker is ready; the recipient's invitation too. Then the browser is started again
 * and again, offline, at the app's start URL, and we time from navigation start to the first
 * task card (the helper's phone; the device last showed their tasks), to the recipient's daily
 * status (their phone; last showed their Today) and to Today's heading with its list (the
 * coordinator's; last showed Today). Median of 7 launches, at normal speed and with the CPU
 * throttled 4× (DevTools `Emulation.setCPUThrottlingRate`). Targets: ≤ 600 ms and ≤ 1.5 s.
 */
const CHROMIUM = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]
const LAUNCHES = 7
/** `KITH_LAUNCH=coordinator` (or `helper,recipient`): only those launches, for an A/B of one role. */
const ONLY = (process.env.KITH_LAUNCH ?? '').split(',').filter(Boolean)
/** A helper's first card: a regular task shows as a series card (issue 14, item 2), a one-off as a task card. */
const FIRST_CARD = '.series-card, .task-card'
const VIEWPORT = { width: 375, height: 812 }
/** The recipient's first content: the day's status on Today. */
const RECIPIENT_TODAY = '.daily-status'

/**
 * Records, in the page, when `selector` is first on screen (ms after navigation start): the frame
 * after it entered the page, so a screen put in place while scripts still run counts only once
 * drawn. And when the app has taken over: the selector inside the app's own root with the stored
 * markup gone (index.html's boot screen, ui/shared/bootScreen.ts). A string, not a function: tsx
 * names inner functions with a helper the page does not have.
 */
const watchFor = (selector: string) => `
  new MutationObserver((_, observer) => {
    const drawn = (key) => requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => { window[key] ??= performance.now() }
      channel.port2.postMessage(0)
    })
    if (window.kithSeen === undefined && document.querySelector(${JSON.stringify(selector)})) {
      window.kithSeen = performance.now()
      drawn('kithFirstSeen')
    }
    if (window.kithTakenOver === undefined && !document.getElementById('kith-boot') && document.querySelector(${JSON.stringify(`#root :is(${selector})`)})) {
      window.kithTakenOver = performance.now()
      drawn('kithTakeOverDrawn')
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })`

type Launch = { inPage: number; seen: number; takenOver: number }
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function launchOnce(userDataDir: string, url: string, selector: string, throttle: number): Promise<Launch> {
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, args: ARGS, headless: true, viewport: VIEWPORT, offline: true,
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.addInitScript(watchFor(selector))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    await page.goto(url)
    try {
      await page.waitForFunction(() => (window as unknown as { kithTakeOverDrawn?: number }).kithTakeOverDrawn !== undefined, undefined, { timeout: 30_000 })
    } catch {
      const shown = (await page.locator('body').innerText().catch(() => '')).slice(0, 200).replace(/\s+/g, ' ')
      throw new Error(`${selector} never appeared at ${page.url()}; the page showed: ${shown}`)
    }
    return await page.evaluate(() => {
      const times = window as unknown as { kithSeen: number; kithFirstSeen: number; kithTakeOverDrawn: number }
      return { inPage: times.kithSeen, seen: times.kithFirstSeen, takenOver: times.kithTakeOverDrawn }
    })
  } finally {
    await context.close()
  }
}

export async function runLaunchBench(): Promise<void> {
  const title = `Launch, offline from the service worker (persistent profile, median of ${LAUNCHES}): targets ≤ 600 ms, ≤ 1.5 s at 4× CPU throttle`
  let app: Awaited<ReturnType<typeof serveBuiltApp>> | null = null
  const userDataDir = mkdtempSync(join(tmpdir(), 'kith-launch-'))
  try {
    app = await serveBuiltApp()
    const { base } = app
    const setup = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: VIEWPORT })
    const page = setup.pages()[0] ?? (await setup.newPage())
    page.setDefaultTimeout(30_000)
    const { circleUrl, inviteLink } = await mariaExampleWithWalker(page, { base })
    await page.goto(inviteLink)
    await page.locator(FIRST_CARD).first().waitFor()
    const helperTasks = page.url()
    const cards = await page.locator('.task-card').count()
    const series = await page.locator('.series-card').count()
    await page.goto(`${circleUrl}/today`)
    await page.getByRole('link', { name: 'Circle settings' }).click()
    await page.goto(await inviteLinkFrom(page, 'Circle'))
    await page.locator(RECIPIENT_TODAY).first().waitFor()
    const recipientToday = page.url()
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    await setup.close()

    const rows = []
    for (const who of [
      { name: 'helper: start URL → first task card', open: helperTasks, selector: FIRST_CARD },
      { name: 'recipient: start URL → Today’s status', open: recipientToday, selector: RECIPIENT_TODAY },
      { name: 'coordinator: start URL → Today', open: `${circleUrl}/today`, selector: 'h1.day-title ~ *, .day-title' },
    ].filter((who) => ONLY.length === 0 || ONLY.some((role) => who.name.startsWith(role)))) {
      // Open the screen once online, so the device remembers it as the one last used.
      const opening = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: VIEWPORT })
      const first = opening.pages()[0] ?? (await opening.newPage())
      await first.goto(who.open)
      await first.locator(who.selector).first().waitFor()
      // The screen as drawn live is stored for the next launch (ui/shared/bootScreen.ts); the
      // coordinator's Today again after any change the circle's sync makes to the map once it starts.
      const docId = /#\/[hrc]\/([^/]+)/.exec(who.open)![1]
      const screenStored = () => first.waitForFunction((id) => localStorage.getItem(`kith.screen.${id}`) !== null, docId, { timeout: 30_000 })
      await screenStored()
      if (who.open.includes('#/c/')) {
        await first.waitForTimeout(4_000)
        await screenStored()
      }
      await opening.close()
      const times: Record<number, Launch[]> = { 1: [], 4: [] }
      for (const throttle of [1, 4]) {
        for (let launch = 0; launch < LAUNCHES; launch++) times[throttle].push(await launchOnce(userDataDir, `${base}/`, who.selector, throttle))
      }
      const inPage = (throttle: number) => times[throttle].map((launch) => launch.inPage)
      const seen = (throttle: number) => times[throttle].map((launch) => launch.seen)
      const takenOver = (throttle: number) => times[throttle].map((launch) => launch.takenOver)
      rows.push({
        launch: who.name, 'in page': Math.round(median(inPage(1))), 'on screen, median ms': Math.round(median(seen(1))), '4× CPU': Math.round(median(seen(4))),
        'app took over, median ms': Math.round(median(takenOver(1))), '4× CPU ': Math.round(median(takenOver(4))),
        'on screen, all ms': seen(1).map(Math.round).join(' '), 'all ms (4× CPU)': seen(4).map(Math.round).join(' '),
      })
    }
    table(`${title} — load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`, rows)
    console.log(`(the helper's screen shows ${series} series and ${cards} single tasks; the app was served by vite preview, then nothing: every launch was offline)`)
  } catch (error) {
    console.log(`## ${title}\nnot measured: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    await app?.close()
    rmSync(userDataDir, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLaunchBench()
