import { addHelper, addNeed } from './maria'
import { checkScreen, expect, test } from './support'

/**
 * Issue 9, items 4 and 9 at 375 px: a need and an offer that run past midnight are entered as
 * people say them and read as nights; a task longer than its window is refused kindly in the
 * form, keeping what was typed; the helper's brief says "from … until …" and names the days
 * of "every 3 days".
 */
test('a night is entered as said, a task too long for it is refused kindly, and the brief reads plainly', async ({ page }) => {
  test.setTimeout(120_000)
  await page.context().clock.install({ time: new Date('2026-11-23T08:00:00Z') })
  await page.goto('/#/new')
  await page.getByLabel('Their first name').fill('Rosa')
  await page.getByLabel('Their time zone').selectOption('Europe/London')
  await page.getByLabel('Starts').fill('2026-11-30')
  await page.getByText('2 weeks').click()
  await page.getByLabel('Your name').fill('Jordan')
  await page.getByRole('button', { name: 'Start the circle' }).click()

  await page.getByRole('link', { name: 'Add a need' }).click()
  await page.getByLabel('What is needed').fill('Sit with Rosa overnight')
  await page.getByLabel('Kind of task').selectOption('other')
  await page.getByLabel('How often').selectOption('weekly')
  await page.getByRole('checkbox', { name: 'Friday' }).check()
  await page.getByLabel('From').fill('23:00')
  await page.getByLabel('Until').fill('01:00')
  await expect(page.getByText('Ends the next day: this time runs past midnight.')).toBeVisible()
  await page.getByLabel('Takes about').selectOption('180')
  await page.getByRole('button', { name: 'Save need' }).click()
  const refusal = 'This takes about 3 hours, but 23:00 to 01:00 the next morning is only 2 hours long. Please make the times wider or the time it takes shorter.'
  await expect(page.getByRole('alert')).toHaveText(refusal)
  await expect(page.getByLabel('Takes about')).toBeFocused()
  await checkScreen(page, '01-need-too-long-for-its-night')

  // Nothing typed is lost: widening the night is enough.
  await page.getByLabel('Until').fill('02:00')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByTestId('schedule-words')).toHaveText('every Fri night, 23:00 to 02:00 the next morning, until 13 December')
  await expect(page.getByTestId('next-times')).toContainText('Fri 4 Dec, 23:00 – Sat 5 Dec, 02:00')
  await checkScreen(page, '02-need-a-night')
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(page.getByRole('link', { name: /Sit with Rosa overnight/ })).toContainText('every Fri night, 23:00 to 02:00 the next morning')

  // A whole night, as people say it: Friday 22:00 to 06:00, eight hours.
  await addNeed(page, { title: 'Night sit', kind: 'other', priority: 'Low', repeat: 'weekly', weekdays: ['Friday'], from: '22:00', until: '06:00', minutes: '480' })
  await expect(page.getByRole('link', { name: /Night sit/ })).toContainText('every Fri night, 22:00 to 06:00 the next morning')

  await addNeed(page, { title: 'Water the ferns', kind: 'plant-watering', priority: 'Medium', repeat: 'every-n', interval: '3', anyTime: true, minutes: '20' })

  await page.getByRole('link', { name: 'Map' }).click()
  await addHelper(page, {
    name: 'Sam', relation: 'neighbour', kinds: ['Something else', 'Watering plants'], limit: 6,
    windows: [{ days: '5', from: '22:00', until: '03:00' }, { days: 'all', from: '08:00', until: '20:00' }],
  })
  await expect(page.getByRole('link', { name: /^Sam/ })).toContainText('every day 08:00–20:00, Fri night 22:00–03:00')
  await checkScreen(page, '03-helper-offers-a-night')

  await page.getByRole('link', { name: 'Assign' }).click()
  await page.getByRole('button', { name: /^Accept all/ }).click()
  await expect(page.getByText('No new proposals')).toBeVisible()
  await page.getByRole('link', { name: 'Brief for Sam' }).click()
  const brief = page.getByRole('article', { name: 'Brief for Sam' })
  await expect(brief).toContainText('every Fri night, 23:00 to 02:00 the next morning, from 4 December until 11 December')
  await expect(brief).toContainText('every 3 days, any time, from 30 November until 12 December: Mon 30 November, Thu 3, Sun 6 December and so on')
  await expect(brief).not.toContainText(/\d to \d+ December/)
  await checkScreen(page, '04-brief-in-plain-words')
})
