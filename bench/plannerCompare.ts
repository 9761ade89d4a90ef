/**
 * Planning time (CPU time of the process) of two versions of the planner in ONE process, so that a loaded machine slows
 * both alike and their ratio means something. Not part of `npm run bench`.
 *
 *   PLANNER_OLD=/tmp/old PLANNER_NEW=/tmp/new node --import tsx bench/plannerCompare.ts [circle…]
 *     each directory holds a tree's src/ (e.g. `git archive <commit> src | tar -x -C /tmp/old`,
 *     with node_modules linked in): medians of old and new, runs interleaved, and new/old.
 *     Give both as copies outside this tree, so that both are loaded alike. Each copy's safety
 *     word list is loaded with it (without it a copy holds every need back and plans nothing),
 *     and both must make the same plan (sha256), else it stops.
 *   node --import tsx bench/plannerCompare.ts --first [circle…]
 *     this version only: the first plan of each circle in a fresh process (run once per circle),
 *     then the bench's median on the same input object, and the median when every run gets its
 *     own copy of the input (caches keyed by the input's objects then never carry over).
 * Circles are named as in the bench: shared:40×30×12, staggered:200×300×12 (default: the four
 * target circles).
 */
import { createHash } from 'node:crypto'
import { loadavg } from 'node:os'
import { plan as planStatic, type PlanInput } from '../src/domain/planner'
import { plannerCircle } from './plannerInstances'
import { staggeredCircle } from './plannerStaggered'

type Planner = (input: PlanInput) => unknown

const args = process.argv.slice(2)
const first = args.includes('--first')
const names = args.filter((a) => !a.startsWith('--'))
const circles = names.length > 0 ? names : ['shared:40×30×12', 'staggered:40×30×12', 'shared:200×300×12', 'staggered:200×300×12']
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')

function circle(name: string): PlanInput {
  const [family, dims] = name.split(':')
  const [helpers, needs, weeks] = dims.split('×').map(Number)
  return family === 'staggered' ? staggeredCircle({ helpers, needs, weeks }) : plannerCircle({ helpers, needs, weeks })
}

/**
 * CPU time of the process (ms, user + system, GC threads included) while `run` runs: on a machine
 * whose cores are shared by many processes, wall time mostly measures waiting for a core.
 */
function timed(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]
const runsFor = (input: PlanInput) => (input.occurrences.length > 5000 ? [5, 2] : [15, 3])

if (first) {
  for (const name of circles) {
    const input = circle(name)
    const planNew = planStatic
    const cold = timed(() => planNew(input))
    const [runs, warmup] = runsFor(input)
    for (let i = 0; i < warmup; i++) planNew(input)
    const same: number[] = []
    const fresh: number[] = []
    for (let i = 0; i < runs; i++) {
      same.push(timed(() => planNew(input)))
      const copy = structuredClone(input)
      fresh.push(timed(() => planNew(copy)))
    }
    console.log(`${name}: first ${cold.toFixed(1)} ms; median same input ${median(same).toFixed(1)} ms; median fresh copy ${median(fresh).toFixed(1)} ms; fresh/same ${(median(fresh) / median(same)).toFixed(3)} (load ${load()})`)
  }
} else {
  const old = process.env.PLANNER_OLD
  if (!old) throw new Error('PLANNER_OLD=<directory with an older src/> is needed')
  // Each copy's own safety word list must be loaded, or that copy holds every need back and plans nothing.
  const planner = async (dir: string) => {
    await import(`${dir}/src/domain/safety.ts`)
    return ((await import(`${dir}/src/domain/planner/index.ts`)) as { plan: Planner }).plan
  }
  const planOld = await planner(old)
  const planNew = process.env.PLANNER_NEW ? await planner(process.env.PLANNER_NEW) : planStatic
  console.log(`load before: ${load()}`)
  for (const name of circles) {
    const input = circle(name)
    const [runs, warmup] = runsFor(input)
    const times: Record<'old' | 'new', number[]> = { old: [], new: [] }
    for (let i = 0; i < warmup; i++) { planOld(structuredClone(input)); planNew(structuredClone(input)) }
    for (let i = 0; i < runs; i++) {
      // Each run on its own copy: neither version keeps anything from the last run of the same input.
      for (const [which, plan] of (i % 2 ? [['new', planNew], ['old', planOld]] : [['old', planOld], ['new', planNew]]) as Array<['old' | 'new', Planner]>) {
        const copy = structuredClone(input)
        times[which].push(timed(() => plan(copy)))
      }
    }
    // The same work or no comparison: both must make the same plan.
    const [a, b] = [planOld(structuredClone(input)), planNew(structuredClone(input))].map((p) => createHash('sha256').update(JSON.stringify(p)).digest('hex'))
    if (a !== b) throw new Error(`${name}: old and new made different plans`)
    const [o, n] = [median(times.old), median(times.new)]
    console.log(`${name}: old ${o.toFixed(1)} ms, new ${n.toFixed(1)} ms, new/old ${(n / o).toFixed(3)} (load ${load()})`)
  }
}
