import { currentLocale } from '../i18n'

/**
 * Loads ICU's date data in a worker, once per page. The page's first Intl.DateTimeFormat cost
 * 50–70 ms of CPU on this machine (whatever its options; later ones well under 1 ms), a blocking
 * task on Assign and on a helper's tasks. That data is shared by every thread of the process: with
 * a worker's formatter done first, the page’s first one took 1–12 ms (Chromium 156, under load).
 * Call it as early as possible; it does nothing where workers are missing.
 */
let started = false

export function warmDateFormatting(locale = currentLocale().tag): void {
  if (started || typeof Worker === 'undefined') return
  started = true
  try {
    const worker = new Worker(new URL('./workers/warmDates.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = worker.onerror = () => worker.terminate()
    worker.postMessage(locale)
  } catch {
    // A page without workers formats as before: the first formatter pays.
  }
}
