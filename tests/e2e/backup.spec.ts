import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { circleWithOneWalker, phone, testNames } from './people'
import { checkScreen, expect, test } from './support'

/**
 * Issue 15, backup: the coordinator's phone saves the whole circle as a file locked with a
 * passphrase; the phone is then lost, and a fresh phone brings the circle back from the file
 * and reconnects with the helper's phone over WebRTC. A wrong passphrase and a damaged file
 * say so and change nothing.
 */
const check = checkScreen

async function restore(page: Page, file: string, passphrase: string): Promise<void> {
  const region = page.getByRole('region', { name: 'Restore a circle from a backup' })
  await region.getByLabel('Backup file').setInputFiles(file)
  await region.getByLabel('Passphrase of the backup').fill(passphrase)
  await region.getByRole('button', { name: 'Restore' }).click()
}

test('save a backup, lose the phone, restore it on a fresh one: the circle and its helper come back; a wrong passphrase or damaged file changes nothing', async ({ browser }) => {
  test.setTimeout(240_000)
  const names = testNames()
  const passphrase = 'lantern orbit velvet cactus'
  const coordinator = await phone(browser)
  const page = coordinator.page
  const invite = await circleWithOneWalker(page, names, { coordinator: 'Jordan', limit: 14 })
  const helper = await phone(browser)
  await helper.page.goto(invite)
  const walks = helper.page.getByRole('article', { name: new RegExp(names.walk) })
  await expect(walks.first()).toBeVisible({ timeout: 30_000 })

  // The weekly check-in reminds the coordinator that there is no backup yet.
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('link', { name: 'Check-in' }).click()
  await expect(page.getByTestId('backup-reminder')).toContainText('There is no backup of this circle yet')
  await page.getByTestId('backup-reminder').getByRole('link', { name: 'Save a backup now' }).click()
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible()
  await expect(page.getByTestId('last-backup')).toHaveText('No backup from this phone yet.')

  // A strength hint as the passphrase is typed; too short or different twice is refused kindly.
  const field = page.getByLabel('Passphrase', { exact: true })
  await field.fill('bruno')
  await expect(page.getByTestId('passphrase-strength')).toHaveText('Too short: use at least 10 characters.')
  await field.fill('password123')
  await expect(page.getByTestId('passphrase-strength')).toHaveText('Easy to guess. Add a few more unusual words.')
  await field.fill(passphrase)
  await expect(page.getByTestId('passphrase-strength')).toHaveText('Strong.')
  await page.getByLabel('The same passphrase again').fill('lantern orbit velvet cactsu')
  await page.getByRole('button', { name: 'Save a backup' }).click()
  await expect(page.getByRole('alert')).toHaveText('The two passphrases are not the same.')
  await check(page, '01-backup-mismatch')
  await page.getByLabel('The same passphrase again').fill(passphrase)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup' }).click()])
  expect(download.suggestedFilename()).toMatch(/^kith-backup-\d{4}-\d{2}-\d{2}\.kithbackup$/)
  const file = test.info().outputPath('circle.kithbackup')
  await download.saveAs(file)
  await expect(page.getByText('Backup saved.')).toBeVisible()
  await expect(page.getByTestId('last-backup')).toContainText('Last backup from this phone:')
  await check(page, '02-backup-saved')
  const bytes = readFileSync(file)
  for (const secret of [names.recipient, names.helperA, names.walk, 'Jordan']) expect(bytes.toString('latin1')).not.toContain(secret)
  await page.getByRole('link', { name: 'Reassess' }).click()
  await page.getByRole('link', { name: 'Check-in' }).click()
  await expect(page.getByRole('heading', { name: 'Weekly check-in' })).toBeVisible()
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)

  // The phone is lost.
  await coordinator.context.close()

  // A fresh phone. A wrong passphrase and a damaged file: a clear message, nothing on the phone.
  const fresh = await phone(browser)
  await fresh.page.goto('/')
  await expect(fresh.page.getByRole('heading', { name: 'Organise care around someone' })).toBeVisible()
  await restore(fresh.page, file, 'lantern orbit velvet cactus!')
  await expect(fresh.page.getByRole('alert')).toContainText('That passphrase doesn’t open this backup')
  await check(fresh.page, '03-restore-wrong-passphrase')
  const damaged = test.info().outputPath('damaged.kithbackup')
  writeFileSync(damaged, bytes.subarray(0, bytes.byteLength - 200))
  await restore(fresh.page, damaged, passphrase)
  await expect(fresh.page.getByRole('alert')).toContainText('This backup file is damaged')
  const flipped = Buffer.from(bytes)
  flipped[flipped.byteLength - 40] ^= 0x55
  const changed = test.info().outputPath('changed.kithbackup')
  writeFileSync(changed, flipped)
  await restore(fresh.page, changed, passphrase)
  await expect(fresh.page.getByRole('alert')).toContainText('This backup file is damaged')
  const notBackup = test.info().outputPath('notes.txt')
  writeFileSync(notBackup, 'shopping list\n')
  await restore(fresh.page, notBackup, passphrase)
  await expect(fresh.page.getByRole('alert')).toContainText('isn’t a Kith backup')
  await fresh.page.reload()
  await expect(fresh.page.getByRole('heading', { name: 'Organise care around someone' })).toBeVisible()
  expect(await fresh.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('kith-doc-')))).toEqual([])

  // The right passphrase brings the whole circle back.
  await restore(fresh.page, file, passphrase)
  await expect(fresh.page.getByText(`${names.recipient}’s circle is back on this phone.`)).toBeVisible()
  await expect(fresh.page).toHaveURL(/#\/c\/[^/]+\/today$/)
  await expect(fresh.page.getByRole('article', { name: new RegExp(names.walk) })).toContainText(names.helperA)
  await check(fresh.page, '04-restored-today')

  // … and reconnects with the helper's phone: a report made now reaches the restored phone live.
  await walks.first().getByRole('button', { name: 'Done' }).click()
  await expect(walks.first()).toContainText('Sent to Jordan', { timeout: 30_000 })
  await expect(fresh.page.getByRole('article', { name: new RegExp(names.walk) })).toContainText('Done', { timeout: 30_000 })
  // The restored phone counts the backup it came from: no reminder on the check-in.
  await fresh.page.getByRole('link', { name: 'Check-in' }).click()
  await expect(fresh.page.getByRole('heading', { name: 'Weekly check-in' })).toBeVisible()
  await expect(fresh.page.getByTestId('backup-reminder')).toHaveCount(0)
  await Promise.all([helper.context.close(), fresh.context.close()])
})
