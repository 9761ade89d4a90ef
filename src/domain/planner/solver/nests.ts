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
 * Adds the nests of one group's options (its options that are not blocked, by earliest start as
 * model.ts sorts them) to `capacities` (a nest is its index there), and to each option's
 * `nests`, smallest first.
 */
export function nestGroup(members: readonly Option[], capacities: number[], capacityOf: (options: readonly Option[]) => number): void {
  // Chains by position in `members`, outermost first (an array: a Map keyed by option cost more
  // than the rest of the split on large circles).
  const chains: Array<number[] | undefined> = new Array(members.length)
  split(members, members.map((_, i) => i), capacities, capacityOf, chains)
  chains.forEach((chain, i) => { if (chain) members[i].nests = chain.reverse() })
}

/** `positions[i]`: where `options[i]` is in the group's members (nestGroup's `chains`). Both sides keep their order. */
function split(
  options: readonly Option[], positions: readonly number[], capacities: number[], capacityOf: (options: readonly Option[]) => number,
  chains: Array<number[] | undefined>,
): void {
  if (options.length < 2 * SMALLEST) return
  const cut = fewestCrossing(options)
  if (cut === null) return
  // An option across the cut joins the side it can be done in first: any set of options with
  // the right capacity is a valid nest, wholly inside the cut or not.
  const left: Option[] = []
  const leftAt: number[] = []
  const right: Option[] = []
  const rightAt: number[] = []
  options.forEach((o, i) => {
    if (o.reach <= cut || (o.start < cut && o.start + o.duration <= cut)) {
      left.push(o)
      leftAt.push(positions[i])
    } else {
      right.push(o)
      rightAt.push(positions[i])
    }
  })
  for (const [side, at] of [[left, leftAt], [right, rightAt]] as const) {
    if (side.length < SMALLEST) continue
    const capacity = capacityOf(side)
    // A set whose every option one person could do constrains nothing, nor does anything inside it.
    if (capacity >= side.length) continue
    const nest = capacities.push(capacity) - 1
    for (const p of at) (chains[p] ??= []).push(nest)
    split(side, at, capacities, capacityOf, chains)
  }
}

/**
 * The end of some option's span that the fewest other spans cross, with options on both sides;
 * null when none. `members` come by earliest start (nestGroup), so their starts need no sort.
 */
function fewestCrossing(members: readonly Option[]): number | null {
  const starts = members.map((o) => o.start)
  const reaches = members.map((o) => o.reach).sort((x, y) => x - y)
  let best: number | null = null
  let bestCrossing = Number.POSITIVE_INFINITY
  let bestBalance = Number.POSITIVE_INFINITY
  for (let i = 0; i < reaches.length; i++) {
    const cut = reaches[i]
    if (i + 1 < reaches.length && reaches[i + 1] === cut) continue
    const before = i + 1 // spans ending at or before the cut
    const startedBefore = countBelow(starts, cut) // spans starting before the cut
    const after = members.length - startedBefore
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


/** How many of the sorted `values` are below `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid] < limit) lo = mid + 1
    else hi = mid
  }
  return lo
}
