import { test as base, expect, type Page, type TestInfo } from '@playwright/test'
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** Shared helpers for browser tests: the app's address, screenshots that persist, axe. */
export const test = base.extend<{ shot: (name: string) => Promise<void> }>({
  baseURL: async ({}, use) => {
    await use(process.env.KITH_BASE_URL)
  },
  shot: async ({ page }, use, testInfo) => {
    await use((name) => screenshot(page, testInfo, name))
  },
})
export { expect }

const SCREENSHOTS = 'screenshots'

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const folder = join(SCREENSHOTS, testInfo.titlePath.slice(1).join(' - ').replace(/[^\w -]+/g, '').slice(0, 80))
  mkdirSync(folder, { recursive: true })
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true })
}

/** axe-core, read once per run: injected into a page only when that page has none yet. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * axe-core must find no serious or critical violation on the screen as it is now.
 * The same axe-core and rules as `@axe-core/playwright`, run with `axe.run` in the page: that
 * builder injected 650 KB of script three times per check and opened a blank page to merge
 * results (a third of a long test's time); Kith has no frames to merge, and a page keeps its
 * axe until it navigates away.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  expect(page.frames(), `${where}: a frame, which axe run in the page would not look into`).toHaveLength(1)
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }))
  })
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`)).toEqual([])
}

/** Nothing may stick out past a 375 px screen. */
export async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const { overflow, culprits } = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} “${(element.textContent ?? '').trim().slice(0, 30)}”`)
    return { overflow: document.documentElement.scrollWidth - width, culprits }
  })
  expect(overflow, `${where} overflows horizontally: ${culprits.join('; ')}`).toBeLessThanOrEqual(0)
}

/** A screen a test checked: its screenshot saved, axe clean, nothing sticking out at 375 px. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshot(page, test.info(), name)
  await expectAccessible(page, name)
  await expectNoHorizontalOverflow(page, name)
}
