import type { Page } from '@playwright/test'
import type * as Y from 'yjs'
import { readDocuments } from '../../src/store/schema/document'
import { readMapRooms } from '../../src/store/schema/mapRoom'
import { decodeUpdatePayload } from '../../src/sync/updateLink'
import { addNeed } from './maria'
import { circleWithOneWalker, phone, storedText, testNames } from './people'
import { answersWithKey, deviceEntry, storedDoc } from './roomProbe'
import { checkScreen, expect, test } from './support'

/**
 * Issue 15, item 3: removing a coordinator device replaces the keys it held. Jordan and Alex
 * coordinate on two devices, Sasha's phone holds a helper's document. Jordan removes Alex's
 * device: it forgets the circle; the map moves to a new room and key, and Sasha's document to a
 * new key once Sasha's phone, asleep meanwhile, wakes up — with nobody doing anything on it. Then the removed device, holding every key
 * it had (its map with every document's keys, the map's key, a coordinator link it made), tries:
 * the map's new room, Sasha's room, a newer map sealed with the new key, and the old room with the
 * old map — and reads nothing written afterwards. Jordan and Sasha keep syncing.
 */
const docIdOf = (link: string) => /#\/join\/\w+\/([^/]+)\//.exec(link)![1]

async function openCoordinators(page: Page) {
  await page.getByRole('link', { name: 'Circle settings' }).click()
  await page.getByRole('link', { name: 'Coordinators' }).click()
  await expect(page.getByRole('heading', { name: 'Coordinators', exact: true })).toBeVisible()
}

async function makeCoordinatorLink(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: 'Invite a coordinator' })
  await panel.getByRole('button', { name: 'Make a coordinator link' }).click()
  await panel.getByText('Show the link').click()
  return panel.getByLabel('Update link for the new coordinator').inputValue()
}

/** Every key a map names for the other documents (in use, offered, or kept from before). */
function documentKeysIn(map: Y.Doc): string[] {
  return readDocuments(map, []).flatMap((d) => [d.key, d.nextKey, d.previousKey]).filter((k): k is string => typeof k === 'string')
}

test('a removed coordinator device can read nothing written after its removal; the others carry on with new keys', async ({ browser }) => {
  test.setTimeout(480_000)
  const names = testNames()
  const jordan = await phone(browser)
  const invite = await circleWithOneWalker(jordan.page, names, { coordinator: 'Jordan' })
  const helperDocId = docIdOf(invite)
  const sasha = await phone(browser)
  await sasha.page.goto(invite)
  await expect(sasha.page.getByRole('article', { name: new RegExp(names.walk) }).first()).toBeVisible({ timeout: 30_000 })

  // Alex joins the coordinators on a second device.
  await openCoordinators(jordan.page)
  const link = await makeCoordinatorLink(jordan.page)
  const mapId = docIdOf(link)
  const alex = await phone(browser)
  await alex.page.goto(link)
  await alex.page.getByLabel('Your name').fill('Alex')
  await alex.page.getByRole('button', { name: 'Join the coordinators' }).click()
  await expect(alex.page.getByText('Welcome, Alex.')).toBeVisible()
  await expect(jordan.page.getByRole('list', { name: 'Coordinator devices' }).getByRole('listitem', { name: 'Alex' })).toBeVisible({ timeout: 30_000 })

  // What Alex's device holds just before it is removed: a coordinator link of its own (the map
  // and its key), the map itself with every document's keys, the map's key.
  await openCoordinators(alex.page)
  const oldLink = await makeCoordinatorLink(alex.page)
  await expect.poll(async () => documentKeysIn(await storedDoc(alex.page, mapId)).length, { timeout: 30_000 }).toBeGreaterThan(0)
  const oldMapKey = (await deviceEntry(alex.page, mapId))!.key
  const invitationKey = /#\/join\/helper\/[^/]+\/([^/]+)/.exec(invite)![1]
  const oldHelperKeys = [...new Set([invitationKey, ...documentKeysIn(await storedDoc(alex.page, mapId))])]
  expect(oldHelperKeys).toContain((await deviceEntry(sasha.page, helperDocId))!.key)

  // Jordan's device has Sasha's phone's public key (published in Sasha's document); then Sasha's phone sleeps through the change.
  await expect.poll(async () => readDocuments(await storedDoc(jordan.page, mapId), []).find((d) => d.id === helperDocId)?.devicePublicKey ?? null, { timeout: 30_000 }).not.toBeNull()
  const sashaAt = sasha.page.url()
  await sasha.page.close()

  // Jordan removes Alex's device.
  await openCoordinators(jordan.page)
  const alexCard = jordan.page.getByRole('listitem', { name: 'Alex' })
  await expect(alexCard).toContainText('nobody joins again')
  await check(jordan.page, '01-remove-a-device')
  let question = ''
  jordan.page.once('dialog', (dialog) => {
    question = dialog.message()
    void dialog.accept()
  })
  await alexCard.getByRole('button', { name: 'Remove Alex’s device' }).click()
  await expect(jordan.page.getByText('Alex’s device was removed from the coordinators. The circle is moving to new keys')).toBeVisible()
  expect(question).toContain('moves to new keys it does not have')
  await check(jordan.page, '02-device-removed')
  // Alex's device learns it under the old key, and forgets the circle.
  // (Its kind notice is checked in coordinators.spec.ts; here what matters is that nothing of the circle stays.)
  await expect(alex.page.getByRole('heading', { name: 'Organise care around someone' })).toBeVisible({ timeout: 30_000 })
  await expect.poll(async () => alex.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('kith-doc-'))), { timeout: 30_000 }).toEqual([])

  // The map moved to a new key and room; Jordan is told that Sasha's phone has not taken its new key yet.
  await expect.poll(async () => (await deviceEntry(jordan.page, mapId))?.key, { timeout: 30_000 }).not.toBe(oldMapKey)
  const newMapKey = (await deviceEntry(jordan.page, mapId))!.key
  await expect(jordan.page.getByTestId('key-change')).toHaveText(`Waiting for ${names.helperA} to take the circle’s new keys.`, { timeout: 30_000 })
  // The notice of the removal, if still there, would cover the panel in the screenshot.
  const closeNotice = jordan.page.locator('.toast').getByRole('button', { name: 'Close' })
  if (await closeNotice.isVisible()) await closeNotice.click()
  await expect(jordan.page.getByRole('link', { name: 'Send them an update link' })).toBeVisible()
  await check(jordan.page, '03-waiting-for-a-phone')
  // What Sasha's document offers, in the room Alex's device could still enter with the old key, is sealed for Sasha's phone.
  expect(String((await storedDoc(jordan.page, helperDocId)).getMap('keys').get('next'))).toMatch(/^s1\./)

  // Sasha's phone wakes up and moves to a key Alex's device never held, by itself: nobody rejoins.
  sasha.page = await sasha.context.newPage()
  await sasha.page.goto(sashaAt)
  const walks = sasha.page.getByRole('article', { name: new RegExp(names.walk) })
  await expect(walks.first()).toBeVisible({ timeout: 30_000 })
  await expect.poll(async () => {
    const entry = await deviceEntry(sasha.page, helperDocId)
    return entry !== undefined && !oldHelperKeys.includes(entry.key)
  }, { timeout: 120_000 }).toBe(true)
  const newHelperKey = (await deviceEntry(sasha.page, helperDocId))!.key
  await expect(jordan.page.getByTestId('key-change')).toHaveCount(0, { timeout: 30_000 })
  const jordanMap = await storedDoc(jordan.page, mapId)
  const room = readMapRooms(jordanMap).at(-1)!
  expect(room.removedDeviceId).toBeTruthy()
  expect(readDocuments(jordanMap, []).find((d) => d.id === helperDocId)!.key).toBe(newHelperKey)

  // Jordan writes something new; Sasha reports the walk done: both still sync, live.
  await jordan.page.getByRole('link', { name: 'Assess', exact: true }).click()
  await addNeed(jordan.page, { title: names.secret, kind: 'call', priority: 'Low', repeat: 'daily', anyTime: true, safety: 'No' })
  await walks.first().getByRole('button', { name: 'Done' }).click()
  await expect(walks.first()).toContainText('Sent to Jordan', { timeout: 30_000 })
  await jordan.page.getByRole('link', { name: 'Reassess' }).click()
  await expect(jordan.page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Done', { timeout: 30_000 })
  expect(await storedText(jordan.page, [`kith-doc-${mapId}`])).toContain(names.secret)

  // Now the removed device tries, with every key it had.
  // 1. The map's new room: with the old key nobody answers; with the new key Jordan's device does.
  expect(await answersWithKey(room.id, oldMapKey)).toBe(false)
  expect(await answersWithKey(room.id, newMapKey)).toBe(true)
  // 2. Sasha's room: no key Alex's device held is answered; the new one is.
  for (const key of oldHelperKeys) expect(await answersWithKey(helperDocId, key)).toBe(false)
  expect(await answersWithKey(helperDocId, newHelperKey)).toBe(true)
  // 3. A newer map, as Jordan's device sends it now (a coordinator link carries it sealed): the old key opens nothing.
  await openCoordinators(jordan.page)
  const newerMap = (await makeCoordinatorLink(jordan.page)).split('/').at(-1)!
  expect((await decodeUpdatePayload(mapId, oldMapKey, newerMap)).ok).toBe(false)
  expect((await decodeUpdatePayload(mapId, newMapKey, newerMap)).ok).toBe(true)
  // 4. The old room, with the old map and key (the link Alex's device made), on a fresh browser:
  // Jordan's device serves it the map as it was when it left (Alex's device is removed there), and nothing newer.
  const removed = await phone(browser)
  await removed.page.goto(oldLink)
  await expect(removed.page.getByRole('heading', { name: 'Who is using this device?' })).toBeVisible()
  const list = removed.page.getByRole('list', { name: 'Coordinator devices' })
  await expect(list.getByRole('listitem', { name: 'Jordan' })).toBeVisible()
  await expect(list.getByRole('listitem', { name: 'Alex' })).toHaveCount(0, { timeout: 45_000 })
  await removed.page.waitForTimeout(3000)
  const everything = await storedText(removed.page)
  for (const later of [names.secret, newMapKey, newHelperKey]) expect(everything).not.toContain(later)
  expect(await storedText(alex.page)).not.toContain(names.secret)

  await Promise.all([removed.context.close(), alex.context.close(), sasha.context.close(), jordan.context.close()])
})

const check = checkScreen
