import type { Page } from '@playwright/test'
import { circleWithOneWalker, liveSyncOff, phone, testNames } from './people'
import { expect, expectAccessible, expectNoHorizontalOverflow, screenshot, test } from './support'
import { loadExample } from './storage'

/**
 * Issue 11, time that moves: Today left open across midnight moves on with the clock; a
 * check-in saved while the device's clock ran days ahead neither stays "the latest" nor hides
 * the changes made after it; a phone whose clock is far from the coordinator's is pointed out
 * kindly. The device's clock is Playwright's: it starts where the test puts it and runs on.
 */
test.use({ timezoneId: 'Europe/Berlin' })

const HOUR = 60 * 60_000
const DAY = 24 * HOUR

async function check(page: Page, name: string) {
  await screenshot(page, test.info(), name)
  await expectAccessible(page, name)
  await expectNoHorizontalOverflow(page, name)
}

async function openCheckIn(page: Page) {
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('link', { name: 'Check-in', exact: true }).click()
}

test('Today left open across midnight moves on to the new day by itself', async ({ page }) => {
  // Tuesday 1 December, two minutes to midnight in the person's (and this device's) zone.
  await page.clock.install({ time: new Date('2026-12-01T23:58:00+01:00') })
  await loadExample(page)
  await page.getByRole('link', { name: 'Reassess' }).click()
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible()
  await expect(page.getByText('Tuesday 1 December')).toBeVisible()
  const tasks = page.getByRole('list', { name: 'Today' })
  // A one-off for the day the example was made; the mail is Monday, Wednesday and Friday.
  await expect(tasks.getByRole('article', { name: /Cover the client report/ })).toBeVisible()
  await expect(tasks.getByRole('article', { name: /Check the mail/ })).toHaveCount(0)
  await screenshot(page, test.info(), '01-tuesday-before-midnight')

  // The screen is left alone; the clock passes midnight.
  await page.clock.runFor('03:00')
  await expect(page.getByText('Wednesday 2 December')).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible()
  await expect(tasks.getByRole('article', { name: /Check the mail/ })).toBeVisible()
  await expect(tasks.getByRole('article', { name: /Cover the client report/ })).toHaveCount(0)
  await check(page, '02-wednesday-after-midnight')

  // Yesterday is still one tap back, named by its date.
  await page.getByRole('button', { name: 'Previous day' }).click()
  await expect(page.getByRole('heading', { name: 'Tuesday 1 December' })).toBeVisible()
  await expect(page.getByRole('article', { name: /Cover the client report/ })).toBeVisible()
})

test('a check-in saved while the clock ran days ahead does not hide what came after it', async ({ page }) => {
  const rightNow = new Date('2026-12-01T10:00:00+01:00').getTime()
  await page.clock.install({ time: rightNow })
  await loadExample(page)
  const circleUrl = page.url()

  // The device's clock jumps three days ahead, and a check-in is saved.
  await page.clock.setSystemTime(rightNow + 3 * DAY)
  await openCheckIn(page)
  await page.getByLabel('What worked').fill('The morning walks with Bruno')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Check-in saved.')).toBeVisible()

  // The clock is right again; the coordinator marks a task done.
  await page.clock.setSystemTime(rightNow + HOUR)
  await page.getByRole('link', { name: 'Today', exact: true }).click()
  const walk = page.getByRole('article', { name: /Walk Bruno in the morning/ })
  await walk.getByRole('button', { name: 'Done' }).click()
  await expect(walk).toContainText('Done')

  // That change is "since the last check-in", and this device's clock is pointed out kindly.
  await openCheckIn(page)
  await page.locator('summary', { hasText: 'Changes linked to this check-in' }).click()
  const changes = page.getByRole('group', { name: 'Changes since the last check-in' })
  await expect(changes.getByRole('checkbox', { name: /Walk Bruno in the morning/ })).toBeChecked()
  const note = page.getByTestId('clock-note')
  await expect(note).toContainText('dated 3 days later than this device’s clock says it is now')
  await expect(note).toContainText('nothing is lost or out of order')
  await check(page, '01-check-in-after-a-clock-ahead')

  // The next check-in is the latest one, though its clock time is earlier, and links the change.
  await page.getByLabel('What worked').fill('Quiet evenings')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Check-in saved.')).toBeVisible()
  const history = page.getByRole('region', { name: 'Earlier check-ins' }).getByRole('listitem').filter({ hasText: /^Week of/ })
  await expect(history.first()).toContainText('Quiet evenings')
  await expect(history.first()).toContainText(/Walk Bruno in the morning/)
  await expect(history.nth(1)).toContainText('The morning walks with Bruno')
  await expect(page.getByText('No changes since the last check-in.')).toBeVisible()

  // After a reload nothing acknowledged is lost and the order holds.
  await page.goto(circleUrl)
  await openCheckIn(page)
  await expect(history.first()).toContainText('Quiet evenings')
  await expect(history.nth(1)).toContainText('The morning walks with Bruno')
  await expect(page.getByText('No changes since the last check-in.')).toBeVisible()
})

test('a helper’s phone whose clock is two hours ahead is pointed out, by name, on the coordinator’s Today', async ({ browser, page }) => {
  test.setTimeout(180_000)
  const names = testNames()
  const coordinatorNow = new Date('2026-12-01T10:00:00+01:00').getTime()
  await page.clock.install({ time: coordinatorNow })
  await liveSyncOff(page)
  const invite = await circleWithOneWalker(page, names)

  // The helper's phone runs two hours ahead; their "done" travels back in a link.
  const helper = await phone(browser)
  await helper.page.clock.install({ time: coordinatorNow + 2 * HOUR })
  await liveSyncOff(helper.page)
  await helper.page.goto(invite)
  await helper.page.getByRole('article', { name: new RegExp(names.walk) }).first().getByRole('button', { name: 'Done' }).click()
  const reply = await helper.page.getByRole('region', { name: 'Send to Jordan' }).getByLabel('Update link for Jordan').inputValue()

  await page.goto(reply)
  await expect(page.getByText(`${names.helperA}’s update is in.`)).toBeVisible()
  await expect(page).toHaveURL(/#\/c\/[^/]+\/today$/)
  const note = page.getByTestId('clock-note')
  await expect(note).toContainText(`${names.helperA}’s phone and this device disagree about the time by about 2 hours`)
  await check(page, '01-helper-clock-ahead')
  await helper.context.close()
})
