import { addHelper } from './maria'
import { expect, screenshot, test } from './support'

/** Every circle plans in a Web Worker, whatever its size, and questions about the plan go to a second one, so no screen freezes. */
test('planning runs in a Web Worker and the screens wait for it without freezing', async ({ page }) => {
  await page.goto('/')
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.getByRole('button', { name: /Maria, away/ }).click()
  await page.getByRole('link', { name: 'Map' }).click()
  await addHelper(page, { name: 'Tam', relation: 'neighbour', kinds: ['Dog walk'], windows: [{ days: 'all', from: '06:00', until: '21:00' }], limit: 7 })
  await page.getByRole('link', { name: 'Coverage' }).click()
  await expect(page.getByRole('region', { name: 'Gaps' })).toBeVisible()
  // Coverage's week and gaps are worked out in the second worker, which asks about the plan.
  expect(workers.some((url) => /planQuestion\.worker/.test(url))).toBe(true)
  await page.getByRole('link', { name: 'Assign' }).click()
  await expect(page.getByRole('list', { name: 'Proposals' })).toContainText('Tam')
  expect(workers.some((url) => /plan\.worker/.test(url))).toBe(true)
  // The page stayed responsive: a button answers at once.
  await page.getByRole('button', { name: 'Crisis help' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await screenshot(page, test.info(), '01-planned-in-worker')
})
