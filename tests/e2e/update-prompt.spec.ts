import { spawn } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './global-setup'
import { expect, screenshot, test } from './support'

/**
 * A new version must never reload the page on its own: the person is asked, and what they
 * were typing stays until they say yes. The test serves its own copy of the build so that
 * it can publish a "new version" (a changed service worker) mid-test.
 */
test('a new version waits for the person, and a half-filled form is kept', async ({ page }) => {
  const root = mkdtempSync(join(tmpdir(), 'kith-update-'))
  cpSync('dist', root, { recursive: true })
  const port = await freePort()
  const server = spawn('npx', ['vite', 'preview', '--outDir', root, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
  try {
    const url = `http://127.0.0.1:${port}/`
    await expect.poll(() => fetch(url).then((r) => r.ok, () => false), { timeout: 20_000 }).toBe(true)
    await page.goto(url)
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true))
    await page.goto(`${url}#/new`)
    await page.getByLabel('Their first name').fill('Robin')

    appendFileSync(join(root, 'sw.js'), '\n// a new version\n')
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Kith is ready.' })
    await expect(prompt).toBeVisible({ timeout: 20_000 })
    await expect(page.getByLabel('Their first name')).toHaveValue('Robin')
    await screenshot(page, test.info(), '01-update-prompt')

    await prompt.getByRole('button', { name: 'Later' }).click()
    await expect(prompt).toBeHidden()
    await expect(page.getByLabel('Their first name')).toHaveValue('Robin')
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM')
    } catch {
      server.kill('SIGTERM')
    }
    rmSync(root, { recursive: true, force: true })
  }
})
