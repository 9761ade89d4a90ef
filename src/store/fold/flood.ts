import * as Y from 'yjs'

/**
 * A flood: far more writes from a person's phone than a person ever makes. The fold stops
 * reading that document (the map records when, on the document: schema/document.ts `floodAt`)
 * until the coordinator gives the person a fresh document (fold/fresh.ts).
 *
 * What is counted: values a peer wrote into the sections projection does not own (the
 * person's own sections, and any section Kith never writes), as they arrive on the coordinator's
 * device (live, by link or from another tab), by the coordinator's clock. Projected sections are
 * left out: another coordinator device's projection writes there too, and a change there is
 * tampering, put back and noted (fold/tampering.ts); if it grows the document, the size limit
 * (guard.ts) speaks.
 *
 * The thresholds, and why a real person never reaches them:
 * - A phone writes one value per tap (a report, a claim) or eight for an offer. The most it ever
 *   sends at once is a catch-up after weeks offline: a report on each task it can see (at most
 *   200, projection/helper.ts), its offer, a few claims: under 250 values. FLOOD_WRITES is twice
 *   that, within FLOOD_WINDOW_MS; a phone flipping statuses in a loop passes it in a second.
 * - One entry (a task's report, an answer) changed more than MAX_WRITES_PER_ENTRY times: a helper
 *   says "done", maybe changes their mind, adds a note; nobody changes one task's word twenty
 *   times. When a flooded document is replaced, such entries are the flood's and are dropped.
 */
export const FLOOD_WRITES = 500
export const FLOOD_WINDOW_MS = 10 * 60_000
export const MAX_WRITES_PER_ENTRY = 20

/** The top-level section an item belongs to (a value in a nested type counts for its section). */
function sectionOf(item: Y.Item): string | null {
  let parent = item.parent
  while (parent instanceof Y.AbstractType && parent._item) parent = parent._item.parent
  return parent instanceof Y.AbstractType ? Y.findRootTypeKey(parent) : null
}

/**
 * How many values others than this Y.Doc wrote, in a transaction, into sections not in
 * `projected`. Reads only the structs the transaction added, so its cost follows the update's size.
 */
export function peerWrites(doc: Y.Doc, transaction: Y.Transaction, projected: ReadonlySet<string>): number {
  let writes = 0
  transaction.afterState.forEach((after, client) => {
    const before = transaction.beforeState.get(client) ?? 0
    if (client === doc.clientID || after <= before) return
    const structs = doc.store.clients.get(client)
    if (!structs) return
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i]
      if (struct instanceof Y.Skip) continue
      const start = struct.id.clock
      if (start >= after) break
      const length = Math.min(start + struct.length, after) - Math.max(start, before)
      // Garbage-collected content has no section left to tell: it was never projection's.
      const section = struct instanceof Y.Item ? sectionOf(struct) : null
      if (section === null || !projected.has(section)) writes += length
    }
  })
  return writes
}

/** Writes counted in a sliding window of the coordinator's clock; time is passed in. */
export class FloodMeter {
  private arrivals: Array<{ at: number; writes: number }> = []
  private total = 0

  /** Adds writes that arrived at `now`; whether the window now holds more than FLOOD_WRITES. */
  add(now: number, writes: number): boolean {
    if (writes > 0) {
      this.arrivals.push({ at: now, writes })
      this.total += writes
    }
    while (this.arrivals.length > 0 && this.arrivals[0].at <= now - FLOOD_WINDOW_MS) this.total -= this.arrivals.shift()!.writes
    return this.total > FLOOD_WRITES
  }
}

/** How many times a key of a top-level map was written (its value now and every value it replaced). */
export function writesOfEntry(doc: Y.Doc, section: string, key: string): number {
  const items = (doc.getMap<unknown>(section) as unknown as { _map: Map<string, Y.Item> })._map
  let count = 0
  // Overwritten values of one writer may be merged into one deleted item: its length counts them.
  for (let item: Y.Item | null = items.get(key) ?? null; item; item = item.left as Y.Item | null) count += item.length
  return count
}
