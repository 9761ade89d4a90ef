import { spawn } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { freePort } from './global-setup'
import { loadExample } from './storage'
import { expect, expectAccessible, screenshot, test } from './support'

/**
 * A new version must never cost typing: the person is asked, "Update now" waits while a form
 * in any tab holds unsaved text, and each tab moves to the new version only once its forms are
 * saved or empty. Forms keep a draft across a closed tab and ask before the page is left.
 * The update tests serve their own copy of the build so they can publish a "new version" (a
 * changed service worker) mid-test.
 */
async function withOwnCopy(run: (url: string, publish: () => void) => Promise<void>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'kith-update-'))
  cpSync('dist', root, { recursive: true })
  const port = await freePort()
  const server = spawn('npx', ['vite', 'preview', '--outDir', root, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
  try {
    const url = `http://127.0.0.1:${port}/`
    await expect.poll(() => fetch(url).then((r) => r.ok, () => false), { timeout: 20_000 }).toBe(true)
    await run(url, () => appendFileSync(join(root, 'sw.js'), `\n// a new version ${Date.now()}\n`))
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      server.kill('SIGTERM')
    }
    rmSync(root, { recursive: true, force: true })
  }
}

const lookForUpdate = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
/** Set before an update; gone once the page has reloaded. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { kithBeforeUpdate: true }))
const reloaded = (page: Page) => page.evaluate(() => !('kithBeforeUpdate' in window)).catch(() => false) // mid-reload: ask again

test('a new version waits for the person, and a half-filled form is kept', async ({ page }) => {
  await withOwnCopy(async (url, publish) => {
    await page.goto(url)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    // Opened again, as a person's next launch: the first visit's page is not controlled by the
    // service worker it installed (no clientsClaim), and an update found then was announced
    // only some of the time.
    await page.reload()
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await page.goto(`${url}#/new`)
    await page.getByLabel('Their first name').fill('Robin')

    publish()
    await lookForUpdate(page)
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Kith is ready.' })
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    await expect(page.getByLabel('Their first name')).toHaveValue('Robin')
    await screenshot(page, test.info(), '01-update-prompt')

    await prompt.getByRole('button', { name: 'Later' }).click()
    await expect(prompt).toBeHidden()
    await expect(page.getByLabel('Their first name')).toHaveValue('Robin')
  })
})

test('on the very first visit too, a new version is offered, and it waits for a half-filled form', async ({ page }) => {
  await withOwnCopy(async (url, publish) => {
    await page.goto(`${url}#/new`)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    // The first visit: the page is not controlled by the service worker it installed.
    expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true)
    await page.getByLabel('Their first name').fill('Robin')
    await mark(page)

    publish()
    await lookForUpdate(page)
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Kith is ready.' })
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    await screenshot(page, test.info(), '01-update-prompt-first-visit')

    // "Update now" waits while the form holds text: nothing reloads behind the person's back.
    await prompt.getByRole('button', { name: 'Update now' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Kith will update once the form on this page is saved or cleared' })).toBeVisible()
    await page.waitForTimeout(1500)
    expect(await reloaded(page)).toBe(false)
    await expect(page.getByLabel('Their first name')).toHaveValue('Robin')

    // Cleared: the new version takes over and the page opens in it, controlled from now on.
    await page.getByLabel('Their first name').fill('')
    await expect.poll(() => reloaded(page), { timeout: 20_000 }).toBe(true)
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await expect(page.getByLabel('Their first name')).toBeVisible()
  })
})

test('“Update now” waits for a half-filled form in another tab, then every tab moves to the new version with nothing lost', async ({ page, context }) => {
  await withOwnCopy(async (url, publish) => {
    await page.goto(url)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    await loadExample(page, /Maria, away/, url)
    await page.getByRole('link', { name: /Check the mail/ }).click()
    await page.getByLabel('What is needed').fill('Check the mail and the parcel box')
    const other = await context.newPage()
    // `#/`: the list of circles (the bare start address opens the circle last used).
    await other.goto(`${url}#/`)
    await expect(other.getByRole('link', { name: /^Maria/ })).toBeVisible()
    for (const tab of [page, other]) await mark(tab)

    publish()
    for (const tab of [page, other]) await lookForUpdate(tab)
    const prompt = other.getByRole('status').filter({ hasText: 'A new version of Kith is ready.' })
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    await prompt.getByRole('button', { name: 'Update now' }).click()
    const waiting = other.getByRole('status').filter({ hasText: 'A form in another Kith tab has text that isn’t saved yet.' })
    await expect(waiting).toBeVisible()
    await screenshot(other, test.info(), '01-waiting-for-another-tab')
    await expectAccessible(other, 'waiting for another tab')
    // It keeps waiting: neither tab reloads, the text stays.
    await other.waitForTimeout(1500)
    expect(await reloaded(other)).toBe(false)
    expect(await reloaded(page)).toBe(false)
    await expect(page.getByLabel('What is needed')).toHaveValue('Check the mail and the parcel box')

    // The form is saved: the update goes ahead, and both tabs move to the new version.
    await page.getByRole('button', { name: 'Save need' }).click()
    await expect.poll(() => reloaded(other), { timeout: 20_000 }).toBe(true)
    await expect.poll(() => reloaded(page), { timeout: 20_000 }).toBe(true)
    await expect(page.getByRole('link', { name: /Check the mail and the parcel box/ })).toBeVisible()
    await expect(other.getByRole('link', { name: /^Maria/ })).toBeVisible()
  })
})

test('a form keeps its draft across a closed tab and asks before the page is left', async ({ page, context }) => {
  await loadExample(page)
  await page.getByRole('link', { name: /Water the plants/ }).click()
  const formUrl = page.url()
  await page.getByLabel('What is needed').fill('Water the plants on the balcony')

  // Leaving with unsaved text asks first; staying keeps everything.
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => {
    resolve(dialog.type())
    void dialog.dismiss()
  }))
  await page.close({ runBeforeUnload: true })
  expect(await asked).toBe('beforeunload')
  await expect(page.getByLabel('What is needed')).toHaveValue('Water the plants on the balcony')
  await page.close()

  const again = await context.newPage()
  await again.goto(formUrl)
  await expect(again.getByLabel('What is needed')).toHaveValue('Water the plants on the balcony')
  await expect(again.getByRole('status').filter({ hasText: 'We kept what you were writing here.' })).toBeVisible()
  await screenshot(again, test.info(), '01-draft-kept')
  await expectAccessible(again, 'draft kept')
  await again.getByRole('button', { name: 'Start over' }).click()
  await expect(again.getByLabel('What is needed')).toHaveValue('Water the plants')
  await expect(again.getByText('We kept what you were writing here.')).toHaveCount(0)

  // A saved form leaves no draft behind.
  await again.getByLabel('What is needed').fill('Water the plants twice a week')
  await again.getByRole('button', { name: 'Save need' }).click()
  await expect(again.getByRole('link', { name: /twice a week/ })).toBeVisible()
  await again.goto(formUrl)
  await expect(again.getByLabel('What is needed')).toHaveValue('Water the plants twice a week')
  await expect(again.getByText('We kept what you were writing here.')).toHaveCount(0)
})

test('a draft brought back after a closed tab does not put back what was changed elsewhere since', async ({ page, context }) => {
  await loadExample(page)
  const boundariesUrl = page.url().replace(/\/needs$/, '/boundaries')
  await page.getByRole('link', { name: /Water the plants/ }).click()
  const formUrl = page.url()
  await page.getByLabel('What is needed').fill('Water the plants on the balcony')
  await page.close()

  // Later, on Boundaries, the details of that need are marked as shareable.
  const again = await context.newPage()
  await again.goto(boundariesUrl)
  const share = again.getByRole('checkbox', { name: /Water the plants/ })
  const sharedBefore = await share.isChecked()
  await share.setChecked(!sharedBefore)

  // The kept draft comes back, and saving it keeps that newer choice.
  await again.goto(formUrl)
  await expect(again.getByRole('status').filter({ hasText: 'We kept what you were writing here.' })).toBeVisible()
  await expect(again.getByLabel('What is needed')).toHaveValue('Water the plants on the balcony')
  await again.getByRole('button', { name: 'Save need' }).click()
  await expect(again.getByRole('link', { name: /on the balcony/ })).toBeVisible()
  await again.goto(boundariesUrl)
  await again.reload()
  await expect(again.getByRole('checkbox', { name: /Water the plants on the balcony/ })).toBeChecked({ checked: !sharedBefore })
})
