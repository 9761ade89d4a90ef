/**
 * The planner's figures, for two families of random but realistic circles built differently:
 * needs at a few shared hours (plannerInstances.ts) and needs at staggered quarter hours with
 * windows of mixed lengths (plannerStaggered.ts). For each: median planning time in Node,
 * coverage against the optimum HiGHS finds on an independent model
 * (tests/unit/domain/planner/optimum.ts, solved part by part), whether the planner proved its
 * coverage the best, the other levels of the objective, and churn after one random helper is
 * away for one random week (re-planned with the previous plan). Then the targets, met or not.
 * Printed, never asserted.
 */
import { loadavg } from 'node:os'
import { addDays } from '../src/domain/dates'
import { couldCoverMore, diffPlans, plan, type Plan, type PlanInput } from '../src/domain/planner'
import { independentOptions, independentParts, optimalCoverage } from '../tests/unit/domain/planner/optimum'
import { seeded } from './fixtures'
import { medianMs, table } from './measure'
import { plannerCircle, PLANNER_START, type CircleSize } from './plannerInstances'
import { staggeredCircle, STAGGERED_START } from './plannerStaggered'

const size = (helpers: number, needs: number, weeks: number): CircleSize => ({ helpers, needs, weeks })

export const PLANNER_SIZES: CircleSize[] = [
  size(5, 5, 2), size(5, 30, 6), size(20, 30, 6), size(20, 300, 12), size(40, 30, 2), size(40, 30, 6), size(40, 30, 12),
  size(60, 60, 4), size(40, 300, 12), size(200, 30, 12), size(200, 300, 2), size(200, 300, 6), size(200, 300, 12),
]
export const STAGGERED_SIZES: CircleSize[] = [
  size(5, 5, 2), size(20, 20, 4), size(40, 30, 2), size(40, 30, 6), size(40, 30, 12), size(60, 60, 4), size(100, 100, 6),
  size(200, 300, 2), size(200, 300, 12),
]

/**
 * `PLANNER_BENCH=targets`: only the circles the targets name (up to 60×60×4, 40×30×12,
 * 200×300×12), with fewer runs of the largest — for a machine too loaded for the whole section.
 */
const TARGETS_ONLY = process.env.PLANNER_BENCH === 'targets'
const forTargets = (s: CircleSize) => atMost(s, size(60, 60, 4)) || same(s, size(40, 30, 12)) || same(s, size(200, 300, 12))

/** Independent models larger than this many helper × start pairs are not solved (minutes each here). */
const MAX_PAIRS_FOR_HIGHS = 120_000
/** Each stage of one part gives up after this long; the circle is then "not solved". */
const HIGHS_SECONDS = 120

const triple = (v: readonly number[]) => v.map((x) => Math.round(x)).join('/')
const total = (v: readonly number[]) => v.reduce((s, x) => s + x, 0)
const label = (s: CircleSize) => `${s.helpers}×${s.needs}×${s.weeks}`

interface Figures {
  size: CircleSize
  ms: number
  result: Plan
  optimum: number[] | null
}

function coverageAgainst(covered: readonly number[], optimum: readonly number[] | null): string {
  if (!optimum) return 'not solved'
  if (covered.every((v, i) => v === optimum[i])) return 'equal'
  return `${((100 * total(covered)) / total(optimum)).toFixed(2)}% (high ${covered[0] - optimum[0]})`
}

/**
 * The planner's own bound: "proven", or at the first priority it did not settle, at most how
 * many more; when that is the lowest priority the bound holds for the total too, as a share.
 */
function ownBound(result: Plan): string {
  const more = couldCoverMore(result.quality)
  if (!more) return 'proven'
  const share = more.priority === 'low' ? ` (≥ ${((100 * total(result.quality.covered)) / (total(result.quality.covered) + more.atMost)).toFixed(2)}%)` : ''
  return `≤ ${more.atMost} more ${more.priority}${share}`
}

function loadSpread(result: Plan): string {
  const loads = Object.values(result.loads).flatMap((weeks) => Object.values(weeks))
  const mean = loads.reduce((s, x) => s + x, 0) / Math.max(1, loads.length)
  return `${result.quality.largestLoad} / ${mean.toFixed(2)}`
}

function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

/** One helper with tasks is away for one week that has some: how many placements change, against theirs. */
function churnAfterAbsence(input: PlanInput, before: Plan, seed: number): string {
  const random = seeded(seed)
  const primaries = before.placements.filter((p) => p.role === 'primary')
  if (primaries.length === 0) return 'n/a'
  const pick = primaries[Math.floor(random() * primaries.length)]
  const monday = mondayOf(pick.occurrenceId.split(':')[1])
  const sunday = addDays(monday, 6)
  const after = plan({ ...input, previous: before, away: [{ helperId: pick.helperId, from: monday, until: sunday }] })
  const theirs = before.placements.filter((p) => p.helperId === pick.helperId && p.occurrenceId.split(':')[1] >= monday
    && p.occurrenceId.split(':')[1] <= sunday).length
  const diff = diffPlans(before, after)
  return `${diff.changed} (theirs ${theirs})`
}

/** The lexicographic optimum of the independent model, part by part; null when too large or too slow. */
async function independentOptimum(input: PlanInput): Promise<{ optimum: number[] | null; pairs: number; seconds: number }> {
  const options = independentOptions(input)
  if (options.length > MAX_PAIRS_FOR_HIGHS) return { optimum: null, pairs: options.length, seconds: 0 }
  const start = performance.now()
  const optimum = [0, 0, 0]
  try {
    for (const part of independentParts(options)) (await optimalCoverage(input, part, { timeLimit: HIGHS_SECONDS })).forEach((v, i) => { optimum[i] += v })
  } catch {
    return { optimum: null, pairs: options.length, seconds: (performance.now() - start) / 1000 }
  }
  return { optimum, pairs: options.length, seconds: (performance.now() - start) / 1000 }
}

async function familyTable(title: string, sizes: readonly CircleSize[], make: (s: CircleSize) => PlanInput): Promise<Figures[]> {
  const rows: Array<Record<string, string | number>> = []
  const figures: Figures[] = []
  for (const s of sizes) {
    if (TARGETS_ONLY && !forTargets(s)) continue
    const input = make(s)
    const heavy = s.helpers * s.needs * s.weeks > 100_000
    const ms = TARGETS_ONLY && heavy ? medianMs(() => plan(input), 3, 1) : medianMs(() => plan(input), heavy ? 5 : 9, heavy ? 2 : 3)
    const result = plan(input)
    const { optimum, pairs, seconds } = await independentOptimum(input)
    figures.push({ size: s, ms, result, optimum })
    rows.push({
      circle: label(s),
      occurrences: input.occurrences.length,
      pairs,
      'median ms': ms.toFixed(1),
      'covered h/m/l': triple(result.quality.covered),
      'optimum (HiGHS)': optimum ? triple(optimum) : pairs > MAX_PAIRS_FOR_HIGHS ? 'skipped' : 'not solved',
      'vs optimum': coverageAgainst(result.quality.covered, optimum),
      proven: ownBound(result),
      'HiGHS s': seconds > 0 ? seconds.toFixed(1) : '-',
      'largest / mean load': loadSpread(result),
      'series breaks': result.quality.seriesBreaks,
      'backups / high': `${result.quality.backups}/${result.quality.covered[0]}`,
      'churn (theirs)': churnAfterAbsence(input, result, s.helpers + s.needs + s.weeks),
    })
  }
  table(title, rows)
  console.log(['', ...Object.keys(rows[0]), ''].join(' | ').trim())
  console.log(['', ...Object.keys(rows[0]).map(() => '---'), ''].join(' | ').trim())
  for (const row of rows) console.log(['', ...Object.values(row), ''].join(' | ').trim())
  return figures
}

const same = (a: CircleSize, b: CircleSize) => a.helpers === b.helpers && a.needs === b.needs && a.weeks === b.weeks
const atMost = (a: CircleSize, b: CircleSize) => a.helpers <= b.helpers && a.needs <= b.needs && a.weeks <= b.weeks

/** The targets, each with the figures that decide it. */
function targets(families: Array<[string, Figures[]]>): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = []
  for (const [name, figures] of families) {
    const small = figures.filter((f) => atMost(f.size, size(60, 60, 4)))
    const unequal = small.filter((f) => !f.optimum || !f.optimum.every((v, i) => v === f.result.quality.covered[i]))
    rows.push({ family: name, target: 'equal to the optimum on every circle up to 60×60×4', status: unequal.length === 0 ? `met (${small.length} circles)` : `NOT met: ${unequal.map((f) => label(f.size)).join(', ')}` })
    const largest = figures.find((f) => same(f.size, size(200, 300, 12)))
    if (largest) {
      const q = largest.result.quality
      const versus = largest.optimum ? coverageAgainst(q.covered, largest.optimum) : `no independent optimum; planner: ${ownBound(largest.result)}`
      rows.push({ family: name, target: 'within 0.5% of the optimum at 200×300×12', status: versus })
      rows.push({ family: name, target: 'median under 2 s at 200×300×12', status: `${largest.ms < 2000 ? 'met' : 'NOT met'} (${(largest.ms / 1000).toFixed(2)} s)` })
    }
    const mid = figures.find((f) => same(f.size, size(40, 30, 12)))
    if (mid) rows.push({ family: name, target: 'median under 50 ms at 40×30×12', status: `${mid.ms < 50 ? 'met' : 'NOT met'} (${mid.ms.toFixed(1)} ms)` })
  }
  return rows
}

export async function runPlannerBench(): Promise<void> {
  const started = performance.now()
  // Other work on the machine slows every figure: the load average is printed with them.
  const machine = () => `Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`
  const shared = await familyTable(`Planner, needs at shared hours (from ${PLANNER_START}; ${machine()})`, PLANNER_SIZES, (s) => plannerCircle(s))
  const staggered = await familyTable(`Planner, staggered quarter hours and mixed windows (from ${STAGGERED_START}; ${machine()})`, STAGGERED_SIZES, (s) => staggeredCircle(s))
  table('Planner targets (issue 13)', targets([['shared hours', shared], ['staggered', staggered]]))
  console.log(`Planner section: ${((performance.now() - started) / 1000).toFixed(0)} s`)
}
