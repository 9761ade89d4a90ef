import * as Y from 'yjs'
import { carriedFor, knowledgeOf } from '../src/sync/carry'
import { newDocumentId, newDocumentKey, inviteLink } from '../src/sync/invite'
import { encodeUpdatePayload, updateLink } from '../src/sync/updateLink'
import { createHelperStore } from '../src/store/roles/helperStore'
import { table } from './measure'
import { helperCircle, project, statusEdits, taskIds } from './sync/helperDoc'
import { poll, startHarness, type Harness } from './sync/harness'

/**
 * Issue 10's figures: how long carried update links are (targets: a helper's update with 20
 * upcoming tasks ≤ 1,500 characters, one status change ≤ 300), and how long a phone takes from
 * opening an invitation that carries its document to its tasks on screen (the built app in
 * headless Chromium, live sync never reached). Printed, never asserted.
 */
const APP = 'https://kith.example.org/'
const TITLES = {
  sizes: 'Carried updates: link lengths (targets: 20 tasks ≤ 1,500 characters, one status change ≤ 300)',
  open: 'Carried updates: opening an invitation that carries 20 tasks, to the tasks on screen (built app, headless Chromium)',
}

async function sizes(): Promise<{ invite: string }> {
  const circle = helperCircle()
  const doc = new Y.Doc()
  project(circle, doc)
  const docId = newDocumentId()
  const key = newDocumentKey()
  const link = async (remote: Y.Snapshot | null, from = doc) => updateLink(APP, docId, await encodeUpdatePayload(docId, key, carriedFor(from, remote)))
  const whole = await link(null)
  const invite = inviteLink(APP, 'helper', docId, key, whole.split('/').pop())
  const rows: Array<Record<string, string | number>> = []
  const row = (what: string, text: string, target: number | null) => rows.push({
    update: what, characters: text.length, target: target ?? '', 'within target': target === null ? '' : text.length <= target ? 'yes' : 'NO',
  })
  row(`the whole helper document, ${taskIds(doc).length} upcoming tasks`, whole, 1500)
  row('the same as an invitation link (key and checksum too)', invite, null)

  // One status change, as a difference against what the helper's phone holds.
  const phone = new Y.Doc()
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(doc))
  const known = knowledgeOf(phone)
  statusEdits(circle, doc, 1, 3, 400)
  row('one status change (coordinator → helper)', await link(known), 300)
  statusEdits(circle, doc, 9, 4, 500)
  row('ten status changes (coordinator → helper)', await link(known), null)

  // What a helper sends back: one "done", then a "can't make it" with a note.
  const helper = createHelperStore(phone)
  const helperKnows = knowledgeOf(doc)
  const tasks = taskIds(phone)
  helper.report(tasks[0], 'done', '', Date.UTC(2026, 10, 25, 12))
  row('one “done” (helper → coordinator)', await link(helperKnows, phone), 300)
  helper.report(tasks[1], 'cant-make-it', 'Sorry, the car broke down; I can do Thursday instead.', Date.UTC(2026, 10, 25, 13))
  row('plus a “can’t make it” with a note', await link(helperKnows, phone), null)
  table(TITLES.sizes, rows)
  return { invite }
}

async function openTimes(harness: Harness, invite: string): Promise<void> {
  const path = invite.slice(APP.length - 1)
  const runs: number[] = []
  for (let i = 0; i < 5; i++) {
    const { context, page } = await harness.newPage('/')
    try {
      await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined)
      const started = Date.now()
      await page.goto(`${harness.baseUrl}${path}`)
      await poll(async () => ((await page.getByRole('article').count()) >= 20 ? true : null), 20_000, 'tasks on screen', 10)
      runs.push(Date.now() - started)
    } finally {
      await context.close().catch(() => undefined)
    }
  }
  runs.sort((a, b) => a - b)
  table(TITLES.open, [{ runs: runs.length, 'median ms': runs[Math.floor(runs.length / 2)], 'min ms': runs[0], 'max ms': runs[runs.length - 1] }])
  console.log('(from navigating to the invitation, in a context that had loaded the app once, to 20 task cards on screen; a fresh link each time)')
}

export async function runCarriedBench(): Promise<void> {
  const { invite } = await sizes()
  console.log('')
  let harness: Harness | null = null
  try {
    harness = await startHarness()
    if (!harness.hasApp) throw new Error('the app is not built (run `npx vite build` first)')
    await openTimes(harness, invite)
  } catch (error) {
    console.log(`## ${TITLES.open}`)
    console.log(`not measured: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    await harness?.close()
  }
}
