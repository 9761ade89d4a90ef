import type { Page } from '@playwright/test'
import { addHelper, addNeed } from './maria'
import { circleWithOneWalker, phone, testNames } from './people'
import { checkScreen, expect, test } from './support'

/**
 * Issue 15, a second coordinator: Jordan invites Alex with a coordinator link; the map syncs
 * between their devices over WebRTC; they edit at once and a helper's report lands in between
 * (converged, logged once, each change signed); Jordan hands the lead to Alex (the helper's
 * brief names Alex), and Alex removes Jordan's device, which then forgets the circle.
 */
const check = checkScreen

async function openCoordinators(page: Page) {
  await page.getByRole('link', { name: 'Circle settings' }).click()
  await page.getByRole('link', { name: 'Coordinators' }).click()
  await expect(page.getByRole('heading', { name: 'Coordinators', exact: true })).toBeVisible()
}

test('two coordinators edit at once with a helper in between, then hand over and remove the old device', async ({ browser }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const jordan = await phone(browser)
  const invite = await circleWithOneWalker(jordan.page, names, { coordinator: 'Jordan', limit: 14 })
  const helper = await phone(browser)
  await helper.page.goto(invite)
  const walks = helper.page.getByRole('article', { name: new RegExp(names.walk) })
  await expect(walks.first()).toBeVisible({ timeout: 30_000 })

  // Jordan makes a coordinator link; Alex opens it on their own phone and says who they are.
  await openCoordinators(jordan.page)
  await expect(jordan.page.getByText('Only this device coordinates the circle.')).toBeVisible()
  await jordan.page.getByRole('button', { name: 'Make a coordinator link' }).click()
  await jordan.page.getByText('Show the link').click()
  const link = await jordan.page.getByLabel('Update link for the new coordinator').inputValue()
  expect(link).toContain('/#/join/coordinator/')
  await check(jordan.page, '01-coordinator-link')
  const alex = await phone(browser)
  await alex.page.goto(link)
  await expect(alex.page.getByRole('heading', { name: 'Who is using this device?' })).toBeVisible()
  await alex.page.getByRole('button', { name: 'Join the coordinators' }).click()
  await expect(alex.page.getByRole('alert')).toHaveText('Please give your name.')
  await alex.page.getByLabel('Your name').fill('Alex')
  await alex.page.getByRole('button', { name: 'Join the coordinators' }).click()
  await expect(alex.page.getByText('Welcome, Alex.')).toBeVisible()
  await check(alex.page, '02-alex-joined')
  // The map reaches Jordan's device live: both list both devices.
  const jordanList = jordan.page.getByRole('list', { name: 'Coordinator devices' })
  await expect(jordanList.getByRole('listitem', { name: 'Alex' })).toBeVisible({ timeout: 30_000 })
  await expect(jordanList.getByRole('listitem', { name: 'Jordan' })).toContainText('Lead coordinator')

  // Both add a need at the same moment, on their own devices.
  for (const page of [jordan.page, alex.page]) {
    await page.getByRole('link', { name: 'Assess', exact: true }).click()
  }
  await Promise.all([
    addNeed(jordan.page, { title: names.plants, kind: 'plant-watering', priority: 'Medium', repeat: 'daily', anyTime: true }),
    addNeed(alex.page, { title: names.call, kind: 'call', priority: 'Low', repeat: 'daily', anyTime: true }),
  ])
  for (const page of [jordan.page, alex.page]) {
    for (const title of [names.plants, names.call, names.walk]) await expect(page.getByRole('link', { name: new RegExp(title) })).toBeVisible({ timeout: 30_000 })
  }
  // Alex adds a helper: Jordan's log says it was Alex.
  await alex.page.getByRole('link', { name: 'Map' }).click()
  await addHelper(alex.page, { name: names.helperB, relation: 'neighbour', kinds: ['Phone call'], windows: [{ days: 'all', from: '09:00', until: '17:00' }], limit: 2 })

  // The helper reports the walk done; both coordinator devices fold it, and it is logged once.
  await walks.first().getByRole('button', { name: 'Done' }).click()
  await expect(walks.first()).toContainText('Sent to Jordan', { timeout: 30_000 })
  for (const page of [jordan.page, alex.page]) {
    await page.getByRole('link', { name: 'Reassess' }).click()
    await expect(page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Done', { timeout: 30_000 })
    await page.getByRole('link', { name: 'Check-in' }).click()
    await page.locator('summary', { hasText: 'Changes linked to this check-in' }).click()
    const adjustments = page.getByRole('group', { name: 'Changes since the last check-in' })
    await expect(adjustments.getByText(new RegExp(`${names.walk}.*was done`))).toHaveCount(1, { timeout: 30_000 })
    await expect(adjustments.getByText(`Added ${names.helperB} as a helper — Alex`)).toBeVisible({ timeout: 30_000 })
  }
  await check(jordan.page, '03-check-in-signed')

  // Jordan hands the lead to Alex: the helper's brief names Alex and Alex's contact.
  await openCoordinators(jordan.page)
  const alexCard = jordan.page.getByRole('listitem', { name: 'Alex' })
  await alexCard.locator('summary').click()
  await alexCard.getByLabel('Alex’s phone number or email, for helpers').fill('alex@example.org')
  await alexCard.getByRole('button', { name: 'Make Alex the lead coordinator' }).click()
  await expect(jordan.page.getByText('Alex is the lead coordinator now.')).toBeVisible()
  await check(jordan.page, '04-handed-over')
  await helper.page.getByRole('link', { name: 'About' }).click()
  await expect(helper.page.getByRole('region', { name: 'Your coordinator' })).toContainText('alex@example.org', { timeout: 30_000 })
  await expect(helper.page.getByRole('region', { name: 'Your coordinator' })).toContainText('Alex')
  await helper.page.getByRole('link', { name: 'My tasks' }).click()
  await expect(walks.first()).toBeVisible()

  // Alex removes Jordan's device: it forgets the circle when it syncs.
  await openCoordinators(alex.page)
  await expect(alex.page.getByRole('listitem', { name: /^Alex/ })).toContainText('Lead coordinator', { timeout: 30_000 })
  alex.page.once('dialog', (dialog) => void dialog.accept())
  await alex.page.getByRole('listitem', { name: 'Jordan' }).getByRole('button', { name: 'Remove Jordan’s device' }).click()
  await expect(alex.page.getByText('Jordan’s device was removed from the coordinators.')).toBeVisible()
  await expect(jordan.page.getByText('This device was removed from the circle’s coordinators')).toBeVisible({ timeout: 30_000 })
  await expect(jordan.page.getByRole('heading', { name: 'Organise care around someone' })).toBeVisible()
  expect(await jordan.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('kith-doc-')))).toEqual([])
  // Alex carries on with the circle.
  await alex.page.getByRole('link', { name: 'Reassess' }).click()
  await expect(alex.page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Done')
  await Promise.all([helper.context.close(), alex.context.close(), jordan.context.close()])
})
