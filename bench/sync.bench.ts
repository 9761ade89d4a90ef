import type { Page } from '@playwright/test'
import * as Y from 'yjs'
import { sizes, table } from './measure'
import { helperCircle, project, statusEdits, syncContent, taskIds, type SyncContent } from './sync/helperDoc'
import { poll, randomId, startHarness, withTimeout, type Harness } from './sync/harness'
import type { RoomSpec, RoomStatus } from './sync/page'

/**
 * Issue 6's figures: y-webrtc latency between two browser contexts, a coordinator syncing 40
 * helper documents with a "helper farm" page (NOTES.md), and a helper document's size. Real
 * WebRTC on loopback in one headless Chromium, through our own signaling server; printed, never
 * asserted. Anything that does not connect in time prints "not measured: <reason>".
 */
const CHANGES = 50
const WARMUP = 5
const HELPERS = 40
const CONNECT_TIMEOUT = 25_000
const SYNC_TIMEOUT = 45_000

const TITLES = {
  latency: 'Sync: change-to-arrival over y-webrtc, 2 browser contexts, loopback (target median < 100 ms)',
  forty: `Sync: coordinator opening ${HELPERS} helper documents, helpers online in one "helper farm" page`,
  size: 'Sync: helper document with 20 tasks (store projection)',
}

function notMeasured(title: string, error: unknown): void {
  console.log(`## ${title}`)
  console.log(`not measured: ${error instanceof Error ? error.message : String(error)}`)
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const ms = (value: number) => value.toFixed(1)
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const status = (page: Page) => withTimeout(page.evaluate(() => window.kithBench.status()), 10_000, 'reading page status')
const epochOf = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now())

function rooms(count: number): RoomSpec[] {
  // Random like the app's: a 128-bit document id as the room, a 256-bit key as its password.
  return Array.from({ length: count }, () => ({ room: randomId(16), key: randomId(32) }))
}

async function latency(harness: Harness): Promise<void> {
  const [room] = rooms(1)
  const writer = await harness.newPage('/bench/')
  const reader = await harness.newPage('/bench/')
  try {
    const open = (page: Page) => page.evaluate(({ room, signaling }) => window.kithBench.open([room], [signaling], null, null), { room, signaling: harness.signaling })
    const started = await open(writer.page)
    await open(reader.page)
    await reader.page.evaluate((name) => window.kithBench.echo(name), room.room)
    const linked = (s: RoomStatus[]) => s[0].syncedPeers >= 1 && s[0].bcPeers === 0
    await poll(async () => (linked(await status(writer.page)) && linked(await status(reader.page)) ? true : null), CONNECT_TIMEOUT,
      'WebRTC between the two contexts did not connect')
    const connectMs = (await epochOf(writer.page)) - started
    const write = (prefix: string, count: number) => withTimeout(
      writer.page.evaluate(({ name, prefix, count }) => window.kithBench.writeChanges(name, prefix, count, 20, 5000), { name: room.room, prefix, count }),
      Math.min(60_000, (count + 1) * 6000), 'writing changes')
    await write('warmup', WARMUP)
    const roundTrips = await write('change', CHANGES)
    const oneWay = (await reader.page.evaluate(() => window.kithBench.oneWay())).slice(WARMUP)
    const row = (measure: string, values: number[]) => ({
      measure, changes: values.length, 'median ms': ms(percentile(values, 50)), 'p95 ms': ms(percentile(values, 95)),
      'min ms': ms(Math.min(...values)), 'max ms': ms(Math.max(...values)),
    })
    table(TITLES.latency, [
      row('one way: writer\'s timestamp → reader\'s observer', oneWay),
      row('round trip: change + reader\'s echo (writer\'s clock)', roundTrips),
    ])
    console.log(`(connected and synced ${(connectMs / 1000).toFixed(1)} s after the providers started; ${WARMUP} warm-up changes not counted; 20 ms between changes)`)
  } finally {
    await writer.context.close().catch(() => undefined)
    await reader.context.close().catch(() => undefined)
  }
}

interface FortyResult {
  scenario: string
  synced: number
  firstMs: number
  medianMs: number
  allMs: number
  heapBefore: number
  heapAfter: number
}

/**
 * The farm page opens first with 40 providers (helpers online, connected to signaling); then the
 * coordinator's page "opens": creates 40 documents from their stored state and starts 40
 * providers. Done when every document on both sides holds everything in `expected*`.
 */
async function forty(harness: Harness, scenario: string, coordinator: Uint8Array, helper: Uint8Array | null, expected: Uint8Array): Promise<FortyResult> {
  const specs = rooms(HELPERS)
  const farm = await harness.newPage('/bench/')
  const coord = await harness.newPage('/bench/')
  try {
    const signaling = [harness.signaling]
    await farm.page.evaluate(({ specs, signaling, update, expected }) => window.kithBench.open(specs, signaling, update, expected),
      { specs, signaling, update: helper ? b64(helper) : null, expected: b64(expected) })
    await poll(async () => ((await status(farm.page)).every((s) => s.signalingConnected) ? true : null), CONNECT_TIMEOUT,
      'the helper farm did not reach the signaling server')
    const heapBefore = await harness.heapBytes(coord.page)
    const started = await coord.page.evaluate(({ specs, signaling, update, expected }) => window.kithBench.open(specs, signaling, update, expected),
      { specs, signaling, update: b64(coordinator), expected: b64(expected) })
    const covered = (s: RoomStatus[]) => s.filter((r) => r.coveredAt !== null && r.bcPeers === 0)
    let last: RoomStatus[] = []
    try {
      await poll(async () => {
        const both = [...await status(farm.page), ...await status(coord.page)]
        last = both
        return covered(both).length === 2 * HELPERS ? true : null
      }, SYNC_TIMEOUT, 'syncing 40 documents', 100)
    } catch (error) {
      const done = covered(last).length
      throw new Error(`${(error as Error).message}; ${done} of ${2 * HELPERS} document copies synced (${last.filter((r) => r.connectedPeers > 0).length} with a WebRTC peer)`)
    }
    // A document is synced when both its copies are: the later of the two.
    const farmStatus = await status(farm.page)
    const coordStatus = new Map((await status(coord.page)).map((s) => [s.room, s.coveredAt!]))
    const perDoc = farmStatus.map((s) => Math.max(s.coveredAt!, coordStatus.get(s.room)!) - started).sort((a, b) => a - b)
    const heapAfter = await harness.heapBytes(coord.page)
    return {
      scenario, synced: perDoc.length, firstMs: perDoc[0], medianMs: percentile(perDoc, 50), allMs: perDoc[perDoc.length - 1], heapBefore, heapAfter,
    }
  } finally {
    await farm.context.close().catch(() => undefined)
    await coord.context.close().catch(() => undefined)
  }
}

async function fortyDocuments(harness: Harness, content: SyncContent): Promise<void> {
  const scenarios: Array<[string, Uint8Array, Uint8Array | null, Uint8Array]> = [
    ['first sync: helpers hold nothing yet', content.coordinator, null, Y.encodeStateVectorFromUpdate(content.coordinator)],
    ['catch-up: 3 status edits one way, a report back', content.coordinator, content.helper, content.merged],
  ]
  const rows: Array<Record<string, string | number>> = []
  const failures: string[] = []
  for (const [name, coordinator, helper, expected] of scenarios) {
    try {
      const r = await forty(harness, name, coordinator, helper, expected)
      rows.push({
        scenario: r.scenario, synced: `${r.synced}/${HELPERS}`, 'first ms': Math.round(r.firstMs), 'median ms': Math.round(r.medianMs), 'all ms': Math.round(r.allMs),
        'heap before MB': mb(r.heapBefore), 'heap after MB': mb(r.heapAfter),
      })
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`)
      break // the next scenario would only wait as long again: the section stays under 3 minutes
    }
  }
  if (rows.length === 0) return notMeasured(TITLES.forty, failures.join('; '))
  table(TITLES.forty, rows)
  for (const failure of failures) console.log(`not measured: ${failure}`)
  console.log(`(each document: ${content.tasks} tasks, ${content.coordinator.byteLength} B on the coordinator's side; time from starting the 40 providers in a loaded page until both copies of the last document hold both sides' changes; heap = coordinator page's JSHeapUsedSize after a GC, a bench page holding only Yjs + y-webrtc)`)
  if (harness.hasApp) {
    try {
      const app = await harness.newPage('/')
      try {
        await app.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
        console.log(`(for scale: Kith's built app (dist/) at its start screen with no circle uses ${mb(await harness.heapBytes(app.page))} MB of JS heap)`)
      } finally {
        await app.context.close().catch(() => undefined)
      }
    } catch (error) {
      console.log(`(the built app's own heap was not measured: ${(error as Error).message})`)
    }
  }
}

function helperDocumentSize(): void {
  const circle = helperCircle()
  const doc = new Y.Doc()
  project(circle, doc)
  const tasks = taskIds(doc).length
  const full = sizes(Y.encodeStateAsUpdate(doc))
  const deltas = statusEdits(circle, doc, 1000)
  const edited = sizes(Y.encodeStateAsUpdate(doc))
  const share = (bytes: number) => `${((bytes / 262144) * 100).toFixed(1)}%`
  table(TITLES.size, [
    { state: `full, ${tasks} tasks`, bytes: full.bytes, gzipped: full.gzipped, 'share of 256 KiB': share(full.bytes) },
    { state: 'after 1,000 status edits', bytes: edited.bytes, gzipped: edited.gzipped, 'share of 256 KiB': share(edited.bytes) },
    {
      state: 'one status edit as a delta (mean / max)', bytes: `${Math.round(deltas.reduce((a, b) => a + b, 0) / deltas.length)} / ${Math.max(...deltas)}`,
      gzipped: '', 'share of 256 KiB': '',
    },
  ])
}

export async function runSyncBench(): Promise<void> {
  const started = performance.now()
  let harness: Harness | null = null
  try {
    harness = await startHarness()
  } catch (error) {
    notMeasured(TITLES.latency, error)
    console.log('')
    notMeasured(TITLES.forty, error)
  }
  try {
    if (harness) {
      try {
        await latency(harness)
      } catch (error) {
        notMeasured(TITLES.latency, error)
      }
      console.log('')
      try {
        await fortyDocuments(harness, syncContent())
      } catch (error) {
        notMeasured(TITLES.forty, error)
      }
    }
  } finally {
    await harness?.close()
  }
  console.log('')
  helperDocumentSize()
  console.log(`(sync section: ${((performance.now() - started) / 1000).toFixed(0)} s)`)
}
