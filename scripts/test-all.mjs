// The whole test suite, in the order a failure is cheapest to find: types, unit and
// component tests, then the built app in Chromium. Screenshots are listed at the end.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1'
const steps = [
  ['types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit and component tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']],
  ['chromium and coturn', 'node', ['scripts/ensure-chromium.mjs']],
  ['build', 'npx', ['vite', 'build']],
  ['browser tests', 'npx', ['playwright', 'test']],
]

mkdirSync('reports', { recursive: true })
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`)
    process.exit(result.status ?? 1)
  }
}
console.log(`\nAll tests passed. Screenshots of what the browser tests checked: ${resolve('screenshots')}`)

// One plain closing line for whoever reads the log: every test of both runners.
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null)
const unit = read('reports/vitest.json')
const browser = read('reports/playwright.json')
const passed = (unit?.numPassedTests ?? 0) + (browser?.stats?.expected ?? 0) + (browser?.stats?.flaky ?? 0)
const failed = (unit?.numFailedTests ?? 0) + (browser?.stats?.unexpected ?? 0)
console.log(`Tests: ${passed} passed, ${failed} failed`)
