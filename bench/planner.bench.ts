/**
 * The planner's figures (issue 5): for random but realistic circles (plannerInstances.ts),
 * median planning time in Node, coverage against the optimum that HiGHS finds on an
 * independent model (tests/unit/domain/planner/optimum.ts, solved part by part), the largest
 * helper load against the mean, the other levels of the objective, and churn after one random
 * helper is away for one random week (re-planned with the previous plan). Printed, never asserted.
 */
import { loadavg } from 'node:os'
import { addDays } from '../src/domain/dates'
import { diffPlans, plan, type Plan, type PlanInput } from '../src/domain/planner'
import { independentOptions, independentParts, optimalCoverage } from '../tests/unit/domain/planner/optimum'
import { seeded } from './fixtures'
import { medianMs, table } from './measure'
import { plannerCircle, PLANNER_START, type CircleSize } from './plannerInstances'

export const PLANNER_SIZES: CircleSize[] = [
  { helpers: 5, needs: 5, weeks: 2 }, { helpers: 5, needs: 30, weeks: 6 }, { helpers: 20, needs: 30, weeks: 6 },
  { helpers: 20, needs: 300, weeks: 12 }, { helpers: 40, needs: 30, weeks: 2 }, { helpers: 40, needs: 30, weeks: 6 },
  { helpers: 40, needs: 30, weeks: 12 }, { helpers: 40, needs: 300, weeks: 12 }, { helpers: 200, needs: 30, weeks: 12 },
  { helpers: 200, needs: 300, weeks: 2 }, { helpers: 200, needs: 300, weeks: 6 }, { helpers: 200, needs: 300, weeks: 12 },
]

/** Independent models larger than this many helper × occurrence pairs are not solved (> ~60 s here). */
const MAX_PAIRS_FOR_HIGHS = 250_000

const triple = (v: readonly number[]) => v.map((x) => Math.round(x)).join('/')

function coverageAgainst(covered: readonly number[], optimum: readonly number[] | null): string {
  if (!optimum) return 'not solved'
  if (covered.every((v, i) => v === optimum[i])) return 'equal'
  const total = (v: readonly number[]) => v.reduce((s, x) => s + x, 0)
  return `${((100 * total(covered)) / total(optimum)).toFixed(2)}% (high ${covered[0] - optimum[0]})`
}

function loadSpread(result: Plan): string {
  const loads = Object.values(result.loads).flatMap((weeks) => Object.values(weeks))
  const mean = loads.reduce((s, x) => s + x, 0) / Math.max(1, loads.length)
  return `${result.quality.largestLoad} / ${mean.toFixed(2)}`
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

function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7
  return addDays(date, -weekday)
}

export async function runPlannerBench(sizes: readonly CircleSize[] = PLANNER_SIZES): Promise<void> {
  const rows: Array<Record<string, string | number>> = []
  for (const size of sizes) {
    const input = plannerCircle(size)
    const heavy = size.helpers * size.needs * size.weeks > 100_000
    const ms = medianMs(() => plan(input), heavy ? 5 : 9, heavy ? 2 : 3)
    const result = plan(input)
    const options = independentOptions(input)
    let optimum: number[] | null = null
    let highsMs = 0
    if (options.length <= MAX_PAIRS_FOR_HIGHS) {
      const start = performance.now()
      optimum = [0, 0, 0]
      for (const part of independentParts(options)) (await optimalCoverage(input, part)).forEach((v, i) => { optimum![i] += v })
      highsMs = performance.now() - start
    }
    rows.push({
      circle: `${size.helpers}×${size.needs}×${size.weeks}`,
      occurrences: input.occurrences.length,
      pairs: options.length,
      'median ms': ms.toFixed(1),
      'covered h/m/l': triple(result.quality.covered),
      'optimum (HiGHS)': optimum ? triple(optimum) : 'skipped',
      'vs optimum': coverageAgainst(result.quality.covered, optimum),
      proven: result.quality.provenBest ? 'yes' : `bound ${triple(result.quality.bound)}`,
      'HiGHS s': optimum ? (highsMs / 1000).toFixed(1) : '-',
      'largest / mean load': loadSpread(result),
      'series breaks': result.quality.seriesBreaks,
      'backups / high': `${result.quality.backups}/${result.quality.covered[0]}`,
      'churn (theirs)': churnAfterAbsence(input, result, size.helpers + size.needs + size.weeks),
    })
  }
  // Other work on the machine slows every figure: the load average is printed with them.
  table(`Planner (circles from ${PLANNER_START}; Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')})`, rows)
  console.log(['', ...Object.keys(rows[0]), ''].join(' | ').trim())
  console.log(['', ...Object.keys(rows[0]).map(() => '---'), ''].join(' | ').trim())
  for (const row of rows) console.log(['', ...Object.values(row), ''].join(' | ').trim())
}
