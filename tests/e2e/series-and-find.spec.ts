import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'
import { mariaExampleWithWalker } from './maria'
import { expect, expectAccessible, expectNoHorizontalOverflow, screenshot, test } from './support'

/**
 * Issue 14, item 2, on a 375 px phone: a helper's daily walk is one card (how it repeats, the
 * next time, the week at a glance, each time one tap away), and on the coordinator's Today a
 * time nobody is assigned to offers "Find someone" before anything else.
 */
test('a helper’s daily walks are one card each, with the next seven days and every time one tap away', async ({ page }) => {
  const { inviteLink } = await mariaExampleWithWalker(page)
  await page.goto(inviteLink)
  await expect(page.getByRole('heading', { name: 'My tasks' })).toBeVisible({ timeout: 30_000 })

  const regular = page.getByRole('region', { name: 'Your regular tasks' })
  const morning = regular.getByRole('article', { name: 'Walk Bruno in the morning' })
  await expect(morning).toContainText(/every day, .*, until /)
  await expect(morning).toContainText('Next:')
  await expect(morning.getByRole('list', { name: 'The next 7 days' }).getByRole('listitem')).toHaveCount(7)
  // The walks are not listed again day by day.
  await expect(page.getByRole('region', { name: 'Later' }).getByRole('article', { name: 'Walk Bruno in the morning' })).toHaveCount(0)
  await expectNoHorizontalOverflow(page, 'helper tasks as series')
  await expectAccessible(page, 'helper tasks as series')
  await screenshot(page, test.info(), '01-helper-series')

  const each = morning.getByText(/^Each time \(\d+\)$/)
  const count = Number((await each.textContent())!.match(/\d+/)![0])
  expect(count).toBeGreaterThan(5)
  await each.click()
  await expect(morning.getByRole('article', { name: 'Walk Bruno in the morning' })).toHaveCount(count)
  await expect(morning.getByRole('article').first().getByRole('button', { name: 'Can’t make it' })).toBeVisible()
  await expectAccessible(page, 'each time opened')
  await screenshot(page, test.info(), '02-helper-series-each-time')

  // Item 5: the tasks go into the phone's calendar as a file its calendar opens.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add my tasks to my calendar' }).click()])
  expect(download.suggestedFilename()).toBe('Kith tasks for Maria.ics')
  const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')))
  const events = calendar.getAllSubcomponents('vevent')
  // Both walks' coming times at least (and today's single task while it is still ahead).
  expect(events.length).toBeGreaterThanOrEqual(2 * count)
  // The example circle is in this device's zone; a UTC circle's times are written as UTC (…Z).
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)
  for (const event of events) {
    expect(String(event.getFirstPropertyValue('uid'))).toMatch(/@kith$/)
    const start = event.getFirstProperty('dtstart')!
    expect(start.getParameter('tzid') ?? (start.getFirstValue() as ICAL.Time).zone?.tzid).toBe(zone)
    expect(event.getAllSubcomponents('valarm')).toHaveLength(1)
  }
  await screenshot(page, test.info(), '03-helper-calendar-export')
})

test('Today: a time nobody is assigned to offers “Find someone” first, then an open call', async ({ page }) => {
  await page.goto('/#/')
  await page.getByRole('button', { name: /Maria, away/ }).click()
  await expect(page.getByRole('heading', { name: 'Needs', exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'Reassess' }).click()
  const walk = page.getByRole('article', { name: /^Walk Bruno in the morning/ })
  await expect(walk).toContainText('No one assigned yet')
  await expect(walk.getByRole('button').first()).toHaveText('Find someone')
  await expect(walk.getByRole('button', { name: 'Can’t make it' })).toHaveCount(0)

  await walk.getByRole('button', { name: 'Find someone' }).click()
  const panel = walk.getByRole('region', { name: 'Find someone for this time' })
  await expect(panel).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Post an open call' })).toBeVisible()
  await expectNoHorizontalOverflow(page, 'Today, finding someone')
  await expectAccessible(page, 'Today, finding someone')
  await screenshot(page, test.info(), '01-today-find-someone')

  await panel.getByRole('button', { name: 'Post an open call' }).click()
  await expect(walk.getByRole('region', { name: 'Open call' })).toBeVisible()
  await expect(walk).toContainText('Needs someone')
  await screenshot(page, test.info(), '02-today-open-call')
})
