import type { Page } from '@playwright/test'
import { addHelper, assessMaria, mariasHelpers, neighbour, startMariasCircle } from './maria'
import { checkScreen, expect, test } from './support'

/**
 * Issue 4 end to end at 375×812: Priya runs a week of Maria's care on her phone, offline
 * included — Assess, Map (nine helpers, the weekend gap, a neighbour), Assign (plan with
 * backups, split the daily call), Reassess (a missed walk, the backup, a check-in), End.
 */
const check = checkScreen

/**
 * Moves the Today screen to tomorrow or, at a weekend, to Monday: a day whose walks were all
 * planned (today's morning walk may be over before the plan was made), with Priya as backup.
 */
async function goToAWeekday(page: Page) {
  await page.getByRole('button', { name: 'Next day' }).click()
  for (let i = 0; i < 3; i++) {
    const heading = (await page.locator('h1').textContent()) ?? ''
    const date = heading === 'Today' ? ((await page.locator('main > p.muted').first().textContent()) ?? '') : heading
    if (!/^(Saturday|Sunday)/.test(date)) return
    await page.getByRole('button', { name: 'Next day' }).click()
  }
}

test('Priya runs a week of Maria’s care: assess, map, assign, reassess, end', async ({ page, context }) => {
  test.setTimeout(360_000)
  await startMariasCircle(page)
  await assessMaria(page)
  await page.getByRole('link', { name: 'Needs', exact: true }).click()
  await check(page, '01-assess')

  // Map: nine helpers as they offered.
  await page.getByRole('link', { name: 'Map' }).click()
  for (const helper of mariasHelpers) await addHelper(page, helper)
  await expect(page.getByRole('link', { name: /^Marco/ })).toContainText('On the “not involved” list')
  await expect(page.getByRole('link', { name: /^Priya/ })).toContainText('Backup only')
  await check(page, '02-map-helpers')

  await page.getByRole('link', { name: 'Coverage' }).click()
  const gaps = page.getByRole('region', { name: 'Gaps' })
  // Each gap names the need by its own title, not its kind.
  await expect(gaps).toContainText('No one has offered: “Walk Bruno in the morning”, Saturday and Sunday mornings')
  await expect(gaps).toContainText('No one has offered: “Walk Bruno in the evening”, Saturday and Sunday evenings')
  await check(page, '03-coverage-weekend-gap')

  // Tapping a gap shows who could fill it and why the others can't.
  await page.getByRole('link', { name: /^Walk Bruno in the morning, (Saturday|Sunday) .*: Gap/ }).first().click()
  await expect(page.getByText(/Ana: not available on (Saturdays|Sundays)/)).toBeVisible()
  await expect(page.getByText(/Marco: /)).toBeVisible()
  // The cheapest fix, checked by planning again with it applied.
  await expect(page.getByText('What would fill it:').first()).toBeVisible()
  await check(page, '04-who-could-fill')

  // A neighbour fills the weekend.
  await page.getByRole('link', { name: 'Helpers' }).click()
  await addHelper(page, neighbour)
  await page.getByRole('link', { name: 'Coverage' }).click()
  await expect(gaps).not.toContainText('dog walk')
  await check(page, '05-coverage-filled')

  // Assign: the planner proposes, with reasons; Priya accepts them all.
  await page.getByRole('link', { name: 'Assign' }).click()
  const proposals = page.getByRole('list', { name: 'Proposals' })
  await expect(proposals).toContainText('offered dog walks')
  await expect(proposals).not.toContainText('Marco')
  // Rejecting a proposal: that person is not proposed for that need again, until undone.
  const morning = proposals.getByRole('listitem').filter({ hasText: 'Walk Bruno in the morning' }).first()
  await morning.getByRole('button', { name: 'Not Nora, Walk Bruno in the morning' }).click()
  await expect(page.getByRole('region', { name: 'You said no to' })).toContainText('Nora for “Walk Bruno in the morning”')
  await expect(morning).not.toContainText('Nora')
  await page.getByRole('button', { name: 'Undo: Nora for “Walk Bruno in the morning”' }).click()
  await expect(morning).toContainText('Nora')
  await page.getByText(/What changes if you accept all/).click()
  await expect(page.locator('.plan-changes')).toContainText(/Ana\s*gains \d+ × Walk Bruno in the morning/)
  await check(page, '06-assign-proposals')
  await page.getByRole('button', { name: /^Accept all/ }).click()
  await expect(page.getByText('No new proposals')).toBeVisible()
  const accepted = page.getByRole('list', { name: 'Accepted' })
  await expect(accepted.getByRole('listitem').filter({ hasText: 'Walk Bruno in the morning' }).first()).toContainText('Ana')
  await expect(accepted.getByRole('listitem').filter({ hasText: 'Walk Bruno in the morning' }).first()).toContainText('Priya')
  await expect(accepted).not.toContainText('Marco')

  // Split the daily call: Mon–Thu Eve, Fri–Sun Finn (who can only call after nine).
  await accepted.getByRole('listitem').filter({ hasText: 'Daily call to vent' }).first().getByRole('link', { name: 'Change or split' }).click()
  await page.getByRole('button', { name: 'Split: add another person' }).click()
  await page.getByRole('group', { name: 'Part 1' }).getByLabel('Who').selectOption({ label: 'Eve' })
  await page.getByRole('group', { name: 'Part 2' }).getByLabel('Who').selectOption({ label: 'Finn' })
  await expect(page.getByRole('group', { name: 'Part 2' }).getByRole('checkbox', { name: 'Friday' })).toBeChecked()
  await expect(page.getByRole('group', { name: 'Part 1' }).getByRole('checkbox', { name: 'Thursday' })).toBeChecked()
  await expect(page.getByText('This breaks a rule')).toHaveCount(0)
  await check(page, '07-split-call')
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  const call = accepted.getByRole('listitem').filter({ hasText: 'Daily call to vent' }).first()
  await expect(call).toContainText(/Eve.*every Mon–Thu/s)
  await expect(call).toContainText(/Finn.*every Fri–Sun/s)

  // An override that breaks a rule is allowed only with a visible warning.
  await call.getByRole('link', { name: 'Change or split' }).click()
  await page.getByRole('group', { name: 'Part 1' }).getByLabel('Who').selectOption({ label: 'Hana' })
  await expect(page.getByRole('alert').filter({ hasText: 'This breaks a rule' })).toContainText('Hana')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await check(page, '08-assign-accepted')

  // Each helper's brief is what they will receive: their own tasks, nobody else's.
  await page.getByRole('link', { name: 'Brief for Ana' }).click()
  const brief = page.getByRole('article', { name: 'Brief for Ana' })
  await expect(brief).toContainText('walk the dog')
  await expect(brief).toContainText('contact Priya')
  for (const other of ['Ben', 'Eve', 'Finn', 'Marco', 'Nora', 'estranged']) await expect(brief).not.toContainText(other)
  await check(page, '09-brief')

  // Reassess: a walk is missed; the backup steps in with one tap.
  await page.getByRole('link', { name: 'Reassess' }).click()
  await goToAWeekday(page)
  const walk = page.getByRole('article', { name: /^Walk Bruno in the morning/ })
  await expect(walk).toContainText('Ana')
  await expect(walk).toContainText('Backup: Priya')
  await walk.getByRole('button', { name: 'Missed' }).click()
  await expect(walk).toContainText('Missed')
  await check(page, '10-today-missed')
  await walk.getByRole('button', { name: 'Ask Priya (backup)' }).click()
  await expect(walk).toContainText('Covered by Priya')
  const evening = page.getByRole('article', { name: /^Walk Bruno in the evening/ })
  await evening.getByRole('button', { name: 'Done' }).click()
  await expect(evening).toContainText('Done')
  await check(page, '11-today-covered')

  // The weekly check-in links to what was adjusted.
  await page.getByRole('link', { name: 'Check-in' }).click()
  // A busy week in at most ten lines: the rest is counted, not dropped.
  const glance = page.getByRole('region', { name: 'The week at a glance' }).getByRole('list').first()
  await expect(glance.getByRole('listitem').last()).toHaveText(/^and \d+ more changes$/)
  expect(await glance.getByRole('listitem').count()).toBe(10)
  await check(page, '11b-check-in-glance')
  await page.locator('summary', { hasText: 'Changes linked to this check-in' }).click()
  await expect(page.getByRole('group', { name: /Changes since the last check-in/ })).toContainText('Priya will cover')
  await page.getByLabel('What worked').fill('The walks and the evening calls.')
  await page.getByLabel('What was missing').fill('Someone to check the fridge.')
  await page.getByLabel('What is not helpful and should stop').fill('Texts asking how she is, every hour.')
  await page.getByLabel('What you adjusted').fill('Priya covered a missed walk.')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('The walks and the evening calls.')).toBeVisible()
  await check(page, '12-check-in')

  // Reload: everything is still there. Then offline: still works.
  await page.reload()
  await expect(page.getByText('Someone to check the fridge.')).toBeVisible()
  await page.getByRole('link', { name: 'Today' }).click()
  await goToAWeekday(page)
  await expect(page.getByRole('article', { name: /^Walk Bruno in the morning/ })).toContainText('Covered by Priya')
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  await context.setOffline(true)
  await page.reload()
  await goToAWeekday(page)
  await expect(page.getByRole('article', { name: /^Walk Bruno in the morning/ })).toContainText('Covered by Priya')
  await page.getByRole('link', { name: 'Assign' }).click()
  await expect(page.getByRole('list', { name: 'Accepted' })).toContainText('Finn')
  await check(page, '13-offline-assign')
  await context.setOffline(false)

  // A helper away for a few days: the plan keeps her series outside them and says so.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: /^Ana/ }).click()
  await page.getByLabel('First day away').fill(day(1))
  await page.getByLabel('Last day away').fill(day(3))
  await page.getByRole('button', { name: 'Add time away' }).click()
  await page.getByRole('link', { name: 'Assign' }).click()
  await expect(page.getByRole('region', { name: 'Needs your attention' })).toContainText('Ana')
  await expect(page.getByRole('region', { name: 'Needs your attention' })).toContainText('Walk Bruno in the morning, ')
  await check(page, '13b-helper-away')

  // End: read-only, a thank-you list, follow-ups; and it can be reopened.
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('link', { name: 'End' }).click()
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'End the support' }).click()
  const thanks = page.getByRole('list', { name: 'Say thank you' })
  await expect(thanks).toContainText('Dear Ana')
  await expect(thanks).toContainText('Thank you for walking the dog')
  await expect(page.getByRole('region', { name: 'Follow-ups' })).toBeVisible()
  await check(page, '14-ended-thanks')
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await expect(page.getByText('This support has ended')).toBeVisible()
  await page.getByRole('link', { name: /Walk Bruno in the morning/ }).click()
  await page.getByLabel('What is needed').fill('Walk Bruno early')
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(page.getByText('This circle has ended. Reopen it to make changes.')).toBeVisible()
  await page.getByRole('link', { name: 'Reopen or thank helpers' }).click()
  await page.getByRole('button', { name: 'Reopen the circle' }).click()
  await expect(page.getByRole('heading', { name: 'End or extend' })).toBeVisible()
})
