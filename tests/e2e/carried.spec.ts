import type { BrowserContext, Page } from '@playwright/test'
import { addNeed } from './maria'
import { circleWithOneWalker, liveSyncOff, nextTimeAfterToday, phone, testNames } from './people'
import { expect, expectAccessible, expectNoHorizontalOverflow, screenshot, test } from './support'

/**
 * Issue 10: phones that are never online together. Every device here has live sync switched
 * off in its Settings, so no signaling server is ever contacted (checked: no WebSocket opens);
 * everything travels in update links, opened in separate browser contexts, the helper's
 * phone offline throughout.
 */
async function check(page: Page, name: string) {
  await screenshot(page, test.info(), name)
  await expectAccessible(page, name)
  await expectNoHorizontalOverflow(page, name)
}

function watchSockets(page: Page, sockets: string[]): void {
  page.on('websocket', (socket) => sockets.push(socket.url()))
}

async function offlinePhone(context: BrowserContext, page: Page): Promise<void> {
  await liveSyncOff(page)
  await context.setOffline(true)
}

test('the whole loop with no server: plan → invitation link → helper’s tasks offline → report → link back → coordinator’s Today', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const sockets: string[] = []
  watchSockets(page, sockets)
  await liveSyncOff(page)

  // The coordinator plans a daily walk for one helper.
  const invite = await circleWithOneWalker(page, names)
  expect(invite.split('/#/join/helper/')[1].split('/')).toHaveLength(3)

  // The helper's phone: offline, no server, opens the invitation and sees their tasks at once.
  const helper = await phone(browser)
  watchSockets(helper.page, sockets)
  await offlinePhone(helper.context, helper.page)
  await helper.page.goto(invite)
  await expect(helper.page.getByRole('banner')).toContainText(`Helping ${names.recipient}`)
  const walks = helper.page.getByRole('article', { name: new RegExp(names.walk) })
  await expect(walks.first()).toBeVisible()
  expect(helper.page.url()).not.toContain('/join/')
  await check(helper.page, '01-helper-offline-tasks')

  // A second device of the helper joined with the same invitation, before anything else changed.
  const tablet = await phone(browser)
  watchSockets(tablet.page, sockets)
  await offlinePhone(tablet.context, tablet.page)
  await tablet.page.goto(invite)
  await expect(tablet.page.getByRole('article', { name: new RegExp(names.walk) }).first()).toBeVisible()

  // The helper reports: done today, can't make tomorrow. Their phone offers to send it, urgent first.
  await walks.first().getByRole('button', { name: 'Done' }).click()
  await (await nextTimeAfterToday(helper.page, new RegExp(names.walk))).getByRole('button', { name: 'Can’t make it' }).click()
  await helper.page.getByLabel(/A note for Jordan/).fill('Dentist, sorry')
  await helper.page.getByRole('button', { name: 'Send', exact: true }).click()
  const sendBack = helper.page.getByRole('region', { name: 'Send to Jordan' })
  await expect(sendBack).toContainText('Jordan hasn’t got 1 “can’t make it” and 1 task done yet')
  await expect(sendBack).toContainText('Please send this to Jordan soon')
  await check(helper.page, '02-helper-send-to-coordinator')
  const reply = await sendBack.getByLabel('Update link for Jordan').inputValue()
  expect(reply).toMatch(/#\/u\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]+$/)
  expect(reply.length).toBeLessThan(1500)

  // The coordinator opens it: folded like anything from WebRTC, Today shows both.
  await page.goto(reply)
  await expect(page.getByText(`${names.helperA}’s update is in.`)).toBeVisible()
  await expect(page).toHaveURL(/#\/c\/[^/]+\/today$/)
  await expect(page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Done')
  await check(page, '03-coordinator-today-updated')
  await page.getByRole('button', { name: 'Next day' }).click()
  const tomorrow = page.getByRole('article', { name: new RegExp(names.walk) })
  await expect(tomorrow).toContainText('Needs someone')
  // The wider circle can be asked in a group chat, at the public level of words only.
  await tomorrow.getByRole('button', { name: 'Post an open call' }).click()
  const ask = await tomorrow.getByRole('region', { name: 'Ask your group chat' }).getByLabel('Message to share').inputValue()
  expect(ask).toMatch(new RegExp(`^Could anyone help with “${names.walk}” on .+\\? Reply to Jordan\\.$`))
  for (const name of [names.helperA, names.recipient, 'Dentist']) expect(ask).not.toContain(name)
  await check(page, '03b-coordinator-ask-group-chat')
  // The same link again changes nothing.
  await page.goto(reply)
  await expect(page.getByText('This update was already on this phone. Nothing changed.')).toBeVisible()

  // The coordinator adds a call for the helper; the send screen says what is waiting for whom.
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await addNeed(page, { title: names.call, kind: 'call', priority: 'Medium', repeat: 'daily', anyTime: true, safety: 'No' })
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${names.helperA}`) }).click()
  await page.getByRole('checkbox', { name: 'Phone call' }).check()
  await page.getByRole('button', { name: 'Save helper' }).click()
  await page.getByRole('link', { name: 'Assign' }).click()
  await page.getByRole('button', { name: /^Accept/ }).first().click()
  await page.getByRole('link', { name: 'Send everyone their updates' }).click()
  const forHelper = page.getByRole('listitem', { name: names.helperA })
  await expect(forHelper).toContainText(new RegExp(`${names.helperA} has \\d+ new tasks`))
  await check(page, '04-coordinator-send-updates')
  const update = await forHelper.getByLabel(`Update link for ${names.helperA}`).inputValue()

  // The helper's phone opens it: the new call is on screen, and nothing more needs sending.
  await helper.page.goto(update)
  await expect(helper.page.getByText('Your circle is up to date with this update.')).toBeVisible()
  await expect(helper.page.getByRole('article', { name: new RegExp(names.call) }).first()).toBeVisible()
  await expect(helper.page.getByRole('region', { name: 'Send to Jordan' })).toHaveCount(0)
  await check(helper.page, '05-helper-new-tasks')

  // Damaged links get a kind sentence and change nothing.
  await helper.page.goto(update.slice(0, -30))
  await expect(helper.page.getByRole('heading', { name: 'This update link doesn’t work' })).toBeVisible()
  await expect(helper.page.getByRole('alert')).toContainText('cut short')
  await check(helper.page, '06-damaged-link')
  const payloadStart = update.lastIndexOf('/') + 5
  const flipped = update.slice(0, payloadStart) + (update[payloadStart] === 'A' ? 'B' : 'A') + update.slice(payloadStart + 1)
  await helper.page.goto(flipped)
  await expect(helper.page.getByRole('alert')).toContainText(/another key|changed on the way/)
  const stranger = await phone(browser)
  watchSockets(stranger.page, sockets)
  await stranger.page.goto(update)
  await expect(stranger.page.getByRole('alert')).toContainText('isn’t on this phone')

  // The tablet gets the same update as a .kith file (it never had the phone's reports: no matter).
  await tablet.page.goto('/#/') // the list: the bare start address opens the circle last used
  const [download] = await Promise.all([page.waitForEvent('download'), forHelper.getByRole('button', { name: 'Save as a file' }).click()])
  expect(download.suggestedFilename()).toBe(`Kith update for ${names.helperA}.kith`)
  await tablet.page.getByLabel('Open a .kith file').setInputFiles(await download.path())
  await expect(tablet.page.getByText('Your circle is up to date with this update.')).toBeVisible()
  await expect(tablet.page.getByRole('article', { name: new RegExp(names.call) }).first()).toBeVisible()

  expect(sockets).toEqual([])
  await Promise.all([helper.context.close(), tablet.context.close(), stranger.context.close()])
})
