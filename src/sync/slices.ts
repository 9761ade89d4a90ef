/**
 * Long work on the page's main thread, cut into slices: `slice()` lets the page answer a tap
 * (and paint) once the current slice has run for `budgetMs`. A task over 50 ms is what a phone
 * feels as a stuck screen (Lighthouse counts it as blocking).
 *
 * Yields with `scheduler.yield()` where the browser has it, else a MessageChannel message: not a
 * timer, which a background tab delays to once a second.
 */
type YieldingScheduler = { yield?: () => Promise<void> }

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Resolves when the page is next idle (at most `timeoutMs` later): for work that must start soon
 * but not in the way of the screen being drawn, such as a circle's sync after its first screen.
 */
export function whenPageIdle(timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs })
    else setTimeout(resolve, 0)
  })
}

/**
 * 10 ms by default: Lighthouse's mobile run slows the CPU four times, so a slice of this machine's
 * 20 ms counted as an 80 ms task there, 30 ms of it blocking.
 */
export function slicer(budgetMs = 10): { slice: () => Promise<void> } {
  let started = performance.now()
  return {
    async slice() {
      if (performance.now() - started < budgetMs) return
      await yieldToPage()
      started = performance.now()
    },
  }
}
