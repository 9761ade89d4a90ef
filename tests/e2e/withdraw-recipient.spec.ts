import type { Browser, Page } from '@playwright/test'
import { expectDocumentForgotten as expectForgotten, inviteDocId as docIdOf, liveSyncOff, phone, storedText, testNames, walkCircleWithInvites, inviteLinkFrom } from './people'
import { databaseNames } from './storage'
import { checkScreen, expect, test } from './support'

/**
 * "Nothing withdrawn left on a phone", for the person supported: the coordinator stops sharing
 * with their phone (Circle settings → "Stop sharing with this phone", asked once). Their document
 * is emptied and marked revoked; the phone, live or when it next connects, or by an update link,
 * deletes its database and its painted copy and says so kindly; the coordinator can invite them
 * again on a new document. Two browser contexts are two phones, over the real signaling server.
 */
type Setup = { names: ReturnType<typeof testNames>; invite: string; docId: string; r: Awaited<ReturnType<typeof phone>> }

/** A circle with the recipient invited, their phone as a second browser context, closed afterwards. */
async function withRecipientPhone(browser: Browser, page: Page, run: (setup: Setup) => Promise<void>) {
  test.setTimeout(240_000)
  const names = testNames()
  const { recipient: invite } = await walkCircleWithInvites(page, names)
  const r = await phone(browser)
  try {
    await run({ names, invite, docId: docIdOf(invite), r })
  } finally {
    await r.context.close()
  }
}

/** The recipient's Today is open, its button working. */
const todayOpen = (page: Page) => expect(page.getByRole('button', { name: 'Please stop / I need some quiet' })).toBeVisible({ timeout: 30_000 })

async function stopSharing(page: Page, name: string, screen = 'stop') {
  await page.getByRole('button', { name: 'Stop sharing with this phone' }).click()
  const ask = page.getByRole('group', { name: `Stop sharing with ${name}’s phone?` })
  await expect(ask).toContainText('forgets this circle')
  await checkScreen(page, `${screen}-asked`)
  await ask.getByRole('button', { name: 'Stop sharing', exact: true }).click()
  await expect(page.getByText(`Stopped sharing with ${name}’s phone`)).toBeVisible()
}

test('the coordinator stops sharing with the recipient’s phone: it forgets everything at once, and a new invitation works', async ({ browser, page }) => {
  await withRecipientPhone(browser, page, async ({ names, invite, docId, r }) => {
    await r.page.goto(invite)
    await todayOpen(r.page)
    // The painted copy is written with the document: it is there before, to be proven gone after.
    await expect.poll(() => r.page.evaluate((key) => localStorage.getItem(key), `kith.paint.${docId}`)).not.toBeNull()
    await page.getByRole('link', { name: 'Circle settings' }).click()
    await expect(page.getByTestId('sync-recipient')).toContainText('Everything has reached them', { timeout: 60_000 })

    // Asked once; "Keep sharing" changes nothing.
    await page.getByRole('button', { name: 'Stop sharing with this phone' }).click()
    await page.getByRole('button', { name: 'Keep sharing' }).click()
    // (The same document: its key may have been replaced since the phone was heard from.)
    await expect(page.getByLabel('Invitation link')).toHaveValue(new RegExp(`#/join/recipient/${docId}/`))
    await stopSharing(page, names.recipient, '01')

    await expect(r.page.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 60_000 })
    await checkScreen(r.page, '02-recipient-withdrawn')
    await expectForgotten(r.page, docId, [names.walk, names.recipient])
    await r.page.reload()
    await expect(r.page.getByText('This circle was closed on this phone by the coordinator')).toBeVisible()
    expect(await databaseNames(r.page)).not.toContain(`kith-doc-${docId}`)

    // A fresh invitation on a new document works, on the very same phone.
    await expect(page.getByText('Their invitation was withdrawn')).toBeVisible()
    const again = await inviteLinkFrom(page, 'Circle')
    expect(docIdOf(again)).not.toBe(docId)
    await checkScreen(page, '03-coordinator-invite-again')
    await r.page.goto(again)
    await todayOpen(r.page)
    await expect(page.getByTestId('sync-recipient')).toContainText(/Connected now|Last synced/, { timeout: 60_000 })
  })
})

test('a recipient’s phone that was away when sharing stopped forgets when it next connects; the coordinator sees it arrive', async ({ browser, page }) => {
  await withRecipientPhone(browser, page, async ({ names, invite, docId, r }) => {
    await r.page.goto(invite)
    await todayOpen(r.page)
    const address = r.page.url()
    await page.getByRole('link', { name: 'Circle settings' }).click()
    await expect(page.getByTestId('sync-recipient')).toContainText('Everything has reached them', { timeout: 60_000 })
    // The phone is put away (its page closed: no connection), then sharing stops.
    await r.page.close()
    await stopSharing(page, names.recipient, '01')
    const waiting = page.getByRole('region', { name: `Let ${names.recipient}’s phone know by a link` })
    await expect(waiting).toBeVisible({ timeout: 30_000 })
    await checkScreen(page, '02-coordinator-withdrawal-waiting')

    // Opened again: it shows what it stored, connects, hears of it and forgets.
    const back = await r.context.newPage()
    await back.goto(address)
    await expect(back.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 60_000 })
    await expectForgotten(back, docId, [names.walk, names.recipient])
    // The coordinator's device learns that the withdrawal arrived: nothing is left to send.
    await expect(waiting).toHaveCount(0, { timeout: 60_000 })
  })
})

test('an update link carries the withdrawal to a phone that syncs by links alone', async ({ browser, page }) => {
  await withRecipientPhone(browser, page, async ({ names, invite, docId, r }) => {
    await liveSyncOff(r.page)
    await r.page.goto(invite)
    await todayOpen(r.page)
    expect(await storedText(r.page)).toContain(names.recipient)
    await page.getByRole('link', { name: 'Circle settings' }).click()
    await stopSharing(page, names.recipient, '01')
    const waiting = page.getByRole('region', { name: `Let ${names.recipient}’s phone know by a link` })
    const link = await waiting.getByLabel(`Update link for ${names.recipient}`).inputValue()
    expect(link).toMatch(new RegExp(`#/u/${docId}/`))

    await r.page.goto(link)
    await expect(r.page.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 30_000 })
    await checkScreen(r.page, '02-recipient-withdrawn-by-link')
    await expectForgotten(r.page, docId, [names.walk, names.recipient])
  })
})

test('once the support has ended, Reassess → End offers to stop sharing with the recipient’s phone', async ({ browser, page }) => {
  await withRecipientPhone(browser, page, async ({ names, invite, docId, r }) => {
    await r.page.goto(invite)
    await todayOpen(r.page)
    await page.getByRole('link', { name: 'Reassess' }).click()
    await page.getByRole('navigation', { name: 'Reassess' }).getByRole('link', { name: 'End' }).click()
    page.once('dialog', (dialog) => dialog.accept())
    await page.getByRole('button', { name: 'End the support' }).click()
    await expect(page.getByRole('heading', { name: 'Support has ended' })).toBeVisible()
    await stopSharing(page, names.recipient, '01-ended')
    await expect(r.page.getByText('This phone no longer keeps any of it')).toBeVisible({ timeout: 60_000 })
    await expectForgotten(r.page, docId, [names.walk, names.recipient])
    await checkScreen(page, '02-ended-after')
  })
})
