import { defineConfig } from '@playwright/test'

/**
 * Browser tests drive the built app (vite preview on 127.0.0.1) in Debian's Chromium at
 * phone size. The servers are started by the harness on free ports (tests/e2e/harness.ts).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
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
