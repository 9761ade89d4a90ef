import type { Page } from '@playwright/test'
import { addNeed } from './maria'
import { phone, testNames } from './people'
import { checkScreen as check, expect, test } from './support'

/**
 * Issue 15, item 5: the person as coordinator. Rowan starts a circle for themselves: the same
 * phone coordinates and holds Rowan's own view (one tap each way); "please stop" written in
 * their view reaches the coordinator's side on the same phone. Later Rowan hands the map to a
 * friend — a coordinator link, "make … the lead coordinator", and the friend removes Rowan's
 * coordinator device: Rowan's phone forgets the map but keeps their own view, which from then on
 * syncs with the friend's device like any recipient's phone.
 */
async function openCoordinators(page: Page, inSettings?: () => Promise<void>) {
  await page.getByRole('link', { name: 'Circle settings' }).click()
  await inSettings?.()
  await page.getByRole('link', { name: 'Coordinators' }).click()
  await expect(page.getByRole('heading', { name: 'Coordinators', exact: true })).toBeVisible()
}

const kithDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('kith-doc-')))

test('a circle for oneself: coordinating and "my view" on one phone, then handed to a friend while the person keeps their view', async ({ browser }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const rowan = await phone(browser)
  const page = rowan.page

  // Rowan starts a circle for themselves.
  await page.goto('/#/new')
  await page.getByLabel('This circle is for me').check()
  await page.getByLabel('Their first name').fill(names.recipient)
  await page.getByLabel('Your name').fill(names.recipient)
  await check(page, '00-new-circle-for-me')
  await page.getByRole('button', { name: 'Start the circle' }).click()
  await addNeed(page, { title: names.walk, kind: 'dog-walk', priority: 'High', repeat: 'daily', anyTime: true })
  // Their own view is on this phone: Send updates has nothing to send it.
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: 'Send updates' }).click()
  await expect(page.getByText('Nobody has been invited yet.')).toBeVisible()

  // One tap to their own view: their needs, the daily status, "please stop".
  await page.getByRole('link', { name: 'Switch to my own view' }).click()
  await expect(page.getByRole('button', { name: 'Please stop / I need some quiet' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('link', { name: 'Switch to coordinating' })).toBeVisible()
  await check(page, '01-my-view-today')
  await page.getByRole('link', { name: 'Needs' }).click()
  await expect(page.getByRole('heading', { name: names.walk })).toBeVisible()
  await page.getByRole('link', { name: 'Today' }).click()
  await page.getByRole('button', { name: 'Please stop / I need some quiet' }).click()
  await page.getByLabel('What should stop?').selectOption({ label: names.walk })
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  // Nothing to send: the coordinator's side is this phone.
  await expect(page.getByRole('button', { name: /Send to/ })).toHaveCount(0)

  // Back to coordinating: the request is there.
  await page.getByRole('link', { name: 'Switch to coordinating' }).click()
  const banner = page.getByRole('alert').filter({ hasText: 'please stop, I need some quiet' })
  await expect(banner).toContainText(`About: “${names.walk}”`, { timeout: 30_000 })
  await check(page, '02-coordinating-sees-please-stop')
  await banner.getByRole('button', { name: /talk/i }).first().click()

  // Home lists both: coordinating, and their own circle.
  await page.getByRole('link', { name: 'All circles' }).click()
  await expect(page.getByRole('link', { name: new RegExp(`${names.recipient}.*You coordinate`) })).toBeVisible()
  await expect(page.getByRole('link', { name: /Your circle/ })).toBeVisible()
  await check(page, '03-home-both')
  expect(await kithDatabases(page)).toHaveLength(2)

  // Handing over: a coordinator link for a friend, who joins on their own phone.
  await page.getByRole('link', { name: new RegExp(`${names.recipient}.*You coordinate`) }).click()
  // Their own view on this phone is no phone to invite, sync with or send updates to.
  await openCoordinators(page, async () => {
    await expect(page.getByText('Your own view is on this phone and always up to date')).toBeVisible()
    await expect(page.getByLabel('Invitation link')).toHaveCount(0)
    await expect(page.getByText('Their phone has not synced yet.')).toHaveCount(0)
    await check(page, '03b-circle-settings-own-view')
  })
  await page.getByRole('button', { name: 'Make a coordinator link' }).click()
  await page.getByText('Show the link').click()
  const link = await page.getByLabel('Update link for the new coordinator').inputValue()
  const friend = await phone(browser)
  await friend.page.goto(link)
  await friend.page.getByLabel('Your name').fill('Priya')
  await friend.page.getByRole('button', { name: 'Join the coordinators' }).click()
  await expect(friend.page.getByText('Welcome, Priya.')).toBeVisible()
  const list = page.getByRole('list', { name: 'Coordinator devices' })
  await expect(list.getByRole('listitem', { name: 'Priya' })).toBeVisible({ timeout: 30_000 })

  // Rowan makes Priya the lead; Priya removes Rowan's coordinator device.
  const priyaCard = list.getByRole('listitem', { name: 'Priya' })
  await priyaCard.locator('summary').click()
  await priyaCard.getByLabel('Priya’s phone number or email, for helpers').fill('priya@example.org')
  await priyaCard.getByRole('button', { name: 'Make Priya the lead coordinator' }).click()
  await expect(page.getByText('Priya is the lead coordinator now.')).toBeVisible()
  // On Priya's device, before Rowan's is removed, Rowan's view is on their coordinating phone:
  // nothing to send it, and no "Stop sharing", which would wipe it from Rowan's phone.
  await openCoordinators(friend.page, async () => {
    await expect(friend.page.getByText(`${names.recipient} sees their own view on the phone they coordinate from with you`)).toBeVisible()
    await expect(friend.page.getByRole('button', { name: 'Stop sharing with this phone' })).toHaveCount(0)
    await expect(friend.page.getByLabel('Invitation link')).toHaveCount(0)
  })
  await expect(friend.page.getByRole('listitem', { name: /^Priya/ })).toContainText('Lead coordinator', { timeout: 30_000 })
  friend.page.once('dialog', (dialog) => void dialog.accept())
  await friend.page.getByRole('listitem', { name: names.recipient }).getByRole('button', { name: `Remove ${names.recipient}’s device` }).click()
  await expect(page.getByText('The circle is coordinated from another phone now')).toBeVisible({ timeout: 30_000 })

  // Rowan's phone forgot the map and kept their own view: one database, listed as their circle.
  await expect.poll(() => kithDatabases(page), { timeout: 20_000 }).toHaveLength(1)
  await expect(page.getByRole('link', { name: /You coordinate/ })).toHaveCount(0)
  await page.getByRole('link', { name: /Your circle/ }).click()
  await expect(page.getByRole('button', { name: 'Please stop / I need some quiet' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('link', { name: 'Switch to coordinating' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Needs' }).click()
  await expect(page.getByRole('heading', { name: names.walk })).toBeVisible()

  // And it is now the recipient's phone of Priya's circle: what Priya adds arrives.
  await friend.page.getByRole('link', { name: 'Assess', exact: true }).click()
  await addNeed(friend.page, { title: names.plants, kind: 'plant-watering', priority: 'Medium', repeat: 'daily', anyTime: true })
  await expect(page.getByRole('heading', { name: names.plants })).toBeVisible({ timeout: 45_000 })
  await check(page, '04-my-view-after-handover')
  await page.getByRole('link', { name: 'Today' }).click()
  await check(page, '05-my-view-today-after-handover')

  await Promise.all([rowan.context.close(), friend.context.close()])
})
