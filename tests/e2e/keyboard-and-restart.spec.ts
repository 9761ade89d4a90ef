import { chromium, type Locator, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import config from '../../playwright.config'
import { expect, screenshot, test } from './support'

/** Presses Tab until `target` has focus: proof that it is reachable by keyboard alone. */
async function tabTo(page: Page, target: Locator, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`could not reach ${target} with Tab`)
}

test('the whole Assess flow works by keyboard alone', async ({ page }) => {
  await page.goto('/')
  await tabTo(page, page.getByRole('link', { name: 'Start a circle' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByLabel('Their first name'))
  await page.keyboard.type('Sam')
  // A radio group is one Tab stop; arrows move within it, as in every browser.
  await tabTo(page, page.getByRole('radio', { name: '2 weeks' }))
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: '6 weeks' })).toBeChecked()
  await tabTo(page, page.getByLabel('Your name'))
  await page.keyboard.type('Robin')
  await tabTo(page, page.getByRole('button', { name: 'Start the circle' }))
  await page.keyboard.press('Enter')

  await tabTo(page, page.getByRole('link', { name: 'Add a need' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByLabel('What is needed'))
  await page.keyboard.type('Bring dinner')
  await tabTo(page, page.getByRole('radio', { name: 'Medium' }))
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByRole('radio', { name: 'High' })).toBeChecked()
  await tabTo(page, page.getByLabel('How often'))
  await page.getByLabel('How often').selectOption('weekly') // a native select: arrow keys, as the browser provides
  await tabTo(page, page.getByRole('checkbox', { name: 'Tuesday' }))
  await page.keyboard.press('Space')
  await tabTo(page, page.getByRole('checkbox', { name: 'Thursday' }))
  await page.keyboard.press('Space')
  await expect(page.getByTestId('schedule-words')).toContainText('every Tue and Thu, 30 minutes between 18:00 and 19:00')
  await screenshot(page, test.info(), '01-need-by-keyboard')
  await tabTo(page, page.getByRole('button', { name: 'Save need' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('link', { name: /Bring dinner/ })).toContainText('High')

  // The crisis contacts are reachable from the keyboard too, and the dialog closes with Escape.
  await tabTo(page, page.getByRole('button', { name: 'Crisis help' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  await tabTo(page, page.getByRole('link', { name: 'Boundaries' }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByLabel('Name', { exact: true }))
  await page.keyboard.type('Jamie')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('listitem').filter({ hasText: 'Jamie' })).toBeVisible()
})

test('every edit survives a browser restart', async ({}) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kith-restart-'))
  const { launchOptions, viewport } = config.use!
  const launch = () => chromium.launchPersistentContext(userDataDir, { ...launchOptions, viewport, baseURL: process.env.KITH_BASE_URL })
  try {
    let browser = await launch()
    let page = browser.pages()[0] ?? (await browser.newPage())
    await page.goto('/')
    await page.getByRole('button', { name: /Maria, away/ }).click()
    await page.getByRole('link', { name: /Check the mail/ }).click()
    await page.getByLabel('What is needed').fill('Check the mail and the parcel box')
    await page.getByRole('button', { name: 'Save need' }).click()
    await expect(page.getByRole('link', { name: /parcel box/ })).toBeVisible()
    await browser.close()

    // The app's start URL opens on the circle and screen this device showed last.
    browser = await launch()
    page = browser.pages()[0] ?? (await browser.newPage())
    await page.goto('/')
    await expect(page.getByRole('link', { name: /Check the mail and the parcel box/ })).toBeVisible()
    await expect(page.getByRole('banner')).toContainText('Maria')
    // The list of every circle on the device is one tap away.
    await page.getByRole('link', { name: 'All circles' }).click()
    await page.getByRole('link', { name: /^Maria/ }).click()
    await expect(page.getByRole('link', { name: /Check the mail and the parcel box/ })).toBeVisible()
    await screenshot(page, test.info(), '01-after-restart')
    await browser.close()
  } finally {
    rmSync(userDataDir, { recursive: true, force: true })
  }
})
