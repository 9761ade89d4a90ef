import { phone, testNames, walkCircleWithInvites } from './people'
import { checkScreen as check, expect, test } from './support'

/**
 * Issue 9: "please stop" that stops. The coordinator, a helper and the recipient on three
 * phones (separate browser contexts over real WebRTC, as in sync.spec.ts). The recipient asks
 * from their own phone for the walks to stop; the coordinator pauses them for a week in one
 * step; the helper's phone then says so kindly and no longer lists or promises those walks.
 */
test('the recipient says “please stop” on their phone; the affected helper’s phone says so kindly and no longer lists or promises those visits', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()

  // The coordinator starts a circle with a daily walk, one helper for it, and invitations.
  const links = await walkCircleWithInvites(page, names)
  await page.getByRole('link', { name: 'Reassess' }).click()

  const helper = await phone(browser)
  const recipient = await phone(browser)
  await helper.page.goto(links.helper)
  await recipient.page.goto(links.recipient)

  // Before: the helper's phone lists a walk for every day and promises them in the brief.
  // A daily walk is one series card ("Each time (N)") plus, on Today, today's walk.
  const walk = new RegExp(names.walk)
  const plannedWalks = async () => {
    const eachTime = await helper.page.getByRole('region', { name: 'Your regular tasks' }).locator('details.series-times > summary').allInnerTexts()
    const ahead = eachTime.reduce((sum, text) => sum + Number(/\((\d+)\)/.exec(text)?.[1] ?? 0), 0)
    return ahead + await helper.page.getByRole('region', { name: 'Today' }).getByRole('article', { name: walk }).count()
  }
  await expect(helper.page.getByRole('article', { name: walk }).first()).toBeVisible({ timeout: 30_000 })
  const walksBefore = await plannedWalks()
  expect(walksBefore).toBeGreaterThan(7)
  await helper.page.getByRole('link', { name: 'About' }).click()
  const part = helper.page.getByRole('region', { name: 'Your part' })
  await expect(part).toContainText('walk the dog', { timeout: 30_000 }) // About loads on demand
  const promisedBefore = await part.getByRole('listitem').allInnerTexts()
  expect(promisedBefore.join(' ')).toContain('walk the dog')
  await helper.page.getByRole('link', { name: 'My tasks' }).click()

  // The recipient, on their own phone, asks for the walks to stop.
  await expect(recipient.page.getByRole('banner')).toContainText(`${names.recipient}’s circle`, { timeout: 30_000 })
  await recipient.page.getByRole('button', { name: 'Please stop / I need some quiet' }).click()
  await recipient.page.getByLabel('What should stop?').selectOption({ label: names.walk })
  await recipient.page.getByLabel('Anything you’d like to say (optional)').fill('No visits this week, please.')
  await check(recipient.page, '01-recipient-asks')
  await recipient.page.getByRole('button', { name: 'Send', exact: true }).click()

  // The coordinator pauses that need for a week, in one step, from the banner.
  const banner = page.getByRole('alert').filter({ hasText: 'please stop, I need some quiet' })
  await expect(banner).toContainText(`About: “${names.walk}”`, { timeout: 30_000 })
  await expect(banner).toContainText('No visits this week, please.')
  await expect(banner.getByRole('button', { name: `End ${names.helperA}’s part` })).toBeVisible()
  await check(page, '02-coordinator-banner')
  await banner.getByRole('button', { name: 'Pause it for a week' }).click()
  await expect(banner).toHaveCount(0)
  await expect(page.getByText(new RegExp(`Stopped at their word on this day: “${names.walk}”`))).toBeVisible()

  // The helper's phone: a kind word without detail, and no walk in the paused week.
  const word = helper.page.getByRole('list', { name: 'From Jordan' }).getByRole('status')
  await expect(word).toContainText(`${names.recipient} has asked for a quieter time, so your visits for “${names.walk}” are paused until`, { timeout: 30_000 })
  await expect(word).toContainText('Thank you for them.')
  await expect(word).not.toContainText('No visits this week')
  await expect.poll(plannedWalks).toBe(walksBefore - 7)
  await expect(helper.page.getByRole('region', { name: 'Today' })).not.toContainText(names.walk)
  await check(helper.page, '03-helper-told-kindly')
  await helper.page.getByRole('link', { name: 'About' }).click()
  await expect(part.getByRole('listitem').first()).not.toHaveText(promisedBefore[0])
  await expect(part).toContainText('walk the dog')
  await check(helper.page, '04-helper-about')

  // The recipient's phone says what came of it.
  await expect(recipient.page.getByText('Jordan has paused it for now.')).toBeVisible({ timeout: 30_000 })
  await recipient.page.getByRole('link', { name: 'Needs' }).click()
  await expect(recipient.page.getByRole('main')).toContainText('Paused until')
  await check(recipient.page, '05-recipient-needs')

  // The next check-in lists what was stopped, and why.
  await page.getByRole('link', { name: 'Check-in' }).click()
  await expect(page.getByText(new RegExp(`Paused “${names.walk}” .*, as ${names.recipient} asked: “No visits this week, please\\.”`))).toBeVisible()

  await Promise.all([helper.context.close(), recipient.context.close()])
})
