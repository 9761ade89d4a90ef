import { circleWithOneWalker, expectDocumentForgotten, inviteDocId, liveSyncOff, phone, storedText, testNames } from './people'
import { checkScreen, expect, test } from './support'

/**
 * "Nothing withdrawn left on a phone" for a removed helper whose phone is never live: Send
 * updates offers the withdrawal as an update link until their phone has heard, and opening it
 * makes the phone forget their document (database, painted copy, stored first screen) and say
 * so kindly. Two browser contexts are two phones; the helper's has live sync off.
 */
test('a removed helper’s phone that syncs by links alone forgets everything when it opens the withdrawal from Send updates', async ({ browser, page }) => {
  test.setTimeout(180_000)
  const names = testNames()
  const invite = await circleWithOneWalker(page, names)
  const docId = inviteDocId(invite)
  const helper = await phone(browser)
  try {
    await liveSyncOff(helper.page)
    await helper.page.goto(invite)
    await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
    expect(await storedText(helper.page)).toContain(names.walk)

    await page.getByRole('button', { name: 'Remove this helper' }).click()
    await page.getByRole('link', { name: 'Send updates' }).click()
    const withdrawal = page.getByRole('listitem', { name: `Let ${names.helperA}’s phone know by a link` })
    await expect(withdrawal).toContainText('may still hold their tasks', { timeout: 30_000 })
    const link = await withdrawal.getByLabel(`Update link for ${names.helperA}`).inputValue()
    expect(link).toMatch(new RegExp(`#/u/${docId}/`))
    await checkScreen(page, '01-send-updates-withdrawal')

    await helper.page.goto(link)
    await expect(helper.page.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 30_000 })
    // The page says what happened; the update screen's "up to date" toast would contradict it.
    await expect(helper.page.getByText('Your circle is up to date with this update.')).toHaveCount(0)
    await checkScreen(helper.page, '02-helper-withdrawn-by-link')
    await expectDocumentForgotten(helper.page, docId, [names.walk, names.helperA])
  } finally {
    await helper.context.close()
  }
})
