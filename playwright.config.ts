import { defineConfig } from '@playwright/test'

/**
 * Browser tests drive the built app (vite preview on 127.0.0.1) in Debian's Chromium at
 * phone size. The servers are started once for the run on free ports (tests/e2e/global-setup.ts).
 *
 * Two workers: on an idle 2-core machine two spec files at once ran the 72 tests in 23.6 min
 * against 26.0 min for one worker (2 December), though each test ran ~1.7× as long. Tests are independent (rooms and
 * names are random per test, each test its own contexts, servers a test starts on free ports,
 * screenshots and files per test; a spec's beforeAll runs once in each worker that runs its tests),
 * so they are handed to the workers one by one (`fullyParallel`), not file by file: with whole files,
 * the longest files (several minutes each) starting last left one worker idle at the end. An engineer
 * on a shared machine runs one spec with `--workers=1`; KITH_E2E_WORKERS sets the default.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: Number(process.env.KITH_E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    viewport: { width: 375, height: 812 },
    // Kith follows the phone's language: the tests read British English unless a test sets its own.
    locale: 'en-GB',
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: false,
    actionTimeout: 10_000,
    launchOptions: {
      executablePath: process.env.KITH_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-features=WebRtcHideLocalIpsWithMdns',
      ],
    },
  },
})
