import * as Y from 'yjs'
import { addDays } from '../src/domain/dates'
import { plan, planInputOf } from '../src/domain/planner'
import { expandNeeds } from '../src/domain/schedule'
import { writeReports, type ReportChange } from '../src/store/fold/reports'
import { addHelpers } from './circle.bench'
import { BENCH_NOW, BENCH_START, BENCH_ZONE, circleStore, seeded, syntheticNeeds } from './fixtures'
import { splitMessage } from '../src/sync/chunks'
import { sizes, table } from './measure'

/**
 * Issue 15: the map travels whole between coordinator devices as one y-webrtc message (sync step
 * 2), which Chromium refuses over 256 KiB. A circle of 40 helpers and 30 needs with 12 weeks
 * planned ahead, that has already run for a year: every past occurrence reported by a helper and
 * folded as fold writes it (a report record, a status and a log entry; one in ten "can't make
 * it" and then covered), and a weekly check-in. Over 256 KiB, Kith's peer connections send
 * the message in chunks (src/sync/chunks.ts); the figure says how many.
 */
const DAY_MS = 86_400_000
const YEAR_DAYS = 364

export async function runCoordinatorsBench(): Promise<void> {
  const random = seeded(15)
  const start = addDays(BENCH_START, -YEAR_DAYS)
  const store = circleStore(syntheticNeeds(30, 3))
  store.run('circle/update', { startDate: start, endDate: addDays(BENCH_START, 83) }, BENCH_NOW)
  addHelpers(store, 40)
  const snapshot = store.getSnapshot()
  const helpers = snapshot.helpers.map((h) => h.id)
  const proposal = plan(planInputOf({ ...snapshot, circle: snapshot.circle! }, BENCH_NOW))
  store.run('assignment/accept', { assignments: proposal.assignments.filter((a) => !a.accepted).map((a) => ({ ...a, reasons: [] })) }, BENCH_NOW)
  const rows = [{ state: 'needs, helpers, offers and 12 weeks planned', ...measure(store.doc) }]

  const circle = store.getSnapshot().circle!
  const past = expandNeeds(store.getSnapshot().needs, { circleStart: start, circleEnd: circle.endDate, timeZone: BENCH_ZONE, from: start, to: addDays(BENCH_START, -1) })
  let statuses = 0
  for (let week = 0; week * 7 < YEAR_DAYS; week++) {
    const from = addDays(start, week * 7)
    const until = addDays(from, 6)
    const at = BENCH_NOW - (YEAR_DAYS - week * 7) * DAY_MS
    // One fold per week, as a coordinator who checks in weekly would see them arrive.
    store.doc.transact(() => {
      for (const occurrence of past.filter((o) => o.date >= from && o.date <= until)) {
        const helperId = helpers[Math.floor(random() * helpers.length)]
        const cant = random() < 0.1
        const change: ReportChange = {
          occurrenceId: occurrence.id,
          report: { kind: cant ? 'cant-make-it' : 'done', note: cant ? 'Sorry, I’m ill this week' : '', at: occurrence.windowStart },
          status: cant ? { status: 'covered', coveredBy: helpers[(helpers.indexOf(helperId) + 1) % helpers.length], note: '', at } : { status: 'done', coveredBy: null, note: '', at },
        }
        writeReports(store.doc, helperId, [change], at)
        statuses++
      }
    })
    store.run('check-in/record', { weekOf: from, worked: 'The walks and the calls worked well.', missing: 'A lift on Thursday.', stop: '', adjusted: 'Moved the Tuesday dinner.', adjustmentIds: [] }, at)
  }
  rows.push({ state: `+ a year of history: ${statuses} reported occurrences, 52 check-ins`, ...measure(store.doc) })
  table('Map document between coordinator devices (40 helpers, 30 needs, 12 weeks ahead, a year behind)', rows)
}

function measure(doc: Y.Doc): Record<string, string | number> {
  const update = Y.encodeStateAsUpdate(doc)
  const { bytes, gzipped } = sizes(update)
  return { bytes, gzipped, 'share of 256 KiB (one y-webrtc message)': `${((bytes / 262144) * 100).toFixed(1)}%`, 'chunks of 64 KiB': splitMessage(update, 1).length }
}
