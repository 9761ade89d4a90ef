/**
 * Nests: capacities inside an overlap group, so that the relaxation in exact.ts knows more of
 * a helper's day than "at most `capacity` of these".
 *
 * A group (one helper's overlap component in one week, model.ts) may chain a whole day of
 * staggered options: 9:00–10:00, 9:45–11:15, 10:30–12:30 … Its capacity alone lets the
 * relaxation give the helper any `capacity` of them, overlapping or not, and each such clash
 * costs the branch and bound a split. So each group is cut, recursively, at the time that the
 * fewest option spans cross: the options wholly before the cut and those wholly after are two
 * nests, each with its own capacity (how many of them one person could do, computed as for
 * groups), and each is cut again. Options across a cut stay only in the larger set. Nested sets
 * keep the family laminar, so the relaxation stays a matroid and its search stays exact; every
 * nest's capacity holds for any plan, so its optimum stays an upper bound.
 */
import type { Option } from './model'

/** Nests of fewer options than this are not made: the group's own search settles them cheaply. */
const SMALLEST = 2

/**
 * A set of a group's options (positions in the group's members) in the three orders the
 * capacities read: by earliest start (the members' order), by end of span then earliest start
 * (stable), and by duration. Each side of a cut keeps them by filtering, not sorting again: a
 * split used to sort at every level, and its sorts were a third of what a plan allocated.
 */
export interface OrderedSet {
  byStart: readonly number[]
  byReach: readonly number[]
  byDuration: readonly number[]
}

/** A set's capacity: how many of its options one person could do (model.ts). */
export type CapacityOf = (members: readonly Option[], set: OrderedSet) => number

/** All of `members` (by earliest start), in the three orders. */
export function orderedSet(members: readonly Option[]): OrderedSet {
  const byStart = members.map((_, i) => i)
  return {
    byStart,
    byReach: [...byStart].sort((i, j) => members[i].reach - members[j].reach || members[i].start - members[j].start),
    byDuration: [...byStart].sort((i, j) => members[i].duration - members[j].duration),
  }
}

/**
 * Adds the nests of one group's options (its options that are not blocked, by earliest start as
 * model.ts sorts them; `all` is every one of them, orderedSet) to `capacities` (a nest is its
 * index there), and to each option's `nests`, smallest first.
 */
export function nestGroup(members: readonly Option[], all: OrderedSet, capacities: number[], capacityOf: CapacityOf): void {
  // Chains by position in `members`, outermost first (an array: a Map keyed by option cost more
  // than the rest of the split on large circles).
  const chains: Array<number[] | undefined> = new Array(members.length)
  split(members, all, new Uint8Array(members.length), capacities, capacityOf, chains)
  chains.forEach((chain, i) => { if (chain) members[i].nests = chain.reverse() })
}

const LEFT = 1
const RIGHT = 2

/** `side`: scratch, by position: which side of the cut each option of `set` went to. */
function split(
  members: readonly Option[], set: OrderedSet, side: Uint8Array, capacities: number[], capacityOf: CapacityOf,
  chains: Array<number[] | undefined>,
): void {
  if (set.byStart.length < 2 * SMALLEST) return
  const cut = fewestCrossing(members, set)
  if (cut === null) return
  // An option across the cut joins the side it can be done in first: any set of options with
  // the right capacity is a valid nest, wholly inside the cut or not.
  for (const p of set.byStart) {
    const o = members[p]
    side[p] = o.reach <= cut || (o.start < cut && o.start + o.duration <= cut) ? LEFT : RIGHT
  }
  // Both sides are read off before either is cut again (the cuts below reuse `side`).
  const parts = [LEFT, RIGHT].map((which): OrderedSet => ({
    byStart: set.byStart.filter((p) => side[p] === which),
    byReach: set.byReach.filter((p) => side[p] === which),
    byDuration: set.byDuration.filter((p) => side[p] === which),
  }))
  for (const part of parts) {
    if (part.byStart.length < SMALLEST) continue
    const capacity = capacityOf(members, part)
    // A set whose every option one person could do constrains nothing, nor does anything inside it.
    if (capacity >= part.byStart.length) continue
    const nest = capacities.push(capacity) - 1
    for (const p of part.byStart) (chains[p] ??= []).push(nest)
    split(members, part, side, capacities, capacityOf, chains)
  }
}

/** The end of some option's span that the fewest other spans cross, with options on both sides; null when none. */
function fewestCrossing(members: readonly Option[], { byStart, byReach }: OrderedSet): number | null {
  let best: number | null = null
  let bestCrossing = Number.POSITIVE_INFINITY
  let bestBalance = Number.POSITIVE_INFINITY
  for (let i = 0; i < byReach.length; i++) {
    const cut = members[byReach[i]].reach
    if (i + 1 < byReach.length && members[byReach[i + 1]].reach === cut) continue
    const before = i + 1 // spans ending at or before the cut
    const startedBefore = countStartsBelow(members, byStart, cut) // spans starting before the cut
    const after = byStart.length - startedBefore
    if (after === 0) break
    const crossing = startedBefore - before
    const balance = Math.abs(before - after)
    if (crossing < bestCrossing || (crossing === bestCrossing && balance < bestBalance)) {
      best = cut
      bestCrossing = crossing
      bestBalance = balance
    }
  }
  return best
}

/** How many of the options at `byStart` (by earliest start) start before `limit`. */
function countStartsBelow(members: readonly Option[], byStart: readonly number[], limit: number): number {
  let lo = 0
  let hi = byStart.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (members[byStart[mid]].start < limit) lo = mid + 1
    else hi = mid
  }
  return lo
}
