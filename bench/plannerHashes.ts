/**
 * Whether a change to the planner changed any plan: sha256 of the whole Plan (and of a re-plan
 * with it as `previous` after one helper is away a week) on every bench circle of both
 * families. Run before and after a change that should change nothing, and compare:
 *   node --import tsx bench/plannerHashes.ts > before.txt
 * Not part of `npm run bench`.
 */
import { createHash } from 'node:crypto'
import { plan, type PlanInput } from '../src/domain/planner'
import { PLANNER_SIZES, STAGGERED_SIZES } from './planner.bench'
import { plannerCircle, type CircleSize } from './plannerInstances'
import { staggeredCircle } from './plannerStaggered'

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16)
const label = (s: CircleSize) => `${s.helpers}×${s.needs}×${s.weeks}`

function hashes(family: string, sizes: readonly CircleSize[], make: (s: CircleSize) => PlanInput) {
  for (const s of sizes) {
    const input = make(s)
    const first = plan(input)
    const someone = first.placements.find((p) => p.role === 'primary')
    const day = input.occurrences.find((o) => o.id === someone?.occurrenceId)?.date
    const again = plan({ ...input, previous: first, away: someone && day ? [{ helperId: someone.helperId, from: day, until: day }] : [] })
    console.log(`${family} ${label(s)} ${sha(first)} ${sha(again)}`)
  }
}

hashes('shared', PLANNER_SIZES, (s) => plannerCircle(s))
hashes('staggered', STAGGERED_SIZES, (s) => staggeredCircle(s))
