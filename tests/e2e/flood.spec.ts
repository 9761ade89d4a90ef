import type { Page } from '@playwright/test'
import * as Y from 'yjs'
import { FLOOD_WRITES } from '../../src/store/fold/flood'
import { circleWithOneWalker, inviteLinkFrom, nextTimeAfterToday, phone, testNames } from './people'
import { watchPageErrors } from './storage'
import { checkScreen, expect, test } from './support'

/**
 * Issue 12, item 4: a tampered phone. The helper's phone writes into its own document what it
 * does not own (a task changed, a section Kith never writes), then floods it (thousands of status
 * flips). The phone is "tampered" the way a broken or hostile one would be: its stored document
 * is changed underneath the app (rows appended to its IndexedDB while the app is closed), and the
 * app then syncs it as it is, through the real signaling server and WebRTC.
 */

/** A page of the site that runs no Kith code, for reading and writing the phone's storage. */
async function storagePage(page: Page) {
  await page.goto('/kith.config.json')
}

async function storedRows(page: Page, docId: string): Promise<number[][]> {
  return page.evaluate((name) => new Promise<number[][]>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => {
      const all = request.result.transaction('updates').objectStore('updates').getAll()
      all.onsuccess = () => {
        request.result.close()
        resolve(all.result.map((row: Uint8Array) => Array.from(row)))
      }
      all.onerror = () => reject(all.error)
    }
    request.onerror = () => reject(request.error)
  }), `kith-doc-${docId}`)
}

async function appendRow(page: Page, docId: string, update: Uint8Array): Promise<void> {
  await page.evaluate(({ name, bytes }) => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => {
      const tx = request.result.transaction('updates', 'readwrite')
      tx.objectStore('updates').add(new Uint8Array(bytes))
      tx.oncomplete = () => {
        request.result.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
    request.onerror = () => reject(request.error)
  }), { name: `kith-doc-${docId}`, bytes: Array.from(update) })
}

/** Changes the phone's stored document as `tamper` says, as one more stored row. */
async function tamperWith(page: Page, docId: string, tamper: (doc: Y.Doc) => void): Promise<void> {
  await storagePage(page)
  const doc = new Y.Doc()
  for (const row of await storedRows(page, docId)) Y.applyUpdate(doc, new Uint8Array(row))
  const before = Y.encodeStateVector(doc)
  tamper(doc)
  await appendRow(page, docId, Y.encodeStateAsUpdate(doc, before))
}

test('a tampered, flooding phone: the coordinator sees it, gives the phone a fresh start, and its next report arrives', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const coordinatorErrors = await watchPageErrors(page)
  const link = await circleWithOneWalker(page, names)
  const [, docId] = /#\/join\/helper\/([^/]+)\//.exec(link)!

  const helper = await phone(browser)
  await helper.page.goto(link)
  await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  await expect(page.getByTestId(/^sync-/)).toContainText('Connected now', { timeout: 30_000 })

  // 1. The phone writes where it may not: a task changed, a section Kith never writes.
  let taskIds: string[] = []
  await tamperWith(helper.page, docId, (doc) => {
    taskIds = [...doc.getMap('tasks').keys()].sort()
    doc.getMap('tasks').set(taskIds[0], { title: 'Changed on the phone', kind: 'dog-walk', start: 0, end: 1, role: 'primary', details: null })
    doc.getMap('diary').set('note', 'written where Kith never writes')
  })
  await helper.page.goto(link.replace(/#.*/, `#/h/${docId}`))
  await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  await page.getByRole('link', { name: 'Map' }).click()
  const notes = page.getByRole('region', { name: 'From helpers’ phones' })
  await expect(notes).toContainText(`${names.helperA}’s phone: the task “${names.walk}”`, { timeout: 30_000 })
  await expect(notes).toContainText('“diary” is not part of this kind of document')
  await checkScreen(page, '01-tampering-notes')

  // 2. The phone floods: status flips in a loop, far past what anyone taps.
  await tamperWith(helper.page, docId, (doc) => {
    for (let i = 0; i < 3 * FLOOD_WRITES; i++) {
      doc.transact(() => doc.getMap('reports').set(taskIds[i % 2], { kind: i % 2 ? 'done' : 'cant-make-it', note: '', at: Date.now() + i }))
    }
  })
  await helper.page.goto(link.replace(/#.*/, `#/h/${docId}`))
  await expect(notes).toContainText(`${names.helperA}’s phone sent thousands of changes in a few minutes`, { timeout: 30_000 })
  const fresh = notes.getByRole('button', { name: `Give ${names.helperA}’s phone a fresh start` })
  await expect(fresh).toBeVisible()
  await fresh.scrollIntoViewIfNeeded()
  await checkScreen(page, '02-flood-notice')
  // At 200% zoom a 375 px phone is a 187 px page: the notice and its button still fit.
  await page.setViewportSize({ width: 187, height: 406 })
  await fresh.scrollIntoViewIfNeeded()
  await checkScreen(page, '02b-flood-notice-200-percent')
  await page.setViewportSize({ width: 375, height: 812 })

  // 3. One tap: the phone moves to a fresh document by itself and shows its tasks there.
  await fresh.click()
  await expect(helper.page).not.toHaveURL(new RegExp(docId), { timeout: 30_000 })
  const newDocId = /#\/h\/([^/]+)/.exec(helper.page.url())![1]
  await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  await expect(notes).not.toContainText('thousands of changes', { timeout: 30_000 })
  await checkScreen(helper.page, '03-helper-after-fresh-start')

  // What each side stores of the person's documents is back to a normal size; the old one is gone from the phone.
  const helperDatabases = await helper.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))
  expect(helperDatabases).toContain(`kith-doc-${newDocId}`)
  expect(helperDatabases).not.toContain(`kith-doc-${docId}`)
  await storagePage(helper.page)
  const freshBytes = (await storedRows(helper.page, newDocId)).reduce((sum, row) => sum + row.length, 0)
  console.info(`fresh document on the helper's phone: ${freshBytes} B stored`)
  expect(freshBytes).toBeLessThan(32 * 1024)
  await helper.page.goto(link.replace(/#.*/, `#/h/${newDocId}`))
  // The coordinator's phone forgets the flooded document once the helper's phone was heard on the new one.
  const coordinatorDatabases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))
  await expect.poll(coordinatorDatabases, { timeout: 90_000 }).not.toContain(`kith-doc-${docId}`)
  expect(await coordinatorDatabases()).toContain(`kith-doc-${newDocId}`)
  const coordinatorBytes = (await storedRows(page, newDocId)).reduce((sum, row) => sum + row.length, 0)
  console.info(`fresh document on the coordinator's phone: ${coordinatorBytes} B stored`)
  expect(coordinatorBytes).toBeLessThan(32 * 1024)

  // 4. The helper's next genuine word arrives.
  const walkTomorrow = await nextTimeAfterToday(helper.page, new RegExp(names.walk))
  await walkTomorrow.getByRole('button', { name: 'Can’t make it' }).click()
  await helper.page.getByLabel(/A note for Jordan/).fill('Flat tyre, sorry')
  await helper.page.getByRole('button', { name: 'Send' }).click()
  await expect(walkTomorrow).toContainText('Sent to Jordan', { timeout: 30_000 })
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('button', { name: 'Next day' }).click()
  await expect(page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Needs someone', { timeout: 30_000 })
  expect(coordinatorErrors).toEqual([])
  await helper.context.close()
})

test('a phone that floods and then stays offline gets its fresh start by its new invitation link, and forgets the old document', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const coordinatorErrors = await watchPageErrors(page)
  const link = await circleWithOneWalker(page, names)
  const [, docId] = /#\/join\/helper\/([^/]+)\//.exec(link)!
  const helper = await phone(browser)
  await helper.page.goto(link)
  await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  await tamperWith(helper.page, docId, (doc) => {
    const tasks = [...doc.getMap('tasks').keys()].sort()
    for (let i = 0; i < 2 * FLOOD_WRITES; i++) doc.transact(() => doc.getMap('reports').set(tasks[0], { kind: i % 2 ? 'done' : 'cant-make-it', note: '', at: Date.now() + i }))
  })
  await helper.page.goto(link.replace(/#.*/, `#/h/${docId}`))
  await page.getByRole('link', { name: 'Map' }).click()
  const notes = page.getByRole('region', { name: 'From helpers’ phones' })
  await expect(notes).toContainText(`${names.helperA}’s phone sent thousands of changes`, { timeout: 30_000 })

  // The phone goes offline (closed); the coordinator gives it a fresh start and sends the new invitation.
  await helper.page.close()
  await notes.getByRole('button', { name: `Give ${names.helperA}’s phone a fresh start` }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  const newLink = await inviteLinkFrom(page, 'Helper and offer')
  const [, newDocId] = /#\/join\/helper\/([^/]+)\//.exec(newLink)!
  expect(newDocId).not.toBe(docId)

  const again = await helper.context.newPage()
  await again.goto(newLink)
  await expect(again.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  await expect.poll(async () => again.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), { timeout: 30_000 }).not.toContain(`kith-doc-${docId}`)
  await again.goto(link.replace(/#.*/, '#/'))
  await expect(again.getByRole('main')).toContainText(names.recipient)
  expect(await again.getByRole('main').getByRole('link', { name: new RegExp(names.recipient) }).count()).toBe(1)
  expect(coordinatorErrors).toEqual([])
  await helper.context.close()
})
