import type { FoldReport } from '../store'

/**
 * The running sync of each circle this page coordinates (coordinatorSync.ts) and what its last
 * fold could not take in. The sync starts once the first screen is painted, so a screen that
 * shows fold reports has always mounted before it: subscribing here reaches the sync whenever
 * it starts (and reports from then on), with no polling and without loading the sync itself.
 */
export interface CircleSync {
  /** What the last fold rejected or skipped, by source (helper id or 'recipient'). */
  reports(): FoldReport[]
  subscribe(listener: () => void): () => void
}

const running = new Map<string, CircleSync>()
/** Listeners of circles whose sync has not started yet on this page. */
const waiting = new Map<string, Set<() => void>>()

/** The running sync of a circle, if this page started one. */
export function circleSyncOf(mapDocId: string): CircleSync | undefined {
  return running.get(mapDocId)
}

export function registerCircleSync(mapDocId: string, sync: CircleSync): void {
  running.set(mapDocId, sync)
  const started = waiting.get(mapDocId)
  waiting.delete(mapDocId)
  for (const listener of started ?? []) listener()
}

export function unregisterCircleSync(mapDocId: string): void {
  running.delete(mapDocId)
}

/** Calls `listener` when the circle's reports change, and once when its sync starts, if it has not yet. */
export function subscribeCircleSync(mapDocId: string, listener: () => void): () => void {
  const sync = running.get(mapDocId)
  if (sync) return sync.subscribe(listener)
  let stop: (() => void) | null = null
  const started = () => {
    stop = running.get(mapDocId)?.subscribe(listener) ?? null
    listener()
  }
  const listeners = waiting.get(mapDocId) ?? new Set()
  waiting.set(mapDocId, listeners.add(started))
  return () => {
    listeners.delete(started)
    if (listeners.size === 0 && waiting.get(mapDocId) === listeners) waiting.delete(mapDocId)
    stop?.()
  }
}

/** A circle sync's fold reports: the sync publishes each fold's, listeners hear of them. */
export function foldReportBoard(): CircleSync & { publish(reports: FoldReport[]): void } {
  const listeners = new Set<() => void>()
  let reports: FoldReport[] = []
  return {
    reports: () => reports,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    publish(next) {
      reports = next
      for (const listener of [...listeners]) listener()
    },
  }
}
