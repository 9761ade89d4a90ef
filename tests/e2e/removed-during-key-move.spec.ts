import { readDocuments, type CircleDocument } from '../../src/store/schema/document'
import { circleWithOneWalker, phone, testNames } from './people'
import { answersWithKey, storedDoc } from './roomProbe'
import { docIdOf } from './storage'
import { expect, test } from './support'

/**
 * A helper removed while the coordinator's device waits to move to their document's new key
 * (coordinatorSync.ts: after the phone acknowledged the key, the device stays in the old room
 * for MOVE_AFTER_MS so its presence reaches the phone, which then moves). The move must still
 * happen: the phone moves to the new key, and the revocation has to be where the phone is. The
 * device used to return from the wait without moving, staying under the old key while its
 * record said the new one. Which key the device answers in the room is asked of the real
 * signaling server, as a phone holding each key would (roomProbe.ts).
 */
const MOVE_AFTER_MS = 2_000
const inviteDocId = (link: string) => /#\/join\/\w+\/([^/]+)\//.exec(link)![1]

/** Runs in a page: resolves once a row of the IndexedDB database holds `word` (a Yjs key is stored as its UTF-8 text). */
async function waitForStoredWord({ database, word }: { database: string; word: string }): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: false })
  for (let tries = 0; tries < 3000; tries++) {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = indexedDB.open(database)
      request.onerror = () => reject(request.error)
      request.onsuccess = () => {
        const db = request.result
        const all = db.transaction('updates').objectStore('updates').getAll()
        all.onsuccess = () => {
          db.close()
          resolve(all.result)
        }
        all.onerror = () => reject(all.error)
      }
    })
    if (rows.some((row) => row instanceof Uint8Array && decoder.decode(row).includes(word))) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`${word} was never stored in ${database}`)
}

test('a helper removed while the coordinator waits to move to their new key: the device still moves, and the phone still forgets', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const invite = await circleWithOneWalker(page, names, { coordinator: 'Jordan', limit: 7 })
  const mapId = docIdOf(page)
  const docId = inviteDocId(invite)
  const record = async (): Promise<CircleDocument | undefined> => readDocuments(await storedDoc(page, mapId), []).find((d) => d.id === docId)
  const helper = await phone(browser)
  try {
    // The phone joins; once it was heard from, its invitation's key is replaced (sync/keyRotation.ts).
    await helper.page.goto(invite)
    await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
    const address = helper.page.url()
    await expect(page.getByRole('button', { name: 'Remove this helper' })).toBeVisible()
    // Watched from inside the coordinator's page, so the removal lands well inside a wait of 2 s
    // even on a loaded machine: the key switch is stored, then the device waits to move.
    await page.evaluate(waitForStoredWord, { database: `kith-doc-${mapId}`, word: 'keyReplacedAt' })
    // The phone goes away at once (so the removal cannot reach it in the old room), and the
    // helper is removed within the wait, by the button a coordinator taps.
    await helper.page.close()
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Remove this helper')!.click())
    await expect.poll(async () => (await record())?.revokedAt ?? null).not.toBeNull()
    const { key: newKey, previousKey: oldKey, keyReplacedAt, revokedAt } = (await record())!
    expect(revokedAt, 'the helper was removed').not.toBeNull()
    expect(revokedAt! - keyReplacedAt!, 'the removal came while the device waited to move').toBeLessThan(MOVE_AFTER_MS)

    // The device is in the room under the new key (the revocation waits there for the phone), not the old one.
    await expect.poll(() => answersWithKey(docId, newKey), { timeout: 30_000, message: 'the device moved to the new key' }).toBe(true)
    expect(await answersWithKey(docId, oldKey!)).toBe(false)

    // The phone comes back, finds the device under the new key, takes the removal and forgets.
    const back = await helper.context.newPage()
    await back.goto(address)
    await expect(back.getByText(/This phone no longer keeps any of it|You are no longer part of this circle/)).toBeVisible({ timeout: 60_000 })
  } finally {
    await helper.context.close()
  }
})
