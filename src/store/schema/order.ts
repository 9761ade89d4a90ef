import { z } from 'zod/mini'
import * as Y from 'yjs'
import { META } from './meta'
import { lazySchema } from './primitives'

/**
 * The map's own order of events. Activity entries and check-ins carry `seq`, taken from a
 * counter in `meta` as they are written, so "the latest check-in" and "changes since the last
 * check-in" follow the order things happened in this map, whatever a device's clock said at
 * the time. Entries written before the counter existed read as 0 and keep their clock order
 * among themselves; two devices writing at once may share a number, and then the clock decides.
 */
const EVENT_SEQ = 'eventSeq'

export const seqValidator = lazySchema(() => z._default(z.int().check(z.minimum(0)), 0))

export interface Ordered {
  seq: number
  at: number
}

/** The next number in the map's order; call inside the writing transaction. */
export function nextSeq(doc: Y.Doc): number {
  const meta = doc.getMap(META)
  const current = meta.get(EVENT_SEQ)
  const next = (typeof current === 'number' && Number.isInteger(current) && current >= 0 ? current : 0) + 1
  meta.set(EVENT_SEQ, next)
  return next
}

/** Negative when `a` happened before `b` in the map's order. */
export function compareOrder(a: Ordered, b: Ordered): number {
  return a.seq - b.seq || a.at - b.at
}
