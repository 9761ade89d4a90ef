import { helperAndRecipientPhones, storedText, testNames, walkCircleWithInvites } from './people'
import { checkScreen as check, expect, test } from './support'

const DAY = 24 * 60 * 60 * 1000

/**
 * Issue 15, item 5: a circle that rests ("the map stays ready"). The coordinator, a helper and
 * the recipient on three phones (separate browser contexts over real WebRTC). The coordinator
 * pauses the circle with a day to look again: the helper's phone thanks them, asks nothing and
 * keeps none of the task's words on disk; the recipient's phone says the circle is resting and
 * how to ask for it to start again, and keeps none of the needs' words either; Today asks for
 * nothing and home marks it. Resuming brings the tasks back on both phones.
 */
test('pausing a circle: the helper’s and the recipient’s phones say it rests and keep no task; resuming brings the tasks back', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const links = await walkCircleWithInvites(page, names)

  const { helper, recipient, walk } = await helperAndRecipientPhones(browser, links, names)
  await recipient.page.getByRole('link', { name: 'Needs' }).click()
  await expect(recipient.page.getByRole('heading', { name: names.walk })).toBeVisible()
  await recipient.page.getByRole('link', { name: 'Today' }).click()
  expect(await storedText(helper.page)).toContain(names.walk)

  // The coordinator lets the circle rest, with a day to look again in a week.
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('navigation', { name: 'Reassess' }).getByRole('link', { name: 'End' }).click()
  const rest = page.getByRole('region', { name: 'Let the circle rest' })
  await expect(rest).toBeVisible()
  await check(page, '00-end-with-rest')
  const lookAgain = new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10)
  await rest.getByLabel('A day to look again (optional)').fill(lookAgain)
  await rest.getByRole('button', { name: 'Pause the circle' }).click()
  const resting = page.getByRole('region', { name: 'The circle is resting' })
  await expect(resting).toContainText('The map stays ready.')
  await expect(resting).toContainText(`You planned to look again with ${names.recipient}`)
  await check(page, '01-coordinator-resting')

  // Today: nothing planned, no check-in asked for; every other screen says it rests.
  await page.getByRole('navigation', { name: 'Reassess' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByText('The circle is resting: nothing is planned.')).toBeVisible()
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: /The circle is resting since/ })).toBeVisible()
  await check(page, '02-today-resting')
  await page.getByRole('link', { name: 'Assign' }).click()
  await expect(page.getByText('While the circle rests nothing is planned or proposed.')).toBeVisible()
  await expect(page.getByRole('button', { name: /^Accept/ })).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Accepted' })).toContainText(names.helperA)
  await check(page, '03-assign-resting')

  // Home marks it.
  await page.getByRole('link', { name: 'All circles' }).click()
  await expect(page.getByRole('link', { name: new RegExp(names.recipient) })).toContainText('Resting')
  await check(page, '04-home-resting')

  // The helper's phone: thanks, asks nothing, and the walk's words are gone from its storage.
  const thanks = helper.page.getByRole('status').filter({ hasText: `The support for ${names.recipient} is resting for now` })
  await expect(thanks).toBeVisible({ timeout: 30_000 })
  await expect(thanks).toContainText('Thank you for everything you have done')
  await expect(helper.page.getByRole('main').getByRole('article')).toHaveCount(0)
  await expect(helper.page.getByRole('main').getByRole('button')).toHaveCount(0)
  await check(helper.page, '05-helper-resting')
  await expect.poll(async () => (await storedText(helper.page)).includes(names.walk), { timeout: 20_000 }).toBe(false)
  await helper.page.getByRole('link', { name: 'About' }).click()
  await expect(helper.page.getByRole('region', { name: 'Your part' })).toContainText('Nothing more is planned.')
  await expect(helper.page.getByRole('region', { name: 'Your part' })).not.toContainText('swap')
  await check(helper.page, '06-helper-about-resting')
  await helper.page.getByRole('link', { name: 'My offer' }).click()
  await expect(helper.page.getByText('resting for now, so there is nothing to offer here')).toBeVisible()
  await check(helper.page, '07-helper-offer-resting')

  // The recipient's phone: resting, how to start again, when the coordinator may check in; no needs kept.
  await expect(recipient.page.getByRole('heading', { name: 'Your circle is resting' })).toBeVisible({ timeout: 30_000 })
  await expect(recipient.page.getByText('Whenever you would like help again, just tell Jordan')).toBeVisible()
  await expect(recipient.page.getByText(/Jordan may check in with you around/)).toBeVisible()
  await expect(recipient.page.getByRole('button', { name: 'Please stop / I need some quiet' })).toHaveCount(0)
  await check(recipient.page, '08-recipient-resting')
  await recipient.page.getByRole('link', { name: 'Needs' }).click()
  await expect(recipient.page.getByText('The circle is resting, so nothing is planned for now.')).toBeVisible()
  await expect(recipient.page.getByRole('heading', { name: names.walk })).toHaveCount(0)
  await check(recipient.page, '09-recipient-needs-resting')
  await expect.poll(async () => (await storedText(recipient.page)).includes(names.walk), { timeout: 20_000 }).toBe(false)

  // Resume: the tasks come back on both phones, and home no longer says resting.
  await page.getByRole('link', { name: new RegExp(names.recipient) }).click()
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('navigation', { name: 'Reassess' }).getByRole('link', { name: 'End' }).click()
  await page.getByRole('button', { name: 'Resume the circle' }).click()
  await expect(page.getByRole('region', { name: 'Let the circle rest' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Reassess' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('list', { name: 'Today' }).getByRole('article', { name: walk })).toBeVisible()
  await page.getByRole('link', { name: 'All circles' }).click()
  await expect(page.getByRole('link', { name: new RegExp(names.recipient) })).not.toContainText('Resting')

  await helper.page.getByRole('link', { name: 'My tasks' }).click()
  await expect(helper.page.getByRole('article', { name: walk }).first()).toBeVisible({ timeout: 30_000 })
  await expect(thanks).toHaveCount(0)
  await check(helper.page, '10-helper-resumed')
  await recipient.page.getByRole('link', { name: 'Today' }).click()
  await expect(recipient.page.getByRole('button', { name: 'Please stop / I need some quiet' })).toBeVisible({ timeout: 30_000 })
  await recipient.page.getByRole('link', { name: 'Needs' }).click()
  await expect(recipient.page.getByRole('heading', { name: names.walk })).toBeVisible()

  await Promise.all([helper.context.close(), recipient.context.close()])
})
