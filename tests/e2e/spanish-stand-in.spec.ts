import { addHelper } from './maria'
import { circleWithOneWalker, storedText, testNames } from './people'
import { checkScreen, expect, test } from './support'

/**
 * Issue 14, item 3, through real sync: the coordinator (English) names another helper in a task's
 * title; the walker's phone, in Spanish, shows the stand-in in its own words ("alguien que
 * ayuda"), and nothing on that phone holds the other helper's name. The component test
 * (tests/component/i18n/spanish.test.tsx) checks the same with projection alone.
 */
test('a Spanish helper’s phone shows “alguien” where the coordinator’s text named another helper', async ({ browser, page }) => {
  test.setTimeout(180_000)
  const names = testNames()
  const link = await circleWithOneWalker(page, names)
  await page.getByRole('link', { name: 'Map' }).click()
  await addHelper(page, { name: names.helperB, relation: 'neighbour', kinds: ['Errand'], windows: [{ days: 'all', from: '09:00', until: '12:00' }], limit: 2 })

  const helper = await browser.newContext({ viewport: { width: 375, height: 812 }, baseURL: process.env.KITH_BASE_URL, hasTouch: true, locale: 'es-ES' })
  const phone = await helper.newPage()
  await phone.goto(link)
  const tasks = phone.getByRole('main')
  await expect(tasks.getByRole('heading', { level: 1, name: 'Mis tareas' })).toBeVisible({ timeout: 30_000 })

  // Written on the coordinator's phone after the invitation: it reaches the walker live.
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(names.walk) }).click()
  await page.getByLabel('What is needed').fill(`${names.walk} with ${names.helperB}`)
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(page.getByRole('link', { name: new RegExp(`${names.walk} with ${names.helperB}`) })).toBeVisible()

  await expect(tasks).toContainText(`${names.walk} with alguien que ayuda`, { timeout: 30_000 })
  await expect(tasks).not.toContainText(names.helperB)
  await expect(tasks).not.toContainText(/a helper|someone/)
  await checkScreen(phone, '01-stand-in-es')
  expect(await storedText(phone)).not.toContain(names.helperB)
  await helper.close()
})
