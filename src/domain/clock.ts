import type { Instant } from './model'

/**
 * Clocks that disagree. Every entry a phone writes carries that phone's time, and the
 * coordinator's device notes its own time when the entry arrives. Nothing can arrive before it
 * was written, so an entry dated after its arrival shows that the two clocks differ by at least
 * that much. An entry this device wrote itself, dated after its clock's "now", shows its clock
 * was ahead then (or is behind now). Small differences are normal and ignored; the map's order
 * of events never depends on any of this.
 */
export interface ClockSighting {
  /** Whose clock wrote the entry: a helper's id, 'recipient', or null for this device. */
  who: string | null
  writtenAt: Instant
  /** This device's time when it saw the entry (for its own entries: now). */
  seenAt: Instant
}

export interface ClockDisagreement {
  who: string | null
  /** How far ahead the writer's clock was of this one's, at least. */
  aheadMs: number
}

export const CLOCK_TOLERANCE_MS = 15 * 60_000
/** Only what arrived lately speaks for the clocks as they are now. */
export const CLOCK_RECENT_MS = 7 * 24 * 60 * 60_000

/** The largest disagreement beyond the tolerance among recent sightings, or null. */
export function clockDisagreement(sightings: readonly ClockSighting[], now: Instant, tolerance = CLOCK_TOLERANCE_MS): ClockDisagreement | null {
  let worst: ClockDisagreement | null = null
  for (const { who, writtenAt, seenAt } of sightings) {
    if (now - seenAt > CLOCK_RECENT_MS) continue
    const aheadMs = writtenAt - seenAt
    if (aheadMs > tolerance && (!worst || aheadMs > worst.aheadMs)) worst = { who, aheadMs }
  }
  return worst
}
