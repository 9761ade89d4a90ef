/**
 * The safety word check's cost (bench/RESULTS.md's method): CPU time of the process
 * (`process.cpuUsage`, user + system), never wall time, on 3,000 distinct need texts in English
 * and Spanish. Each run is a fresh Node process, so "build" is the real first use: compiling the
 * topic patterns and reading the first text (V8 compiles a pattern on its first match).
 *
 *   npm run bench -- words                  this tree, 3 runs
 *   node --import tsx bench/safetyWords.bench.ts --compare /tmp/old [runs]
 *     this tree and another tree's src/ (`git archive <commit> src | tar -x -C /tmp/old`), runs
 *     interleaved so that the machine's load falls on both alike.
 */
import { execFileSync } from 'node:child_process'
import { loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const thisTree = resolve(here, '..')

const ENGLISH = [
  'Walk the dog before work', 'Bring dinner on Tuesday, no nuts', 'Ride to the clinic for the wound check',
  'Call her in the evening for a chat', 'Pick up the prescription from the chemist', 'Help with the laundry and the bins',
  'Sit with him at the hospital while his wife rests', 'She has been feeling low since the funeral',
  'Drive the kids to school, the car seat is in the hall', 'Water the plants every three days',
  'He is drinking too much again, check in gently', 'Company in the afternoon, she gets lonely',
  'Key with the neighbour at number 12', 'Make sure she eats something at lunch', 'Fix the leaking tap in the bathroom',
]
const SPANISH = [
  'Pasear al perro por la mañana', 'Llevarle la cena el martes, sin frutos secos', 'Acompañarla al médico para la cura',
  'Llamarla por la tarde para charlar', 'Recoger las pastillas en la farmacia', 'Ayudar con la colada y la basura',
  'Quedarse con él en el hospital mientras su mujer descansa', 'Está muy baja de ánimo desde el entierro',
  'Llevar a los niños al colegio', 'Regar las plantas cada tres días', 'Vuelve a beber demasiado, preguntarle con cariño',
  'Hacerle compañía por la tarde, se siente sola', 'La llave la tiene la vecina del 2º', 'Que coma algo caliente al mediodía',
  'Arreglar el grifo del baño que gotea',
]
const PEOPLE = ['Alex', 'Maria', 'Sam', 'Lucía', 'Tom', 'Jorge', 'Priya', 'Carmen']

/** 3,000 distinct texts: one or two fragments, a name and a number, as needs are written. */
export function benchTexts(count = 3000): string[] {
  const fragments = [...ENGLISH, ...SPANISH]
  return Array.from({ length: count }, (_, i) => {
    const first = fragments[i % fragments.length]
    const second = i % 3 === 0 ? '' : ` ${fragments[(i * 7 + 3) % fragments.length].toLowerCase()}`
    return `${first}, ${PEOPLE[i % PEOPLE.length]}${second} (${i + 1})`
  })
}

interface Figures { buildMs: number; perTextUs: number; asked: number }

async function measureOnce(tree: string): Promise<Figures> {
  const safety = (await import(pathToFileURL(join(tree, 'src/domain/safety.ts')).href)) as typeof import('../src/domain/safety')
  const texts = benchTexts()
  const cpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000 }
  const startBuild = cpu()
  safety.touchedTopics('Walk the dog twice a day')
  const buildMs = cpu() - startBuild
  const startTexts = cpu()
  let asked = 0
  for (const text of texts) if (safety.touchedTopics(text).topics.length > 0) asked++
  const perTextUs = ((cpu() - startTexts) * 1000) / texts.length
  return { buildMs, perTextUs, asked }
}

function inFreshProcess(tree: string): Figures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'safetyWords.bench.ts'), '--child', tree], { cwd: thisTree, encoding: 'utf8' })
  return JSON.parse(out.trim().split('\n').pop()!) as Figures
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ')

function print(name: string, runs: Figures[]): void {
  const builds = runs.map((run) => run.buildMs.toFixed(0)).join(', ')
  const perText = runs.map((run) => run.perTextUs.toFixed(0)).join(', ')
  console.log(`  ${name}: patterns + first text ${builds} ms (median ${median(runs.map((r) => r.buildMs)).toFixed(0)}); `
    + `per new text ${perText} µs (median ${median(runs.map((r) => r.perTextUs)).toFixed(0)}); ${runs[0].asked} of 3000 ask or flag`)
}

export async function runSafetyWordsBench(): Promise<void> {
  console.log(`Safety word check (CPU, fresh process per run, 3,000 distinct texts; load ${load()})`)
  print('this tree', [0, 1, 2].map(() => inFreshProcess(thisTree)))
  console.log(`  (load after ${load()})`)
}

const args = process.argv.slice(2)
if (args[0] === '--child') {
  console.log(JSON.stringify(await measureOnce(resolve(args[1]))))
} else if (args[0] === '--compare') {
  const other = resolve(args[1])
  const runs = Number(args[2] ?? 5)
  const mine: Figures[] = []
  const theirs: Figures[] = []
  console.log(`Safety word check, ${other} vs this tree, ${runs} interleaved runs (load ${load()})`)
  for (let i = 0; i < runs; i++) {
    theirs.push(inFreshProcess(other))
    mine.push(inFreshProcess(thisTree))
  }
  print(other, theirs)
  print('this tree', mine)
  console.log(`  (load after ${load()})`)
}
