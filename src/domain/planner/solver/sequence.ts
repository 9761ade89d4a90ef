/**
 * When a helper's tasks can be done one after another. A task's option may start at any of
 * its feasible starts (`ranges`: inside the occurrence's window, the helper's availability and
 * offer dates, outside off-limits times, clear of accepted tasks), not only at the earliest:
 * two "any time" tasks on one day are done one after the other.
 *
 * - `conflicts`: two options of one helper that cannot both be done, whichever goes first. For
 *   options without any freedom it is plain overlap of their intervals. This is the pairwise
 *   test the solver's search and bounds use.
 * - `sequence`: whether a whole set can be done, with each task's planned start. Pairwise
 *   compatible sets are nearly always jointly feasible, but not always (three tasks that each
 *   fit pairwise into one window too short for all three), so every hard check also asks this
 *   (allocation.ts `hasRoom`, exact.ts `findClash`). For a fixed order, starting each task as
 *   early as possible after the previous one is best, so the search is over orders: depth
 *   first, earliest start first, with pruning; bounded, and a set it cannot settle within the
 *   bound counts as infeasible (safe: only fewer tasks are planned).
 */
import type { Option } from './model'

/** The earliest feasible start of `o` at or after `from`; null when none (exactly when `from` is after `o.latest`). */
export function firstStartFrom(o: Option, from: number): number | null {
  for (const r of o.ranges) {
    if (o.base + r.end >= from) return Math.max(from, o.base + r.start)
  }
  return null
}

/**
 * `x` can be done before `y`: `y` has a feasible start once `x` is done at its earliest —
 * `firstStartFrom(y, x.end) !== null`, read off `y`'s latest start (the end of its last range).
 */
const precedes = (x: Option, y: Option) => y.latest >= x.end

/** Two options of one helper that can't both be done. */
export function conflicts(x: Option, y: Option): boolean {
  if (x.reach <= y.start || y.reach <= x.start) return false
  if (!x.flexible && !y.flexible) return x.start < y.end && y.start < x.end
  return !precedes(x, y) && !precedes(y, x)
}

/** Orders tried at most per set: far above what a helper's day needs. */
const MAX_STEPS = 5_000

const byEarliest = (x: Option, y: Option) => x.start - y.start || x.latest - y.latest || x.task - y.task

/**
 * Planned starts for the options, in their order, such that no two overlap; null when none
 * found. Deterministic. Options whose spans (earliest start to latest end) don't overlap never
 * meet, so each cluster of overlapping spans is sequenced on its own: the result for one
 * cluster doesn't depend on what else was passed — the planner sequences a helper's overlap
 * component, accepted.ts all of a helper's accepted tasks, and both must give the same times.
 * Per cluster, first the way accepted tasks are placed (accepted.ts): task by task, latest
 * feasible start first, then occurrence order, each at its earliest start clear of those
 * placed before — so a task nothing pushes keeps its earliest start. When that fails, the
 * search over orders.
 */
export function sequence(options: readonly Option[]): number[] | null {
  const n = options.length
  if (n === 0) return []
  if (n === 1) return [options[0].start]
  // One by one over the whole set is one by one in each cluster (tasks of different clusters
  // never meet), and most sets end here: the clusters are worked out only when it fails.
  const greedy = inTaskOrder(options)
  if (greedy) return greedy
  const clusters = spanClusters(options)
  if (clusters.length === 1) return searchOrder(options)
  const starts = new Array<number>(n).fill(0)
  for (const cluster of clusters) {
    const members = cluster.map((i) => options[i])
    const found = inTaskOrder(members) ?? searchOrder(members)
    if (!found) return null
    cluster.forEach((i, k) => { starts[i] = found[k] })
  }
  return starts
}

/** Indices of `options` in clusters of overlapping spans (earliest start to latest end), each by earliest start. */
function spanClusters(options: readonly Option[]): number[][] {
  const order = options.map((_, i) => i).sort((i, j) => options[i].start - options[j].start || options[i].task - options[j].task)
  const clusters: number[][] = []
  let reach = Number.NEGATIVE_INFINITY
  for (const i of order) {
    if (options[i].start >= reach) clusters.push([])
    clusters[clusters.length - 1].push(i)
    reach = Math.max(reach, options[i].reach)
  }
  return clusters
}

/** The search over orders: depth first, earliest start first, bounded (MAX_STEPS). */
function searchOrder(options: readonly Option[]): number[] | null {
  const n = options.length
  const order = options.map((_, i) => i).sort((i, j) => byEarliest(options[i], options[j]))
  const used = new Uint8Array(n)
  const starts = new Array<number>(n).fill(0)
  let steps = 0
  const search = (depth: number, cursor: number): boolean => {
    if (depth === n) return true
    for (const i of order) {
      if (used[i]) continue
      if (++steps > MAX_STEPS) return false
      const s = firstStartFrom(options[i], cursor)
      if (s === null) return false // every task left must come after the cursor: this one never fits
      const next = s + options[i].duration
      used[i] = 1
      starts[i] = s
      let viable = true
      for (const j of order) if (!used[j] && options[j].latest < next) { viable = false; break }
      if (viable && search(depth + 1, next)) return true
      used[i] = 0
    }
    return false
  }
  return search(0, Number.NEGATIVE_INFINITY) ? starts : null
}

/**
 * Starts for `options` placed the way accepted tasks are, around `busy` (intervals): latest
 * feasible start first (earliest deadline first), then occurrence order, each at its earliest
 * start clear of what is placed before — so accepting a plan keeps its times. Null when one
 * doesn't fit.
 */
export function inTaskOrder(options: readonly Option[], busy: readonly { start: number; end: number }[] = []): number[] | null {
  const order = options.map((_, i) => i).sort((i, j) => options[i].latest - options[j].latest || options[i].task - options[j].task)
  const placed = [...busy]
  const starts = new Array<number>(options.length).fill(0)
  for (const i of order) {
    const s = firstFreeStart(options[i], placed)
    if (s === null) return null
    starts[i] = s
    placed.push({ start: s, end: s + options[i].duration })
  }
  return starts
}

/** Options in a set whose best subset is searched for exactly (mostSequenceable); larger sets take the fallback. */
const EXACT_SET = 10
/** Steps of that search: past them, the fallback. */
const EXACT_STEPS = 600

/**
 * At most how many of `options` one person can do, one after another: exact for small sets
 * (every order of every subset, each task at its earliest start after the one before, which is
 * best for a fixed order; pruned by what could still fit), else — or when the search runs past
 * its step bound — `fallback`, which must be an upper bound itself. Always an upper bound.
 * `byDeadline`: the same options by end of span (`reach`), then earliest start.
 */
export function mostSequenceable(options: readonly Option[], fallback: number, byDeadline: readonly Option[]): number {
  const n = options.length
  if (n > EXACT_SET) return fallback
  // A quick plan first: when it does all of them, or as many as the fallback allows, that is
  // the answer the search would give, without the search (most sets in a circle's nests).
  const quick = earliestDeadlineFirst(byDeadline)
  if (quick === n || quick >= fallback) return quick
  const search: OrderSearch = { sorted: [...options].sort(byEarliest), best: 0, steps: 0 }
  searchOrders(search, 0, Number.NEGATIVE_INFINITY, 0)
  return search.steps > EXACT_STEPS ? Math.max(search.best, fallback) : search.best
}

/** mostSequenceable's search: `sorted` by earliest start, the most done so far, steps taken. */
interface OrderSearch {
  sorted: readonly Option[]
  best: number
  steps: number
}

/**
 * Every order of every subset, from `depth` tasks done (the set bits of `used`, an index into
 * `sorted`: sets have at most EXACT_SET options) and free from `cursor`. Once past its steps it
 * stops: nothing after that could change `best`.
 */
function searchOrders(search: OrderSearch, depth: number, cursor: number, used: number): void {
  const { sorted } = search
  if (depth > search.best) search.best = depth
  let open = 0
  for (let j = 0; j < sorted.length; j++) if (!(used & (1 << j)) && sorted[j].latest >= cursor) open += 1
  if (depth + open <= search.best) return
  for (let i = 0; i < sorted.length; i++) {
    if (used & (1 << i)) continue
    if (++search.steps > EXACT_STEPS) return
    const s = firstStartFrom(sorted[i], cursor)
    if (s !== null) searchOrders(search, depth + 1, s + sorted[i].duration, used | (1 << i))
  }
}

/** How many of `options` (by latest end) one person does taking them in turn, each where it still fits: a plan, so a lower bound. */
function earliestDeadlineFirst(byDeadline: readonly Option[]): number {
  let count = 0
  let cursor = Number.NEGATIVE_INFINITY
  for (const o of byDeadline) {
    const s = firstStartFrom(o, cursor)
    if (s === null) continue
    count += 1
    cursor = s + o.duration
  }
  return count
}

/** Whether the set can be done: `sequence`, skipped when no pair of it can be rearranged. */
export function canSequence(options: readonly Option[]): boolean {
  if (options.length < 2) return true
  if (options.length === 2) return !conflicts(options[0], options[1])
  if (!options.some((o) => o.flexible)) {
    for (let i = 0; i < options.length; i++) {
      for (let j = i + 1; j < options.length; j++) if (conflicts(options[i], options[j])) return false
    }
    return true
  }
  return sequence(options) !== null
}

/** The earliest start of `o` that overlaps none of `busy` (intervals); null when none. */
export function firstFreeStart(o: Option, busy: readonly { start: number; end: number }[]): number | null {
  let from = Number.NEGATIVE_INFINITY
  for (;;) {
    const s = firstStartFrom(o, from)
    if (s === null) return null
    const clash = busy.find((b) => b.start < s + o.duration && s < b.end && b.end > b.start)
    if (!clash) return s
    from = clash.end
  }
}
