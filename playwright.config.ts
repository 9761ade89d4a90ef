import { defineConfig } from '@playwright/test'

/**
 * Browser tests drive the built app (vite preview on 127.0.0.1) in Debian's Chromium at
 * phone size. The servers are started once for the run on free ports (tests/e2e/global-setup.ts).
 *
 * One worker: measured on an idle 2-core machine (2 December), two workers ran the 72 tests in
 * 1418 s against 2712 s of summed test time, each test about twice as slow: the browser tests are
 * CPU-bound there, so a second worker saves nothing and brings every test nearer its time limit.
 * Spec files are independent (random rooms and names, servers on free ports, screenshots per
 * test), so KITH_E2E_WORKERS=2 works on a machine with more cores.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.KITH_E2E_WORKERS ?? 1),
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
