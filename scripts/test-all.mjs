// The whole test suite, in the order a failure is cheapest to find: types, unit and
// component tests, then the built app in Chromium. Screenshots are listed at the end.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1'
const steps = [
  ['types', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['unit and component tests', 'npx', ['vitest', 'run']],
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  ['build', 'npx', ['vite', 'build']],
  ['browser tests', 'npx', ['playwright', 'test']],
]

for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed`)
    process.exit(result.status ?? 1)
  }
}
console.log(`\nAll tests passed. Screenshots of what the browser tests checked: ${resolve('screenshots')}`)
