import { databaseNames, loadExample, watchPageErrors } from './storage'
import { expect, expectAccessible, expectNoHorizontalOverflow, screenshot, test } from './support'

/**
 * Issue 12 (3): no address breaks a screen. Links damaged the way messengers and typing damage
 * them reach a kind page (never a blank one, never an uncaught error), and the circle on the
 * phone is untouched.
 */
const BROKEN = ['#/%', '#/c/%E0%A4%A', '#/h/%zz/tasks', '#/join/helper/%', '#/u/%C0%80/x', '#/r/not a real id']

test('damaged addresses get a kind page and leave every circle as it was', async ({ page }) => {
  const errors = await watchPageErrors(page)
  const docId = await loadExample(page)
  const before = await databaseNames(page)
  for (const [index, address] of BROKEN.entries()) {
    await page.goto(`/${address}`)
    await expect(page.getByRole('heading', { name: 'This address doesn’t open anything' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('Nothing on this phone was changed')
    if (index === 0) {
      await screenshot(page, test.info(), '01-bad-address')
      await expectAccessible(page, 'bad address')
      await expectNoHorizontalOverflow(page, 'bad address')
    }
  }
  expect((await databaseNames(page)).sort()).toEqual(before.sort())
  await page.getByRole('link', { name: 'Go to Kith’s start page' }).click()
  await page.getByRole('link', { name: /Maria/ }).first().click()
  await expect(page).toHaveURL(new RegExp(`#/c/${docId}/`))
  await expect(page.getByRole('heading', { name: 'Needs', exact: true })).toBeVisible()
  expect(errors).toEqual([])
})
