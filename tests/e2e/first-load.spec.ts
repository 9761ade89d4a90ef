import type { Page } from '@playwright/test'
import { closure, codeOf, fileOf, firstSeenAndAsked, holdFile, manifest, modulesIn, watchFirstSeen } from './firstPaint'
import { mariaExampleWithWalker } from './maria'
import { circleWithOneWalker, phone, storedText, testNames } from './people'
import { expect, test } from './support'

/**
 * Code splitting as a phone meets it: the scripts a helper's phone fetches, from opening their
 * tasks until it is online, hold none of the coordinator's screens, the planner or QR codes.
 * The built manifest says which file holds which source module (firstPaint.ts).
 */
/** A helper's own screens that load when opened (or, for SendBack, once there is something to send). */
// Going online (online.ts: y-webrtc, and opening a key sealed for this phone) is the helper's too.
const HELPER_ON_DEMAND = ['src/ui/shared/SendBack.tsx', 'src/ui/helper/OfferScreen.tsx', 'src/ui/helper/AboutScreen.tsx', 'src/sync/online.ts']
/** What the coordinator's screens need and a helper's phone does not: the screens, commands, the planner. */
function coordinatorOnlyFiles(): Set<string> {
  const screens = Object.keys(manifest).filter((key) => key.startsWith('src/ui/coordinator/'))
  const helper = closure(['index.html', 'src/ui/helper/HelperApp.tsx', ...HELPER_ON_DEMAND])
  const only = closure([...screens, 'node_modules/qrcode/lib/browser.js'])
  helper.forEach((file) => only.delete(file))
  return only
}

/** The planner's modules (and the workers' code) in a coordinator's screens' first download; each screen asks for the plan through usePlan. */
function planningIn(screens: string[]): string[] {
  const first = modulesIn(closure(['index.html', 'src/ui/coordinator/CircleScreen.tsx', ...screens]))
  expect(first).toContain('src/ui/hooks/usePlan.ts')
  const planning = ['planner', 'input', 'diff', 'coverage', 'gapFixes', 'describeGaps'].map((name) => `src/domain/planner/${name}.ts`)
    .concat('src/domain/safetyWords.ts', 'src/ui/workers/planWork.ts', 'src/ui/workers/planQuestionWork.ts')
  return first.filter((module) => planning.includes(module) || module.startsWith('src/domain/planner/solver/'))
}

test('a helper’s phone downloads none of the coordinator’s screens, the planner or QR codes, and opens on their tasks', async ({ page, context }) => {
  // The coordinator's first download (what the bench counts) holds no folding, projection or
  // WebRTC: they load once the circle is on screen, and then do load (the helper's tasks below
  // arrive through them).
  const coordinatorFirst = closure(['index.html', 'src/ui/coordinator/CircleScreen.tsx', 'src/ui/coordinator/TodayScreen.tsx'])
  expect(coordinatorFirst.has(codeOf('src/sync/coordinatorSync.ts'))).toBe(false)
  // Assign plans in the worker, and Coverage, Find someone and open calls ask a second worker
  // about the plan: their first downloads hold none of the planner, nor the safety word list.
  expect(planningIn(['src/ui/coordinator/AssignScreen.tsx'])).toEqual([])
  expect(planningIn(['src/ui/coordinator/CoverageScreen.tsx'])).toEqual([])
  expect(planningIn(['src/ui/coordinator/TodayScreen.tsx', 'src/ui/coordinator/FindSomeonePanel.tsx', 'src/ui/coordinator/OpenCallPanel.tsx'])).toEqual([])
  const coordinatorScripts: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) coordinatorScripts.push(new URL(request.url()).pathname.slice(1))
  })
  const { inviteLink } = await mariaExampleWithWalker(page)
  expect(coordinatorScripts).toContain(codeOf('src/sync/coordinatorSync.ts'))
  await page.goto(inviteLink)
  await expect(page.getByRole('heading', { name: 'My tasks' })).toBeVisible({ timeout: 30_000 })
  const tasksUrl = page.url()
  await page.close()

  // A fresh page of the same device opens the helper's tasks, as the installed app would.
  const helper = await context.newPage()
  const scripts: string[] = []
  helper.on('request', (request) => {
    if (request.resourceType() === 'script' || request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname.slice(1))
  })
  await helper.goto(tasksUrl)
  await expect(helper.locator('.series-card, .task-card').first()).toBeVisible()
  // y-webrtc loads on demand, once the stored tasks are on screen: wait for it, then compare.
  await expect.poll(() => scripts.some((file) => file === fileOf('node_modules/y-webrtc/src/y-webrtc.js'))).toBe(true)
  const coordinatorFiles = coordinatorOnlyFiles()
  expect(coordinatorFiles.size).toBeGreaterThan(10)
  expect(scripts.filter((file) => coordinatorFiles.has(file))).toEqual([])
  expect(scripts.some((file) => /plan(Question)?\.worker/.test(file))).toBe(false)
  expect(scripts).toContain(fileOf('src/ui/helper/HelperApp.tsx'))
  // What the bench counts as a helper's first download is what the phone fetched.
  expect([...closure(['index.html', 'src/ui/helper/HelperApp.tsx'])].filter((file) => !scripts.includes(file))).toEqual([])
  await helper.close()

  // The app's start URL opens on the helper's tasks, the screen this device showed last, and
  // shows what it stores while kith.config.json never answers (a network that hangs).
  let configAsked = false
  await context.route('**/kith.config.json', () => {
    configAsked = true // never answered
  })
  const launched = await context.newPage()
  await launched.goto('/')
  await expect(launched.locator('.series-card, .task-card').first()).toBeVisible()
  expect(launched.url()).toBe(tasksUrl)
  await expect.poll(() => configAsked).toBe(true)
  await launched.screenshot({ path: test.info().outputPath('start-url-tasks.png') })
  // The list of circles stays one tap away.
  await launched.getByRole('link', { name: 'All circles' }).click()
  await expect(launched.getByRole('heading', { name: 'Your circles' })).toBeVisible()
})

test('a helper’s tasks are painted from their stored copy before Yjs loads; the copy follows the document and leaves with it', async ({ browser, page }) => {
  test.setTimeout(180_000)
  const names = testNames()
  const invite = await circleWithOneWalker(page, names)
  const docId = /#\/join\/\w+\/([^/]+)\//.exec(invite)![1]
  const paintOf = (where: Page) => where.evaluate((key) => localStorage.getItem(key), `kith.paint.${docId}`)
  const helper = await phone(browser)
  await helper.page.goto(invite)
  await expect(helper.page.getByRole('article', { name: new RegExp(names.walk) }).first()).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => paintOf(helper.page)).toContain(names.walk)
  const tasksUrl = helper.page.url()
  await helper.page.close()

  // The next opening: Yjs (and so the live part: document, store, sync) is held back, so what shows is the paint.
  const yjs = codeOf('node_modules/yjs/dist/yjs.mjs')
  const live = fileOf('src/ui/helper/HelperLive.tsx')
  expect(closure(['index.html', 'src/ui/helper/HelperApp.tsx']).has(yjs)).toBe(false)
  const release = await holdFile(helper.context, yjs)
  const painted = await helper.context.newPage()
  // When the first card entered the page (to compare with when Yjs was asked for).
  await watchFirstSeen(painted, '.task-card')
  const scripts: string[] = []
  painted.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname.slice(1))
  })
  await painted.goto(tasksUrl)
  const walk = painted.getByRole('article', { name: new RegExp(names.walk) }).first()
  await expect(walk).toBeVisible()
  await expect(painted.getByRole('status').filter({ hasText: 'Opening your tasks' })).toBeVisible()
  const done = painted.getByRole('button', { name: 'Done' }).first()
  await expect(done).toBeDisabled()
  await painted.screenshot({ path: test.info().outputPath('helper-painted-375.png') })
  expect(scripts).toContain(live) // asked for once the paint was on screen
  release()
  // The document takes over the same screen: Yjs loads, the buttons work, the note goes.
  await expect(done).toBeEnabled({ timeout: 30_000 })
  await expect(painted.getByRole('status').filter({ hasText: 'Opening your tasks' })).toHaveCount(0)
  expect(scripts).toContain(yjs)
  const [firstCardAt, yjsAskedAt] = await firstSeenAndAsked(painted, yjs)
  expect(firstCardAt).toBeLessThan(yjsAskedAt)
  await painted.screenshot({ path: test.info().outputPath('helper-live-375.png') })

  // A damaged copy, or one of another format, is passed over: the tasks open the usual way.
  for (const damaged of ['{"format":1,"role":"helper","paint":{"brief":{}}}', 'not json', '{"format":99}']) {
    await painted.evaluate(([key, value]) => localStorage.setItem(key, value), [`kith.paint.${docId}`, damaged])
    await painted.reload()
    await expect(walk).toBeVisible({ timeout: 30_000 })
    await expect(painted.getByRole('button', { name: 'Done' }).first()).toBeEnabled()
    await expect.poll(() => paintOf(painted)).toContain(names.walk)
  }

  // Withdrawn words leave the copy as they leave the document: the walk is renamed.
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(names.walk) }).click()
  await page.getByLabel('What is needed').fill(`Evening stroll ${names.helperB}`)
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(painted.getByRole('main')).toContainText(`Evening stroll ${names.helperB}`, { timeout: 60_000 })
  await expect.poll(() => paintOf(painted), { timeout: 15_000 }).not.toContain(names.walk)
  expect(await paintOf(painted)).toContain(`Evening stroll ${names.helperB}`)

  // Removed from the circle: the phone forgets it, copy and all.
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  await page.getByRole('button', { name: 'Remove this helper' }).click()
  await expect(painted.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 60_000 })
  expect(await paintOf(painted)).toBeNull()
  expect(await storedText(painted)).not.toContain(names.helperB)
  await helper.context.close()
})
