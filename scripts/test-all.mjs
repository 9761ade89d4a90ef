// The whole test suite, in the order a failure is cheapest to find: types, unit and
// component tests, then the built app in Chromium. Screenshots are listed at the end.
//
// Steps of one stage run at once (CI has two cores and the type check uses one): their output
// is held and printed whole when each ends, in the order listed. Each step prints its time and
// the load average beside it, so a slow CI run shows where the time went.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1'
const stages = [
  // The type check and the build only read the sources; the Chromium check may install packages.
  [
    ['types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['chromium and coturn', 'node', ['scripts/ensure-chromium.mjs']],
    ['build', 'npx', ['vite', 'build']],
  ],
  [['unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']]],
  [['browser tests', 'npx', ['playwright', 'test']]],
]

const load = () => loadavg().map((value) => value.toFixed(1)).join(' ')
const times = []

/** Runs one step; alone, its output goes straight to the terminal, else it is held until the end. */
function run([name, command, args], alone) {
  const started = Date.now()
  if (alone) console.log(`\n▶ ${name}`)
  const child = spawn(command, args, { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env })
  const output = []
  child.stdout?.on('data', (chunk) => output.push(chunk))
  child.stderr?.on('data', (chunk) => output.push(chunk))
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000)
      done({ name, status: code ?? (signal ? 1 : 0), seconds, output: Buffer.concat(output).toString() })
    })
  })
}

mkdirSync('reports', { recursive: true })
const suiteStarted = Date.now()
for (const stage of stages) {
  const alone = stage.length === 1
  const results = await Promise.all(stage.map((step) => run(step, alone)))
  for (const result of results) {
    if (!alone) process.stdout.write(`\n▶ ${result.name}\n${result.output}`)
    console.log(`◷ ${result.name}: ${result.seconds} s (load average ${load()})`)
    times.push(`${result.name} ${result.seconds} s`)
  }
  const failed = results.find((result) => result.status !== 0)
  if (failed) {
    console.error(`\n✖ ${failed.name} failed`)
    process.exit(failed.status)
  }
}
console.log(`\nAll tests passed. Screenshots of what the browser tests checked: ${resolve('screenshots')}`)
console.log(`Time: ${Math.round((Date.now() - suiteStarted) / 1000)} s (${times.join(', ')}; load average ${load()})`)

// One plain closing line for whoever reads the log: every test of both runners.
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)
const unit = read('reports/vitest.json')
const browser = read('reports/playwright.json')
const passed = (unit?.numPassedTests ?? 0) + (browser?.stats?.expected ?? 0) + (browser?.stats?.flaky ?? 0)
const failed = (unit?.numFailedTests ?? 0) + (browser?.stats?.unexpected ?? 0)
console.log(`Tests: ${passed} passed, ${failed} failed`)
