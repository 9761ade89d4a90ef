import { describe, expect, it } from 'vitest'
import { slicer, whenPageIdle, yieldToPage } from '../../../src/sync/slices'

describe('long work in slices', () => {
  it('keeps the task while the slice is within its budget', async () => {
    let timerRan = false
    setTimeout(() => { timerRan = true }, 0)
    const { slice } = slicer(10_000)
    for (let i = 0; i < 100; i++) await slice()
    // Only microtasks ran: a timer cannot run until the task is given up.
    expect(timerRan).toBe(false)
  })

  it('gives the task up once the budget is spent, and starts a new slice after', async () => {
    const { slice } = slicer(5)
    const start = performance.now()
    while (performance.now() - start < 10) { /* a slice's work */ }
    let resumedInSameTask = true
    const pending = slice().then(() => { resumedInSameTask = false })
    await Promise.resolve()
    await Promise.resolve()
    // Still waiting for the next task: microtasks alone do not finish it.
    expect(resumedInSameTask).toBe(true)
    await pending
    expect(resumedInSameTask).toBe(false)
    // A fresh slice: no yield right after.
    let timerRan = false
    setTimeout(() => { timerRan = true }, 0)
    await slice()
    expect(timerRan).toBe(false)
  })

  it('yields through a message where the browser has no scheduler.yield', async () => {
    await expect(yieldToPage()).resolves.toBeUndefined()
  })

  it('waits for the page to be idle in a later task, not in the current one', async () => {
    let idle = false
    const waiting = whenPageIdle(50).then(() => { idle = true })
    await Promise.resolve()
    expect(idle).toBe(false)
    await waiting
    expect(idle).toBe(true)
  })
})
