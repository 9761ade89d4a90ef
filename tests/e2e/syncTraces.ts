import { writeFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'
import { expect, test } from './support'

/**
 * Each page of a context traces its rooms, keys and connections (src/sync/syncTrace.ts and
 * y-webrtc's own trace of every peer), into `lines` with the time and `who`: what to read when a
 * change did not arrive. Only with KITH_SYNC_TRACE=1, unless `always` (a test that reads the trace).
 */
export async function traceSync(context: BrowserContext, who: string, lines: string[], always = false): Promise<void> {
  if (!always && !process.env.KITH_SYNC_TRACE) return
  await context.addInitScript(() => localStorage.setItem('log', 'kith-sync|y-webrtc'))
  const listen = (page: Page) => page.on('console', (message) => {
    const text = message.text()
    if (/kith-sync|y-webrtc/.test(text) && !/(received|send|broadcast) message/.test(text)) lines.push(`${new Date().toISOString().slice(11, 23)} ${who} ${text.replace(/%c|color:[^;]*;|font-weight:\w*;/g, '')}`)
  })
  context.pages().forEach(listen)
  context.on('page', listen)
}

/** Attaches the trace to the test's report. */
export async function saveTrace(lines: string[]): Promise<void> {
  if (lines.length === 0) return
  writeFileSync(test.info().outputPath('sync-trace.txt'), lines.join('\n'))
  await test.info().attach('sync trace', { path: test.info().outputPath('sync-trace.txt') })
}

/** Renames a need on the coordinator's Assess. */
export async function renameNeed(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('link', { name: 'Assess', exact: true }).click()
  await page.getByRole('link', { name: new RegExp(from) }).click()
  await page.getByLabel('What is needed').fill(to)
  await page.getByRole('button', { name: 'Save need' }).click()
  await expect(page.getByRole('link', { name: new RegExp(to) }).first()).toBeVisible()
}
