/**
 * The independent optimum of one large bench circle, solved once, outside `npm run bench`
 * (whose size guard skips it: it takes many minutes). Same model and solver as the bench's
 * column "optimum (HiGHS)" (tests/unit/domain/planner/optimum.ts: time-indexed, HiGHS, part by
 * part, priorities in stages), with a long time limit per stage. Prints each part as it is
 * solved, then the total beside the planner's coverage, for bench/RESULTS.md.
 *
 *   node --import tsx bench/plannerOptimum.ts staggered 200 300 12 [seconds per stage] [parts, e.g. 4-12]
 *
 * Seconds 0: HiGHS is not run, only the planner's coverage per part is printed (to set beside
 * parts solved in an earlier, interrupted run).
 */
import { loadavg } from 'node:os'
import { plan } from '../src/domain/planner'
import { independentOptions, independentParts, optimalCoverage } from '../tests/unit/domain/planner/optimum'
import { plannerCircle } from './plannerInstances'
import { staggeredCircle } from './plannerStaggered'

const [family, helpers, needs, weeks, seconds, range] = process.argv.slice(2)
const size = { helpers: Number(helpers), needs: Number(needs), weeks: Number(weeks) }
if (!['shared', 'staggered'].includes(family) || Object.values(size).some((v) => !(v > 0))) {
  console.error('usage: bench/plannerOptimum.ts shared|staggered <helpers> <needs> <weeks> [seconds per stage, 0: planner only] [parts, e.g. 4-12]')
  process.exit(2)
}
const timeLimit = Number(seconds ?? 3600)
const [first, last] = (range ?? '1-1000').split('-').map(Number)
const input = family === 'shared' ? plannerCircle(size) : staggeredCircle(size)
const started = performance.now()
const options = independentOptions(input)
const parts = independentParts(options)
console.log(`${family} ${helpers}×${needs}×${weeks}: ${options.length} helper × start pairs in ${parts.length} parts; `
  + `HiGHS stages limited to ${timeLimit} s; Node ${process.version}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
// The planner's plan first, so that each part can be compared as it is solved (the whole run
// takes long enough that a partial answer is worth having).
const result = plan(input)
const rankOf = new Map(options.map((o) => [o.occurrenceId, o.rank]))
const primaries = new Set(result.placements.filter((p) => p.role === 'primary').map((p) => p.occurrenceId))
const total = (v: readonly number[]) => v.reduce((s, x) => s + x, 0)
const versus = (covered: readonly number[], best: readonly number[]) => (covered.every((v, i) => v === best[i])
  ? 'equal' : `${((100 * total(covered)) / total(best)).toFixed(3)}% of the optimum`)
const optimum = [0, 0, 0]
const covered = [0, 0, 0]
for (const [i, part] of parts.entries()) {
  if (i + 1 < first || i + 1 > last) continue
  const partStart = performance.now()
  const mine = [0, 0, 0]
  for (const id of new Set(part.map((o) => o.occurrenceId))) if (primaries.has(id)) mine[rankOf.get(id)!] += 1
  mine.forEach((v, rank) => { covered[rank] += v })
  if (timeLimit === 0) {
    console.log(`part ${i + 1}/${parts.length}: ${part.length} pairs, planner ${mine.join('/')}`)
    continue
  }
  const value = await optimalCoverage(input, part, { timeLimit })
  value.forEach((v, rank) => { optimum[rank] += v })
  console.log(`part ${i + 1}/${parts.length}: ${part.length} pairs, optimum ${value.join('/')}, planner ${mine.join('/')} (${versus(mine, value)}), `
    + `${((performance.now() - partStart) / 1000).toFixed(1)} s; load average ${loadavg()[0].toFixed(1)}`)
}
if (timeLimit > 0) console.log(`optimum (HiGHS) ${optimum.join('/')}; planner ${covered.join('/')} (whole plan ${result.quality.covered.join('/')}); `
  + `${versus(covered, optimum)}; ${((performance.now() - started) / 1000).toFixed(0)} s in all`)
