import type { Locator, Page } from '@playwright/test'
import { join } from 'node:path'
import { expect, test } from './support'

/** What the phone's screen shows (a full-page shot draws fixed elements where the first screen had them). */
async function screenshot(page: Page, testInfo: ReturnType<typeof test.info>, name: string) {
  await page.screenshot({ path: join('screenshots', 'toast-place', `${testInfo.project.name}${testInfo.title.replace(/[^\w -]+/g, '')}-${name}.png`) })
}

/**
 * Issue 14 item 1: a toast never covers what the person is reading. It sits at the bottom edge
 * of the screen (not over the middle, where a "Saved" toast once hid a need's title on Today),
 * and every page keeps room below its end, so scrolled to the end nothing is under it.
 */
async function savedToastOnToday(page: Page, { stickyRises }: { stickyRises: boolean }) {
  await page.goto('/')
  await page.getByRole('button', { name: /Maria, away/ }).click()
  await page.getByRole('list', { name: 'Needs' }).getByRole('link').first().click()
  // Pressed from the middle of the screen: the toast is not moved clear of it (NoticeToast).
  const save = page.getByRole('button', { name: 'Save need' })
  await save.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  await save.click()
  // Back on the list, its sticky "Add a need" rises above the toast instead of going under it
  // (at 200% zoom the header fills the first screen and the button is at the top of what is left:
  // it cannot rise above its own list).
  const notice = page.locator('.toast')
  await expect(notice).toContainText('Saved')
  if (stickyRises) await expectClear(page.getByRole('link', { name: 'Add a need' }), notice)
  await page.getByRole('link', { name: 'Reassess', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible()
  const toast = page.locator('.toast')
  await expect(toast).toContainText('Saved')
  return toast
}

async function expectClear(control: Locator, toast: Locator) {
  await expect.poll(async () => {
    const [a, b] = [(await control.boundingBox())!, (await toast.boundingBox())!]
    return a.y + a.height <= b.y || b.y + b.height <= a.y
  }).toBe(true)
}

async function expectClearOfContent(page: Page, where: string) {
  const toast = page.locator('.toast')
  const viewport = page.viewportSize()!
  const box = (await toast.boundingBox())!
  // At the bottom edge (or the top one, when the control just pressed was at the bottom), and under a third of the screen (three short lines at 200% zoom).
  expect(Math.min(box.y, viewport.height - (box.y + box.height)), `${where}: distance from the nearest edge`).toBeLessThanOrEqual(16)
  expect(box.height, `${where}: height`).toBeLessThanOrEqual(viewport.height * 0.3)
  if (box.y < viewport.height / 2) return
  // Scrolled to the end, the last thing on the page is above the toast.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  const lastBottom = await page.evaluate(() => {
    const main = document.querySelector('main')!
    const ink = [...main.querySelectorAll('*')].filter((element) => element.children.length === 0 && element.getBoundingClientRect().height > 0)
    return Math.max(...ink.map((element) => element.getBoundingClientRect().bottom))
  })
  expect(lastBottom, `${where}: the page's end is above the toast`).toBeLessThanOrEqual((await toast.boundingBox())!.y)
}

test('a toast sits at the bottom edge, clear of the end of the page, at 375 px', async ({ page }) => {
  const toast = await savedToastOnToday(page, { stickyRises: true })
  await screenshot(page, test.info(), '01-saved-toast-on-today')
  await expectClearOfContent(page, '375 px')
  await expect(toast).toBeVisible()
  await screenshot(page, test.info(), '02-saved-toast-at-the-end')
})

test.describe('at 200% zoom, dark', () => {
  test.use({ viewport: { width: 187, height: 406 }, deviceScaleFactor: 2, colorScheme: 'dark' })
  test('a toast sits at the bottom edge, clear of the end of the page', async ({ page }) => {
    await savedToastOnToday(page, { stickyRises: false })
    await screenshot(page, test.info(), '01-saved-toast-on-today')
    await expectClearOfContent(page, '200% zoom')
    await screenshot(page, test.info(), '02-saved-toast-at-the-end')
  })
})
