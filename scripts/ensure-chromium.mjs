// Browser tests use Debian's Chromium, never a browser downloaded by a test runner, and
// Debian's coturn (`turnserver`) for the TURN relay test. Installs whichever is missing when we
// are root (as on CI); otherwise says exactly what to run.
import { existsSync } from 'node:fs'
import { execSync } from 'node:child_process'

const CHROMIUM = process.env.KITH_CHROMIUM ?? '/usr/bin/chromium'
const TURNSERVER = '/usr/bin/turnserver'

const missing = [
  ...(existsSync(CHROMIUM) ? [] : ['chromium']),
  ...(existsSync(TURNSERVER) ? [] : ['coturn']),
]

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot) {
    console.error(`Missing for the browser tests: ${missing.join(', ')}. Install with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n(or set KITH_CHROMIUM to a Chromium binary).`)
    process.exit(1)
  }
  console.log(`Installing Debian ${missing.join(' and ')} for the browser tests…`)
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' })
  // The package starts a system coturn on 3478; the tests run their own on a free port.
  if (missing.includes('coturn')) execSync('systemctl disable --now coturn 2>/dev/null || service coturn stop 2>/dev/null || true', { stdio: 'inherit' })
  for (const [name, path] of [['chromium', CHROMIUM], ['coturn', TURNSERVER]]) {
    if (missing.includes(name) && !existsSync(path)) {
      console.error(`apt-get finished but ${path} is still missing.`)
      process.exit(1)
    }
  }
}
