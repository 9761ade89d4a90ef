import { test as base, expect, type Page, type TestInfo } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { mkdirSync } from 'node:fs'
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

/** axe-core must find no serious or critical violation on the screen as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Nothing may stick out past a 375 px screen. */
export async function expectNoHorizontalOverflow(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow, `${where} overflows horizontally`).toBeLessThanOrEqual(0)
}

/** A screen as a person sees it: a screenshot to look at, no serious axe violation, no sideways scrolling. */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await screenshot(page, test.info(), name)
  await expectAccessible(page, name)
  await expectNoHorizontalOverflow(page, name)
}
