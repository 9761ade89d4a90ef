import type { Browser } from '@playwright/test'
import { testNames, walkCircleWithInvites } from './people'
import { checkScreen as check, expect, test } from './support'

/**
 * Issue 14, item 3: a phone whose language is Spanish shows the helper's tasks and the
 * recipient's screens in Spanish, with `lang="es"` and dates in Spanish, while the coordinator's
 * phone (English) made the circle: words travel as data and are rendered on the reader's phone.
 * Spanish runs longer than English: every screen is checked at 375 px for nothing cut off.
 */
const spanishPhone = async (browser: Browser) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, baseURL: process.env.KITH_BASE_URL, hasTouch: true, locale: 'es-ES' })
  return { context, page: await context.newPage() }
}
const SPANISH_DAY = /\b(lun|mar|mié|jue|vie|sáb|dom)\b[^\n]*\b(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b/

test('a Spanish phone shows a helper’s tasks and the recipient’s screens in Spanish, lang="es", dates in Spanish', async ({ browser, page }) => {
  test.setTimeout(300_000)
  const names = testNames()
  const { helper: helperLink, recipient: recipientLink } = await walkCircleWithInvites(page, names)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')

  // The helper's phone, in Spanish: the invitation carries their tasks.
  const helper = await spanishPhone(browser)
  await helper.page.goto(helperLink)
  await expect(helper.page.getByRole('banner')).toContainText(`Ayudando a ${names.recipient}`, { timeout: 30_000 })
  await expect(helper.page.locator('html')).toHaveAttribute('lang', 'es')
  const tasks = helper.page.getByRole('main')
  await expect(tasks.getByRole('heading', { level: 1, name: 'Mis tareas' })).toBeVisible()
  await expect(tasks).toContainText('Tus tareas habituales')
  await expect(tasks).toContainText('todos los días, a cualquier hora, hasta el')
  await expect(tasks).toContainText(SPANISH_DAY)
  await expect(tasks.getByRole('button', { name: 'No puedo ir' }).first()).toBeVisible()
  await expect(tasks).not.toContainText(/\b(every|until|Today|My tasks|Can’t make it)\b/)
  await check(helper.page, '01-helper-tasks-es')

  // Their brief, written on the coordinator's English phone, reads in Spanish here.
  await helper.page.getByRole('link', { name: 'Información' }).click()
  const about = helper.page.getByRole('main')
  await expect(about).toContainText('Te encargarás de pasear al perro')
  await expect(about).toContainText('Si necesitas cambiar un día o no puedes ir, habla con Jordan')
  await check(helper.page, '02-helper-about-es')
  await helper.page.getByRole('link', { name: 'Mi oferta' }).click()
  await expect(helper.page.getByRole('heading', { level: 1, name: 'Mi oferta' })).toBeVisible()
  await check(helper.page, '03-helper-offer-es')

  // The same phone can choose English in Settings; it stays chosen on this device.
  await helper.page.goto('/#/settings')
  await helper.page.getByLabel('Idioma de Kith').selectOption('en')
  await expect(helper.page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(helper.page.getByLabel('Kith’s language')).toHaveValue('en')
  await helper.page.goBack()
  await helper.page.reload()
  await expect(helper.page.getByRole('heading', { level: 1 })).toHaveText(/My offer|My tasks|About/)
  await expect(helper.page.locator('html')).toHaveAttribute('lang', 'en')
  await helper.context.close()

  // The recipient's phone, in Spanish.
  const recipient = await spanishPhone(browser)
  await recipient.page.goto(recipientLink)
  await expect(recipient.page.getByRole('banner')).toContainText(`El círculo de ${names.recipient}`, { timeout: 30_000 })
  await expect(recipient.page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(recipient.page.getByRole('heading', { level: 1 })).toHaveText(/Hoy|Hoy está todo cubierto|Todavía se/)
  await expect(recipient.page.getByRole('main')).toContainText('Los próximos días')
  await check(recipient.page, '04-recipient-today-es')
  await recipient.page.getByRole('link', { name: 'Necesidades' }).click()
  const needs = recipient.page.getByRole('main')
  await expect(needs).toContainText(names.walk)
  await expect(needs).toContainText(/todos los días, .*a cualquier hora, hasta el \d+ de /)
  await expect(needs).toContainText('Prioridad alta')
  await check(recipient.page, '05-recipient-needs-es')
  await recipient.page.getByRole('link', { name: 'Revisiones' }).click()
  await expect(recipient.page.getByRole('heading', { level: 1, name: 'Revisiones' })).toBeVisible()
  await check(recipient.page, '06-recipient-check-ins-es')
  await recipient.context.close()
})
