import { freePort } from './global-setup'
import { liveSyncOff, phone, testNames, walkCircleWithInvites } from './people'
import { checkScreen, expect, test } from './support'

/**
 * A helper's phone that cannot sync live says so in one quiet line (src/ui/shared/NotLiveLine.tsx),
 * after NOT_LIVE_AFTER_MS (8 s) without another device: the phones' clocks jump those 8 s once
 * their circle is open (Playwright's clock; everything else runs in real time), and the line
 * shows within 20 s of that, allowing for a loaded machine. Real signaling (the e2e setup's
 * server) and real WebRTC between browser contexts.
 */
const WITHIN_MS = 20_000
/** src/ui/hooks/useNotLive.ts */
const NOT_LIVE_AFTER_MS = 8000
const notLive = 'Not connected live right now — what you do is kept on this phone and goes out when you’re connected, or by link.'

test('a helper’s or the person’s phone that cannot connect live says so, and stops once a coordinator’s device is there', async ({ browser, page }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const { helper: link, recipient: recipientLink } = await walkCircleWithInvites(page, names)
  const circleUrl = page.url()
  // The coordinator's device leaves: nobody is in the helper's room now.
  await page.goto('about:blank')

  // One phone whose signaling server is a closed port.
  const unreachable = await phone(browser)
  await unreachable.context.clock.install()
  await unreachable.page.goto('/')
  await unreachable.page.getByRole('link', { name: 'Settings on this device' }).click()
  await unreachable.page.getByLabel('Your own list of servers').fill(`ws://127.0.0.1:${await freePort()}`)
  const signaling = unreachable.page.getByRole('region', { name: 'Connecting phones' })
  await signaling.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(signaling.getByText('In use now (your own list)')).toBeVisible()
  // The three phones open at once, so their 8 s without another device pass together.
  await unreachable.page.goto(link)
  // One phone with a working signaling server and nobody else in the room.
  const alone = await phone(browser)
  await alone.context.clock.install()
  await alone.page.goto(link)
  // The person's phone says the same.
  const person = await phone(browser)
  await person.context.clock.install()
  await person.page.goto(recipientLink)

  // Once each phone shows its circle, its 8 s without another device pass at once.
  await expect(unreachable.page.getByRole('article', { name: new RegExp(names.walk) }).first()).toBeVisible({ timeout: 30_000 })
  await expect(alone.page.getByRole('article', { name: new RegExp(names.walk) }).first()).toBeVisible({ timeout: 30_000 })
  await expect(person.page.getByRole('button', { name: 'Please stop / I need some quiet' })).toBeVisible({ timeout: 30_000 })
  await Promise.all([unreachable, alone, person].map(({ context }) => context.clock.fastForward(NOT_LIVE_AFTER_MS)))
  await expect(unreachable.page.getByRole('status').filter({ hasText: notLive })).toBeVisible({ timeout: WITHIN_MS })
  await checkScreen(unreachable.page, '01-helper-signaling-unreachable')
  // As at 200% zoom (a 375 px phone is a 187 px page), in dark mode.
  await unreachable.page.setViewportSize({ width: 187, height: 406 })
  await unreachable.page.emulateMedia({ colorScheme: 'dark' })
  await checkScreen(unreachable.page, '01b-helper-signaling-unreachable-zoom-dark')

  const aloneLine = alone.page.getByRole('status').filter({ hasText: notLive })
  await expect(aloneLine).toBeVisible({ timeout: WITHIN_MS })

  // What a phone did waits for whichever phone must connect: this one, while it reaches no
  // signaling server or is offline; the coordinator's, while this one is connected and theirs is not.
  const waitsForThisPhone = 'Will go to Jordan once this phone is connected again'
  const waitsForTheirs = 'Will reach Jordan when their phone is online'
  await unreachable.page.setViewportSize({ width: 375, height: 812 })
  await unreachable.page.emulateMedia({ colorScheme: 'light' })
  await unreachable.page.getByRole('article', { name: new RegExp(names.walk) }).first().getByRole('button', { name: 'Done' }).click()
  await expect(unreachable.page.getByText(waitsForThisPhone)).toBeVisible()
  await expect(unreachable.page.getByText(waitsForTheirs)).toHaveCount(0)
  await checkScreen(unreachable.page, '01c-helper-done-waits-for-this-phone')
  await alone.page.getByRole('article', { name: new RegExp(names.walk) }).first().getByRole('button', { name: 'Done' }).click()
  await expect(alone.page.getByText(waitsForTheirs)).toBeVisible()
  await expect(alone.page.getByText(waitsForThisPhone)).toHaveCount(0)
  await alone.context.setOffline(true)
  await expect(alone.page.getByText(waitsForThisPhone)).toBeVisible()
  await expect(alone.page.getByText(waitsForTheirs)).toHaveCount(0)
  await alone.context.setOffline(false)
  await expect(alone.page.getByText(waitsForTheirs)).toBeVisible()
  const personLine = person.page.getByRole('status').filter({ hasText: notLive })
  await expect(personLine).toBeVisible({ timeout: WITHIN_MS })
  await checkScreen(person.page, '02-person-alone')

  // The coordinator's device opens the circle again: the line goes once it is connected.
  await page.goto(circleUrl)
  await expect(page.getByRole('link', { name: 'Map' })).toBeVisible()
  await expect(aloneLine).toBeHidden({ timeout: 30_000 })
  await expect(personLine).toBeHidden({ timeout: 30_000 })
  await checkScreen(alone.page, '03-helper-connected')
  // The phone that cannot reach its signaling server still says so.
  await expect(unreachable.page.getByRole('status').filter({ hasText: notLive })).toBeVisible()

  // Live sync switched off on a phone: it says that instead, at once.
  const off = await phone(browser)
  await liveSyncOff(off.page)
  await off.page.goto(link)
  await expect(off.page.getByRole('status').filter({ hasText: 'Live sync is off on this phone' })).toBeVisible({ timeout: 30_000 })
  await expect(off.page.getByText(notLive)).toHaveCount(0)
  for (const { context } of [unreachable, alone, person, off]) await context.close()
})
