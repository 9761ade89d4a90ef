import type { Page } from '@playwright/test'
import { expect } from './support'

/** Maria's circle, entered through the UI as a coordinator would (support-map-workflow). */

export async function startMariasCircle(page: Page): Promise<void> {
  await page.goto('/')
  await page.getByRole('link', { name: 'Start a circle' }).click()
  await page.getByLabel('Their first name').fill('Maria')
  await page.getByLabel('What helpers will be told').fill('Maria is away for two weeks for a family emergency and needs some help at home.')
  await page.getByText('2 weeks').click()
  await page.getByLabel('Your name').fill('Priya')
  await page.getByLabel('How helpers can reach you').fill('+1 555 0100')
  await page.getByLabel('Name', { exact: true }).fill('Crisis line')
  await page.getByLabel('Phone number or link').fill('988')
  await page.getByRole('button', { name: 'Start the circle' }).click()
  await expect(page.getByText('No needs yet')).toBeVisible()
}

interface NeedSpec {
  title: string
  kind: string
  priority: 'High' | 'Medium' | 'Low'
  repeat: 'once' | 'daily' | 'weekly' | 'every-n'
  from?: string
  until?: string
  anyTime?: boolean
  weekdays?: string[]
  interval?: string
  spanDays?: string
  minutes?: string
  remote?: boolean
  /** The answer to the safety question an emotional or medical need asks. */
  safety?: 'Yes, it could' | 'No'
}

export async function addNeed(page: Page, need: NeedSpec): Promise<void> {
  await page.getByRole('link', { name: 'Add a need' }).click()
  await page.getByLabel('What is needed').fill(need.title)
  await page.getByLabel('Kind of task').selectOption(need.kind)
  await page.getByRole('radio', { name: need.priority }).check()
  await page.getByLabel('How often').selectOption(need.repeat)
  if (need.interval) await page.getByLabel('Every how many days').fill(need.interval)
  if (need.spanDays) await page.getByLabel('Can be done over').selectOption(need.spanDays)
  for (const day of need.weekdays ?? []) await page.getByRole('checkbox', { name: day }).check()
  if (need.anyTime) await page.getByLabel('Any time of day').check()
  if (need.from) await page.getByLabel('From').fill(need.from)
  if (need.until) await page.getByLabel('Until').fill(need.until)
  if (need.minutes) await page.getByLabel('Takes about').selectOption(need.minutes)
  if (need.remote) await page.getByRole('radio', { name: 'Remote', exact: true }).check()
  if (need.safety) await page.getByRole('radio', { name: need.safety, exact: true }).check()
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(page.getByRole('link', { name: new RegExp(need.title) })).toBeVisible()
}

export async function assessMaria(page: Page): Promise<void> {
  await addNeed(page, { title: 'Walk Bruno in the morning', kind: 'dog-walk', priority: 'High', repeat: 'daily', from: '07:00', until: '09:00' })
  await addNeed(page, { title: 'Walk Bruno in the evening', kind: 'dog-walk', priority: 'High', repeat: 'daily', from: '18:00', until: '20:00' })
  await addNeed(page, { title: 'Water the plants', kind: 'plant-watering', priority: 'Medium', repeat: 'every-n', interval: '3', anyTime: true, minutes: '20' })
  await addNeed(page, { title: 'Cover the client report', kind: 'errand', priority: 'High', repeat: 'once', spanDays: '3', from: '09:00', until: '17:00', minutes: '180', remote: true })
  await addNeed(page, { title: 'Check the mail', kind: 'mail', priority: 'Low', repeat: 'weekly', weekdays: ['Monday', 'Wednesday', 'Friday'], anyTime: true, minutes: '15' })
  await addNeed(page, { title: 'Daily call to vent', kind: 'call', priority: 'High', repeat: 'daily', from: '19:00', until: '22:00', minutes: '10', safety: 'No' })
  await page.getByRole('link', { name: 'Boundaries' }).click()
  await page.getByLabel('Name', { exact: true }).fill('Marco')
  await page.getByLabel('Note (only you see this)').fill('Her estranged brother')
  await page.getByRole('button', { name: 'Add person' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: 'Marco' })).toBeVisible()
}

export interface HelperSpec {
  name: string
  relation: string
  kinds: string[]
  windows: Array<{ days: string; from: string; until: string }>
  limit: number
  remoteOnly?: boolean
}

export async function addHelper(page: Page, helper: HelperSpec): Promise<void> {
  await page.getByRole('link', { name: 'Add a helper' }).click()
  await page.getByLabel('Name', { exact: true }).fill(helper.name)
  await page.getByLabel('How to reach them').fill(`${helper.name.toLowerCase()}@example.org`)
  await page.getByLabel('Relation').fill(helper.relation)
  for (const kind of helper.kinds) await page.getByRole('checkbox', { name: kind, exact: true }).check()
  for (const [index, window] of helper.windows.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add a time' }).click()
    const row = page.getByRole('group', { name: `Time ${index + 1}` })
    await row.getByLabel('Days').selectOption(window.days)
    await row.getByLabel('From', { exact: true }).fill(window.from)
    await row.getByLabel('Until', { exact: true }).fill(window.until)
  }
  if (helper.remoteOnly) await page.getByRole('radio', { name: 'Remote only' }).check()
  await page.getByLabel('Tasks per week, at most').fill(String(helper.limit))
  await page.getByRole('button', { name: 'Save helper' }).click()
  await expect(page.getByRole('link', { name: new RegExp(`^${helper.name}`) })).toBeVisible()
}

/** Seven friends and two coworkers, as Priya's first round of asking found them. */
export const mariasHelpers: HelperSpec[] = [
  { name: 'Ana', relation: 'friend', kinds: ['Dog walk'], windows: [{ days: 'weekdays', from: '07:00', until: '09:00' }], limit: 5 },
  { name: 'Ben', relation: 'friend', kinds: ['Dog walk'], windows: [{ days: 'weekdays', from: '18:00', until: '20:00' }], limit: 5 },
  { name: 'Chloe', relation: 'coworker', kinds: ['Errand'], windows: [{ days: 'weekdays', from: '09:00', until: '17:00' }], limit: 1, remoteOnly: true },
  { name: 'Dev', relation: 'friend, lives nearby', kinds: ['Watering plants', 'Mail'], windows: [{ days: 'all', from: '08:00', until: '20:00' }], limit: 6 },
  { name: 'Eve', relation: 'friend', kinds: ['Phone call'], windows: [{ days: 'all', from: '18:00', until: '22:00' }], limit: 4, remoteOnly: true },
  { name: 'Finn', relation: 'coworker', kinds: ['Phone call'], windows: [{ days: 'all', from: '21:00', until: '22:00' }], limit: 3, remoteOnly: true },
  { name: 'Hana', relation: 'friend, lives far away', kinds: ['Phone call'], windows: [{ days: 'weekends', from: '10:00', until: '12:00' }], limit: 2, remoteOnly: true },
  // Her estranged brother offered too; the boundary means he is never planned.
  { name: 'Marco', relation: 'brother', kinds: ['Dog walk'], windows: [{ days: 'weekdays', from: '07:00', until: '20:00' }], limit: 5 },
  // The coordinator as everyone's backup: a limit of 0 means never first, always there to step in.
  { name: 'Priya', relation: 'coordinator', kinds: ['Dog walk', 'Phone call'], windows: [{ days: 'weekdays', from: '07:00', until: '22:00' }], limit: 0 },
]

export const neighbour: HelperSpec = {
  name: 'Nora', relation: 'neighbour', kinds: ['Dog walk'],
  windows: [{ days: 'weekends', from: '07:00', until: '09:00' }, { days: 'weekends', from: '18:00', until: '20:00' }], limit: 4,
}

/**
 * The Maria example with one helper who walks Bruno every day, the plan accepted, and the
 * helper's invitation link. Waits with `locator.waitFor` only, so the benches can use it too.
 */
export async function mariaExampleWithWalker(page: Page, options: { name?: string; base?: string } = {}): Promise<{ circleUrl: string; inviteLink: string }> {
  const { name = 'Tam', base = '' } = options
  await page.goto(`${base}/`)
  await page.getByRole('button', { name: /Maria, away/ }).click()
  await page.getByRole('link', { name: 'Map' }).click()
  await addHelper(page, { name, relation: 'neighbour', kinds: ['Dog walk'], windows: [{ days: 'all', from: '06:00', until: '21:00' }], limit: 14 })
  await page.getByRole('link', { name: 'Assign' }).click()
  await page.getByRole('button', { name: /^Accept all/ }).click()
  await page.getByText('No new proposals').waitFor()
  const circleUrl = page.url().replace(/\/assign$/, '')
  await page.getByRole('link', { name: 'Map' }).click()
  await page.getByRole('link', { name: new RegExp(`^${name}`) }).click()
  await page.getByRole('heading', { name: 'Helper and offer', exact: true }).waitFor()
  const create = page.getByRole('button', { name: 'Create an invitation link' })
  if (await create.isVisible()) await create.click()
  const input = page.getByLabel('Invitation link')
  await page.waitForFunction(() => (document.querySelector('input[readonly]') as HTMLInputElement | null)?.value.includes('#/join/'))
  return { circleUrl, inviteLink: await input.inputValue() }
}
