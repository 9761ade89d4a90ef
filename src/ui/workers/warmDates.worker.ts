/**
 * Formats one date and ends (see ui/warmDates.ts): ICU's date data, once loaded, serves every
 * thread of the page's process, so the page's own first formatter no longer pays for it.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<string>) => {
  try {
    new Intl.DateTimeFormat(event.data, { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' }).format(0)
  } finally {
    scope.postMessage(null)
    scope.close()
  }
}
