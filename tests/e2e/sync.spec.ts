import { addHelper, addNeed } from './maria'
import { inviteLinkFrom, nextTimeAfterToday, phone, storedText, syncStateIds, testNames, walkCircleWithInvites } from './people'
import { databaseNames } from './storage'
import { checkScreen, expect, expectAccessible, screenshot, test } from './support'

/**
 * Issue 6: the coordinator, two helpers and the recipient on four "phones" (separate browser
 * contexts, so nothing travels through BroadcastChannel), synced over real WebRTC through a
 * y-webrtc signaling server on 127.0.0.1.
 */

test('a circle on four phones: invite, tasks, done, can’t make it, backup, daily status, check-in answers, privacy', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()

  // The coordinator starts the circle and plans it.
  await page.goto('/')
  await page.getByRole('link', { name: 'Start a circle' }).click()
  await page.getByLabel('Their first name').fill(names.recipient)
  await page.getByLabel('What helpers will be told').fill(`${names.recipient} is recovering and needs some help at home.`)
  await page.getByLabel('Your name').fill('Jordan')
  await page.getByLabel('How helpers can reach you').fill('+1 555 0100')
  await page.getByLabel('Name', { exact: true }).fill('Crisis line')
  await page.getByLabel('Phone number or link').fill('988')
  await page.getByRole('button', { name: 'Start the circle' }).click()
  // Plants every day (a sensitive need) fill Sasha's week; Linden walks the dog every day,
  // with Sasha as the backup (a backup doesn't count toward the weekly limit).
  await addNeed(page, { title: names.plants, kind: 'plant-watering', priority: 'High', repeat: 'daily', anyTime: true })
  await page.getByRole('link', { name: new RegExp(names.plants) }).click()
  await page.getByText('This need is sensitive').click()
  await page.getByLabel('Private notes (only you see these)').fill(`Private: ${names.secret}`)
  await page.getByRole('button', { name: 'Save need' }).click()
  await addNeed(page, { title: names.walk, kind: 'dog-walk', priority: 'High', repeat: 'daily', anyTime: true })
  await page.getByRole('link', { name: new RegExp(names.walk) }).click()
  await page.getByLabel('Details for the helper who does it').fill(`Key code ${names.doorCode}`)
  await page.getByRole('button', { name: 'Save need' }).click()
  await page.getByRole('link', { name: 'Boundaries' }).click()
  await page.getByLabel('Name', { exact: true }).fill(names.excluded)
  await page.getByRole('button', { name: 'Add person' }).click()
  await page.getByRole('link', { name: 'Map' }).click()
  await addHelper(page, { name: names.helperA, relation: 'friend', kinds: ['Watering plants', 'Dog walk'], windows: [{ days: 'all', from: '00:00', until: '23:59' }], limit: 7 })
  await addHelper(page, { name: names.helperB, relation: 'neighbour', kinds: ['Dog walk'], windows: [{ days: 'all', from: '00:00', until: '23:59' }], limit: 7 })
  await page.getByRole('link', { name: 'Assign' }).click()
  await page.getByRole('button', { name: /^Accept all/ }).click()
  await expect(page.getByText('No new proposals')).toBeVisible()

  // Invitations: one link per person.
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  const linkA = await inviteLinkFrom(page, 'Helper and offer')
  await checkScreen(page, '01-coordinator-invite')
  await page.getByRole('link', { name: 'Helpers' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperB}`) }).click()
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(names.helperB)
  const linkB = await inviteLinkFrom(page, 'Helper and offer')
  await page.getByRole('link', { name: 'Circle settings' }).click()
  const linkR = await inviteLinkFrom(page, 'Circle')
  await page.getByRole('link', { name: 'Reassess' }).click()

  const a = await phone(browser)
  const b = await phone(browser)
  const r = await phone(browser)
  await a.page.goto(linkA)
  await b.page.goto(linkB)
  await r.page.goto(linkR)

  // Each helper receives exactly their own tasks; the key leaves the address bar.
  await expect(a.page.getByRole('banner')).toContainText(`Helping ${names.recipient}`, { timeout: 30_000 })
  await expect(b.page.getByRole('banner')).toContainText(`Helping ${names.recipient}`, { timeout: 30_000 })
  expect(a.page.url()).not.toContain('/join/')
  const tasksA = a.page.getByRole('main')
  const tasksB = b.page.getByRole('main')
  await expect(tasksA).toContainText(names.plants)
  await expect(tasksA).toContainText(names.walk)
  await expect(tasksA).toContainText('You’re the backup')
  await expect(tasksA).not.toContainText(names.doorCode)
  await expect(tasksB).toContainText(names.walk)
  await expect(tasksB).not.toContainText(names.plants)
  await expect(tasksB).toContainText(names.doorCode)
  await checkScreen(a.page, '02-helper-a-tasks')
  await checkScreen(b.page, '03-helper-b-tasks')

  // The coordinator sees when each phone synced and whether anything is still on its way.
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  await expect(page.getByTestId(/^sync-/)).toContainText(/Connected now|Last synced/, { timeout: 30_000 })
  await expect(page.getByTestId(/^sync-/)).toContainText('Everything has reached them', { timeout: 30_000 })
  await page.getByRole('link', { name: 'Reassess' }).click()

  // A marks today's plants done; B can't make tomorrow's walk.
  const plantsToday = a.page.getByRole('article', { name: new RegExp(names.plants) }).first()
  await plantsToday.getByRole('button', { name: 'Done' }).click()
  const walkTomorrow = await nextTimeAfterToday(b.page, new RegExp(names.walk))
  await walkTomorrow.getByRole('button', { name: 'Can’t make it' }).click()
  await b.page.getByLabel(/A note for Jordan/).fill('Flat tyre, sorry')
  await b.page.getByRole('button', { name: 'Send' }).click()
  await expect(plantsToday).toContainText('Sent to Jordan', { timeout: 30_000 })
  await expect(walkTomorrow).toContainText('Sent to Jordan', { timeout: 30_000 })

  // The coordinator sees both, and activates the backup, who then receives the task.
  await expect(page.getByRole('article', { name: new RegExp(names.plants) })).toContainText('Done')
  await page.getByRole('button', { name: 'Next day' }).click()
  const walkOnCoordinator = page.getByRole('article', { name: new RegExp(names.walk) })
  await expect(walkOnCoordinator).toContainText('Needs someone')
  await walkOnCoordinator.getByRole('button', { name: `Ask ${names.helperA} (backup)` }).click()
  await expect(walkOnCoordinator).toContainText(`Covered by ${names.helperA}`)
  await checkScreen(page, '04-coordinator-today')
  await expect(a.page.getByRole('article', { name: new RegExp(names.walk) }).filter({ hasText: 'You’re covering this' })).toHaveCount(1, { timeout: 30_000 })
  await expect(a.page.getByRole('main')).toContainText(names.doorCode)
  await checkScreen(a.page, '05-helper-a-covering')

  // The recipient sees the daily status, and answers the weekly check-in.
  await expect(r.page.getByRole('banner')).toContainText(`${names.recipient}’s circle`, { timeout: 30_000 })
  await expect(r.page.getByRole('main')).toContainText(/Everything is covered today|still being arranged/)
  await expect(r.page.getByRole('main')).not.toContainText(names.helperA)
  await checkScreen(r.page, '06-recipient-today')
  await page.getByRole('link', { name: 'Check-in' }).click()
  await page.getByLabel('What worked').fill('The walks.')
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await r.page.getByRole('link', { name: 'Check-ins' }).click()
  await expect(r.page.getByText('The walks.')).toBeVisible({ timeout: 30_000 })
  await r.page.getByLabel('What worked for you').fill('Not having to ask anyone.')
  await r.page.getByLabel('What is not helpful and should stop').fill('Visits before ten.')
  await r.page.getByRole('button', { name: 'Send my answers' }).click()
  await checkScreen(r.page, '07-recipient-check-in')
  await expect(page.getByRole('region', { name: `${names.recipient}’s own words` })).toContainText('Not having to ask anyone.', { timeout: 30_000 })
  await checkScreen(page, '08-coordinator-reads-answers')

  // Privacy: read back everything each phone stores.
  const storedA = await storedText(a.page)
  const storedB = await storedText(b.page)
  const storedR = await storedText(r.page)
  expect(storedA).toContain(names.plants)
  for (const secret of [names.helperB, names.contactB, names.excluded, names.secret]) expect(storedA, secret).not.toContain(secret)
  for (const secret of [names.helperA, names.contactA, names.plants, names.excluded, names.secret]) expect(storedB, secret).not.toContain(secret)
  expect(storedR).toContain(names.recipient)
  for (const secret of [names.helperA, names.helperB, names.contactA, names.contactB, names.doorCode, names.excluded, names.secret]) expect(storedR, secret).not.toContain(secret)

  // The key's life: every invitation's key was replaced once the phone joined; no phone keeps it.
  for (const [who, where, link] of [['helper A', a.page, linkA], ['helper B', b.page, linkB], ['recipient', r.page, linkR]] as const) {
    const invitationKey = /#\/join\/\w+\/[^/]+\/([A-Za-z0-9_-]{43})/.exec(link)![1]
    await expect.poll(async () => storedText(where), { message: who, timeout: 30_000 }).not.toContain(invitationKey)
  }

  // Withdrawn means gone: the walk is renamed and its door code replaced. Every phone's raw rows,
  // and the coordinator's stored copies of their documents, lose the old words once synced.
  const personDatabases = [linkA, linkB, linkR].map((link) => `kith-doc-${/#\/join\/\w+\/([^/]+)\//.exec(link)![1]}`)
  expect(storedR).toContain(names.walk)
  for (const stored of [storedA, storedB, await storedText(page, personDatabases)]) {
    expect(stored).toContain(names.walk)
    expect(stored).toContain(names.doorCode)
  }
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(names.walk) }).click()
  // A title that names a helper (in lower case) is flagged in Assess, and reaches others without the name.
  await page.getByLabel('What is needed').fill(`Morning dog walk with ${names.helperB.toLowerCase()}`)
  await expect(page.getByRole('status').filter({ hasText: 'This title names' })).toContainText(names.helperB)
  await checkScreen(page, '09-title-names-a-helper')
  await page.getByLabel('Details for the helper who does it').fill('The lead hangs by the door.')
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(b.page.getByRole('main')).toContainText('The lead hangs by the door.', { timeout: 30_000 })
  await expect(a.page.getByRole('main')).toContainText('The lead hangs by the door.', { timeout: 30_000 })
  await expect(a.page.getByRole('main')).toContainText('Morning dog walk with a helper')
  await expect(r.page.getByRole('main')).not.toContainText(names.walk, { timeout: 30_000 })
  for (const [who, where] of [['helper A', a.page], ['helper B', b.page], ['recipient', r.page]] as const) {
    await expect.poll(async () => storedText(where), { message: who, timeout: 15_000 }).not.toContain(names.walk)
    expect(await storedText(where), who).not.toContain(names.doorCode)
  }
  await expect.poll(async () => storedText(page, personDatabases), { message: 'coordinator’s copies', timeout: 15_000 }).not.toContain(names.walk)
  expect(await storedText(page, personDatabases)).not.toContain(names.doorCode)
  for (const where of [a.page, r.page]) expect((await storedText(where)).toLowerCase()).not.toContain(names.helperB.toLowerCase())

  await Promise.all([a.context.close(), b.context.close(), r.context.close()])
})

test('a helper offline, their offer, the recipient’s suggestion and “please stop”, a removed helper, a broken link', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const { helper: linkA, recipient: linkR } = await walkCircleWithInvites(page, names)

  const a = await phone(browser)
  const r = await phone(browser)
  await a.page.goto(linkA)
  await r.page.goto(linkR)
  await expect(a.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  const helperUrl = a.page.url()

  // The helper's own offer, filled in on their phone, appears in the coordinator's map.
  await a.page.getByRole('link', { name: 'My offer' }).click()
  await a.page.getByLabel('Tasks per week, at most').fill('3')
  await a.page.getByRole('button', { name: 'Save my offer' }).click()
  await expect(page.getByRole('link', { name: new RegExp(`^${names.helperA}`) })).toContainText('up to 3 a week', { timeout: 30_000 })

  // Offline: the helper's phone loses the network, says it can't make tomorrow, reloads, comes back.
  await a.page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  await a.page.close()
  await a.context.setOffline(true)
  const offline = await a.context.newPage()
  await offline.goto(helperUrl)
  const tomorrow = await nextTimeAfterToday(offline, new RegExp(names.walk))
  await tomorrow.getByRole('button', { name: 'Can’t make it' }).click()
  await offline.getByRole('button', { name: 'Send' }).click()
  // This phone is the one offline, so it says the answer waits for it, not for Jordan's phone.
  await expect(tomorrow).toContainText('Will go to Jordan once this phone is connected again')
  await offline.reload()
  await expect(await nextTimeAfterToday(offline, new RegExp(names.walk))).toContainText('Will go to Jordan once this phone is connected again')
  await screenshot(offline, test.info(), '01-helper-offline')
  await a.context.setOffline(false)
  await offline.reload()
  await expect(await nextTimeAfterToday(offline, new RegExp(names.walk))).toContainText('Sent to Jordan', { timeout: 30_000 })
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('button', { name: 'Next day' }).click()
  await expect(page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Needs someone')

  // The recipient suggests a need, then asks for quiet: both reach the coordinator.
  await r.page.getByRole('link', { name: 'Needs' }).click()
  await r.page.getByLabel('What would help?').fill('Company on Sunday afternoon')
  await r.page.getByRole('button', { name: 'Send suggestion' }).click()
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await expect(page.getByRole('region', { name: `Suggested by ${names.recipient}` })).toContainText('Company on Sunday afternoon', { timeout: 30_000 })
  await r.page.getByRole('link', { name: 'Today' }).click()
  await r.page.getByRole('button', { name: 'Please stop / I need some quiet' }).click()
  await r.page.getByLabel('Anything you’d like to say (optional)').fill('No visits this week, please.')
  await r.page.getByRole('button', { name: 'Send', exact: true }).click()
  const banner = page.getByRole('alert').filter({ hasText: 'please stop, I need some quiet' })
  await expect(banner).toContainText('No visits this week, please.', { timeout: 30_000 })
  await screenshot(page, test.info(), '02-coordinator-please-stop')
  await banner.getByRole('button', { name: 'I’ve seen this' }).click()
  await expect(banner).toHaveCount(0)
  await expect(r.page.getByText('Jordan has been told.')).toBeVisible({ timeout: 30_000 })

  // Removing the helper empties their document; their phone forgets it and says so kindly.
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  await page.getByRole('button', { name: 'Remove this helper' }).click()
  await expect(offline.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 30_000 })
  await screenshot(offline, test.info(), '03-helper-removed')
  expect(await storedText(offline)).not.toContain(names.walk)

  // Any later start says so kindly and keeps nothing: no database recreated, no record of the other side.
  const helperDocId = /#\/h\/([^/]+)/.exec(helperUrl)![1]
  await offline.reload()
  await expect(offline.getByText('You are no longer part of this circle')).toBeVisible()
  await screenshot(offline, test.info(), '04-helper-removed-later')
  expect(await databaseNames(offline)).not.toContain(`kith-doc-${helperDocId}`)
  expect(await syncStateIds(offline)).not.toContain(helperDocId)
  // The old invitation (a message, the browser's history) does not bring the circle back.
  await offline.goto(linkA)
  await expect(offline.getByRole('alert')).toContainText('This invitation was withdrawn')
  expect(await databaseNames(offline)).not.toContain(`kith-doc-${helperDocId}`)
  expect(await storedText(offline)).not.toContain(names.walk)

  // A link cut short in a message gets a clear explanation, never a blank page.
  const stranger = await phone(browser)
  await stranger.page.goto(linkA.slice(0, -12))
  await expect(stranger.page.getByRole('heading', { name: 'This invitation link doesn’t work' })).toBeVisible()
  await expect(stranger.page.getByRole('alert')).toContainText('cut short')
  await screenshot(stranger.page, test.info(), '05-broken-link')
  await expectAccessible(stranger.page, 'broken link')
  await Promise.all([a.context.close(), r.context.close(), stranger.context.close()])
})
