import type { Page } from '@playwright/test'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mariaExampleWithWalker } from './maria'
import { inviteLinkFrom } from './people'
import { checkScreen, expect, test } from './support'

/**
 * Issue 14, item 4: text that grows. A 375 × 812 phone at 200% zoom is a 187 px wide page
 * drawn at twice the density; the browser's own font size is honoured; dark mode follows
 * the system.
 */
const zoomed = { viewport: { width: 187, height: 406 }, deviceScaleFactor: 2 }

/** The header keeps the circle's name whole and every tab on screen, wrapping rather than cutting. */
async function expectHeaderWhole(page: Page, where: string): Promise<void> {
  const header = await page.evaluate(() => {
    const title = document.querySelector('.top-title')
    const width = document.documentElement.clientWidth
    const cut = [...document.querySelectorAll('.top-bar *, .tabs a, .subtabs a')]
      .filter((element) => {
        if (element.closest('.visually-hidden')) return false
        const box = element.getBoundingClientRect()
        return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5 || element.scrollWidth > element.clientWidth + 1)
      })
      .map((element) => element.textContent?.trim() || element.className)
    return { title: title?.textContent ?? null, cut }
  })
  expect(header.title, `${where}: circle name shown`).not.toBeNull()
  expect(header.cut, `${where}: header elements cut off`).toEqual([])
}

test.describe('at 200% zoom', () => {
  test.use(zoomed)

  test('every screen of the coordinator, a helper and the recipient fits, header and tabs whole', async ({ page }) => {
    test.setTimeout(360_000)
    const { circleUrl, inviteLink } = await mariaExampleWithWalker(page)
    await checkScreen(page, '00-helper-form')
    for (const route of ['needs', 'boundaries', 'map', 'coverage', 'send', 'assign', 'today', 'check-in', 'end', 'circle', 'backup', 'coordinators']) {
      await page.goto(`${circleUrl}/${route}`)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (route === 'assign') await expect(page.getByRole('heading', { name: 'Proposals' })).toBeVisible({ timeout: 30_000 })
      await expectHeaderWhole(page, route)
      await checkScreen(page, `01-coordinator-${route}`)
    }
    await page.goto(`${circleUrl}/circle`)
    const recipientLink = await inviteLinkFrom(page, 'Circle')
    await page.goto(inviteLink)
    await expect(page.locator('.task-card, .series-card').first()).toBeVisible({ timeout: 30_000 })
    await expectHeaderWhole(page, 'helper')
    await checkScreen(page, '02-helper-tasks')
    await page.goto(recipientLink)
    await expect(page.getByRole('banner')).toContainText('Maria', { timeout: 30_000 })
    await expectHeaderWhole(page, 'recipient')
    await checkScreen(page, '03-recipient')
    await page.goto('/#/')
    await checkScreen(page, '04-home')
  })
})

test('the browser’s own text size is honoured: text, touch targets and the header grow with it', async ({ playwright }) => {
  test.setTimeout(180_000)
  // What a person sets as "Font size: very large" in the browser's settings, stored where Chromium keeps it.
  const profile = mkdtempSync(join(tmpdir(), 'kith-large-text-'))
  mkdirSync(join(profile, 'Default'))
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: 24, default_fixed_font_size: 20 } } }))
  const { launchOptions, viewport } = test.info().project.use
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, viewport, baseURL: process.env.KITH_BASE_URL })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/')
    await page.getByRole('button', { name: /Maria, away/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Measured once the screen has its button, not while the list is still loading.
    const addNeed = page.getByRole('link', { name: 'Add a need' })
    await expect(addNeed).toBeVisible()
    const sizes = await page.evaluate(() => {
      const px = (element: Element | null) => (element ? parseFloat(getComputedStyle(element).fontSize) : 0)
      return { root: px(document.documentElement), heading: px(document.querySelector('h1')) }
    })
    const button = (await addNeed.boundingBox())?.height ?? 0
    expect(sizes.root).toBe(24)
    expect(sizes.heading).toBeGreaterThan(24)
    expect(button).toBeGreaterThanOrEqual(24 * 2.75 - 0.5)
    for (const [route, tab] of [['needs', 'Assess'], ['map', 'Map'], ['assign', 'Assign'], ['today', 'Reassess']]) {
      await page.getByRole('link', { name: tab, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/${route}$`))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (route === 'assign') await expect(page.getByRole('heading', { name: 'Proposals' })).toBeVisible({ timeout: 30_000 })
      await expectHeaderWhole(page, route)
      await checkScreen(page, `large-text-${route}`)
    }
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
})

test('dark mode follows the phone: dark screens, every one still legible', async ({ page }) => {
  test.setTimeout(180_000)
  await page.emulateMedia({ colorScheme: 'dark' })
  const { circleUrl, inviteLink } = await mariaExampleWithWalker(page)
  const darkness = async () => {
    const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).match(/\d+/g)!.map(Number)
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
  }
  for (const route of ['needs', 'coverage', 'assign', 'today', 'circle']) {
    await page.goto(`${circleUrl}/${route}`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await darkness(), `${route} background`).toBeLessThan(0.15)
    await checkScreen(page, `dark-${route}`)
  }
  const recipientLink = await inviteLinkFrom(page, 'Circle')
  await page.goto(inviteLink)
  await expect(page.locator('.task-card, .series-card').first()).toBeVisible({ timeout: 30_000 })
  await checkScreen(page, 'dark-helper-tasks')
  await page.goto(recipientLink)
  await expect(page.getByRole('banner')).toContainText('Maria', { timeout: 30_000 })
  await checkScreen(page, 'dark-recipient')
})
