import { addHelper } from './maria'
import { inviteLinkFrom, phone, testNames, walkCircleWithInvites } from './people'
import { checkScreen as check, expect, test } from './support'

/**
 * Issue 9, item 6: nobody silently left out. The coordinator sees on Assign who has no task
 * of their own and why, in the planner's words, and thanks one of them in one tap; that
 * helper's phone (a separate browser context over real WebRTC) says so kindly. Undo takes it
 * back from their phone too.
 */
test('the coordinator thanks a helper kept in reserve; the helper’s phone says so kindly, and Undo takes it back', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()

  // A daily walk Sasha does; Linden offered walks as a backup only.
  await walkCircleWithInvites(page, names)
  await addHelper(page, { name: names.helperB, relation: 'neighbour', kinds: ['Dog walk'], windows: [{ days: 'all', from: '07:00', until: '21:00' }], limit: 0 })
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperB}`) }).click()
  const invitation = await inviteLinkFrom(page, 'Helper and offer')

  // Assign says why Linden has no task of their own, in the plan's words.
  await page.getByRole('link', { name: 'Assign' }).click()
  const leftOut = page.getByRole('region', { name: 'Not doing anything in this plan' })
  const linden = leftOut.getByRole('listitem').filter({ hasText: names.helperB })
  await expect(linden).toContainText(`Kept in reserve: backup for “${names.walk}”`)
  await expect(leftOut).not.toContainText(names.helperA)
  await check(page, '01-assign-left-out')

  const helper = await phone(browser)
  await helper.page.goto(invitation)
  await expect(helper.page.getByRole('banner')).toContainText(`Helping ${names.recipient}`, { timeout: 30_000 })
  const word = helper.page.getByRole('list', { name: 'From Jordan' }).getByRole('status')
  await expect(word).toHaveCount(0)

  // One tap; the helper's phone says thank you, and nothing about why or about anyone else.
  await linden.getByRole('button', { name: `Thank them and keep them in reserve: ${names.helperB}` }).click()
  await expect(linden).toContainText('Thanked on')
  await check(page, '02-assign-thanked')
  await expect(word).toHaveText(
    `Thank you for offering to help ${names.recipient}. Jordan is keeping you in reserve for now and will ask you when something comes up that fits you.`,
    { timeout: 30_000 },
  )
  await expect(helper.page.getByRole('main')).not.toContainText(names.helperA)
  await check(helper.page, '03-helper-thanked')

  // At 200% zoom (a 187 px page) the list still fits and reads.
  await page.setViewportSize({ width: 187, height: 406 })
  await leftOut.scrollIntoViewIfNeeded()
  await check(page, '04-assign-left-out-at-200-percent')
  await page.setViewportSize({ width: 375, height: 812 })

  // Undo takes it back, from the map and from their phone.
  await linden.getByRole('button', { name: `Undo the thank-you to ${names.helperB}` }).click()
  await expect(linden.getByRole('button', { name: `Thank them and keep them in reserve: ${names.helperB}` })).toBeVisible()
  await expect(word).toHaveCount(0, { timeout: 30_000 })

  await helper.context.close()
})
