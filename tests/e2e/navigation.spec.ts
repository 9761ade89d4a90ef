import { mariaExampleWithWalker } from './maria'
import { nextTimeAfterToday } from './people'
import { expect, screenshot, test } from './support'

/** Moving between screens as in a phone app: top of the new screen, its heading focused, its title; Back returns. */
test('each screen opens at its top with its heading focused and named in the title; Back returns to where it was', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: /Maria, away/ }).click()
  await expect(page.getByRole('heading', { name: 'Needs', exact: true })).toBeVisible()
  await expect(page).toHaveTitle('Needs · Maria · Kith')

  // Scroll down the list, open the last need: its form starts at the top, heading focused.
  const last = page.getByRole('list', { name: 'Needs' }).getByRole('link').last()
  await last.scrollIntoViewIfNeeded()
  const listScroll = await page.evaluate(() => window.scrollY)
  expect(listScroll).toBeGreaterThan(100)
  await last.click()
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expect(page).toHaveTitle(/ · Maria · Kith$/)
  await screenshot(page, test.info(), '01-form-at-top')

  // Back: the list again, scrolled where it was left.
  await page.goBack()
  await expect(page.getByRole('heading', { name: 'Needs', exact: true })).toBeFocused()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listScroll)

  // Assign draws its heading while the plan is worked out, and the plan's own once it arrives:
  // the heading shown keeps focus, so a screen reader hears the new screen whenever the plan comes.
  await page.getByRole('link', { name: 'Assign' }).click()
  await expect(page.getByText(/upcoming times have someone/)).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Assign', exact: true })).toBeFocused()
  await expect(page).toHaveTitle('Assign · Maria · Kith')
})

test('a toast never covers the button just pressed', async ({ page }) => {
  const { inviteLink } = await mariaExampleWithWalker(page)
  await page.goto(inviteLink)
  await expect(page.getByRole('region', { name: 'Your regular tasks' })).toBeVisible({ timeout: 30_000 })
  // Late in the day no walk is left today: the next one is among the series' times.
  const task = (await page.locator('.task-card').count()) > 0 ? page.locator('.task-card').first() : await nextTimeAfterToday(page, /Walk Bruno/)
  // Put a "Can't make it" button where the toast would appear, near the bottom of the screen.
  const button = task.getByRole('button', { name: /make it/ })
  await button.evaluate((element) => {
    const rect = element.getBoundingClientRect()
    window.scrollBy(0, rect.bottom - (window.innerHeight - 100))
  })
  await button.click()
  await page.getByRole('button', { name: /^Send/ }).first().evaluate((element) => {
    const rect = element.getBoundingClientRect()
    window.scrollBy(0, rect.bottom - (window.innerHeight - 100))
  })
  const send = page.getByRole('button', { name: /^Send/ }).first()
  const pressed = await send.boundingBox()
  await send.click()
  const toast = page.locator('.toast')
  await expect(toast).toBeVisible()
  const shown = (await toast.boundingBox())!
  expect(pressed).not.toBeNull()
  const overlap = shown.y < pressed!.y + pressed!.height && pressed!.y < shown.y + shown.height
  expect(overlap).toBe(false)
  await screenshot(page, test.info(), '01-toast-clear-of-the-button')
})
