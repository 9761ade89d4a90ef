import type { Page } from '@playwright/test'
import { invitePath, newDocumentKey } from '../../src/sync/invite'
import { circleWithOneWalker, phone, storedText, testNames } from './people'
import { watchPageErrors } from './storage'
import { expect, expectAccessible, screenshot, test } from './support'

/**
 * Issue 12: bad peers cannot break a page. Someone who knows a room's id publishes garbage into
 * it through the real signaling server; the coordinator's and the helper's pages raise no error
 * and keep syncing. A link whose key passes the checksum but is not the circle's says so within
 * seconds, instead of "Connecting…" forever.
 */

/** Publishes each message into the room through the signaling server, from a page where no Kith code runs. */
async function publishGarbage(page: Page, topic: string) {
  // Chromium lets an opaque origin (about:blank) reach no loopback server: a plain file of the site will do.
  await page.goto('/kith.config.json')
  await page.evaluate(async ({ url, topic }) => {
    const socket = new WebSocket(url)
    await new Promise((resolve, reject) => {
      socket.onopen = resolve
      socket.onerror = reject
    })
    const random = (n: number) => crypto.getRandomValues(new Uint8Array(n))
    const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
    // An envelope of y-webrtc's shape whose cipher text is noise: it passes every check but the key.
    const envelope = new Uint8Array([7, ...new TextEncoder().encode('AES-GCM'), 12, ...random(12), 40, ...random(40)])
    const garbage: unknown[] = ['not base64 at all!', base64(random(64)), 12345, null, { nested: true }, base64(envelope), base64(new Uint8Array([7, 65, 69, 83]))]
    socket.send(JSON.stringify({ type: 'subscribe', topics: [topic] }))
    for (let round = 0; round < 3; round++) {
      for (const data of garbage) socket.send(JSON.stringify({ type: 'publish', topic, data }))
      socket.send(JSON.stringify({ type: 'publish', topic }))
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
    socket.close()
  }, { url: process.env.KITH_SIGNALING_URL!, topic })
}

test('garbage in a room breaks no page and stops no sync; a link whose key is not the circle’s says so', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const coordinatorErrors = await watchPageErrors(page)
  const link = await circleWithOneWalker(page, names)
  const [, docId] = /#\/join\/helper\/([^/]+)\//.exec(link)!

  const helper = await phone(browser)
  const helperErrors = await watchPageErrors(helper.page)
  await helper.page.goto(link)
  await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  await expect(page.getByTestId(/^sync-/)).toContainText('Connected now', { timeout: 30_000 })

  // Garbage of every kind, published into the helper's room by someone who knows its id.
  const hostile = await phone(browser)
  await publishGarbage(hostile.page, docId)
  await page.waitForTimeout(1500)
  expect(coordinatorErrors).toEqual([])
  expect(helperErrors).toEqual([])

  // Sync goes on: the coordinator renames the walk, the helper sees it.
  await renameWalk(page, names.walk, `Evening ${names.walk}`)
  await expect(helper.page.getByRole('main')).toContainText(`Evening ${names.walk}`, { timeout: 30_000 })

  // A link for the same room with another key (its checksum right) and no document in it.
  const stranger = await phone(browser)
  const strangerErrors = await watchPageErrors(stranger.page)
  await stranger.page.goto(`/#/${invitePath('helper', docId, newDocumentKey())}`)
  await expect(stranger.page.getByRole('heading', { name: 'This link’s key doesn’t match' })).toBeVisible({ timeout: 15_000 })
  await screenshot(stranger.page, test.info(), '01-key-does-not-match')
  await expectAccessible(stranger.page, 'key does not match')
  expect(strangerErrors).toEqual([])
  expect(coordinatorErrors).toEqual([])
  expect(helperErrors).toEqual([])
  await Promise.all([helper.context.close(), hostile.context.close(), stranger.context.close()])
})

/** The keys this browser holds for a document (device database `circles`), read straight from IndexedDB. */
async function heldKeys(page: Page, docId: string): Promise<{ key?: string; nextKey?: string | null; previousKey?: string | null }> {
  return page.evaluate((id) => new Promise((resolve, reject) => {
    const request = indexedDB.open('kith-device')
    request.onsuccess = () => {
      const get = request.result.transaction('circles').objectStore('circles').get(id)
      get.onsuccess = () => {
        request.result.close()
        resolve(get.result ?? {})
      }
      get.onerror = () => reject(get.error)
    }
    request.onerror = () => reject(request.error)
  }), docId)
}

test('the invitation’s key is replaced after joining: the link in the browser’s history opens no room', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const coordinatorErrors = await watchPageErrors(page)
  const link = await circleWithOneWalker(page, names)
  const [, docId, keyWithCheck] = /#\/join\/helper\/([^/]+)\/([^/]+)\//.exec(link)!
  const invitationKey = keyWithCheck.slice(0, 43)

  const helper = await phone(browser)
  const helperErrors = await watchPageErrors(helper.page)
  await helper.page.goto(link)
  await expect(helper.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })

  // Once the coordinator heard from the phone, a fresh key replaces the invitation's, on both
  // sides, and the phone keeps nothing of the old one.
  await expect.poll(async () => (await heldKeys(helper.page, docId)).key, { timeout: 60_000 }).not.toBe(invitationKey)
  await expect.poll(async () => heldKeys(helper.page, docId), { timeout: 60_000 }).toMatchObject({ nextKey: null, previousKey: null })
  expect(await storedText(helper.page)).not.toContain(invitationKey)

  // Sync goes on under the new key.
  await renameWalk(page, names.walk, `Evening ${names.walk}`)
  await expect(helper.page.getByRole('main')).toContainText(`Evening ${names.walk}`, { timeout: 30_000 })

  // Someone who finds the invitation in the browser's history sees what it carried that day, and nothing since.
  const finder = await phone(browser)
  const finderErrors = await watchPageErrors(finder.page)
  await finder.page.goto(link)
  await expect(finder.page.getByRole('main')).toContainText(names.walk, { timeout: 30_000 })
  await renameWalk(page, `Evening ${names.walk}`, `Late ${names.walk}`)
  await expect(helper.page.getByRole('main')).toContainText(`Late ${names.walk}`, { timeout: 30_000 })
  await finder.page.waitForTimeout(8000)
  await expect(finder.page.getByRole('main')).not.toContainText(`Evening ${names.walk}`)
  await expect(finder.page.getByRole('main')).not.toContainText(`Late ${names.walk}`)
  expect(finderErrors).toEqual([])
  expect(helperErrors).toEqual([])
  expect(coordinatorErrors).toEqual([])
  await Promise.all([helper.context.close(), finder.context.close()])
})

async function renameWalk(page: Page, from: string, to: string) {
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(from) }).first().click()
  await page.getByLabel('What is needed').fill(to)
  await page.getByRole('button', { name: 'Save need' }).click()
}
