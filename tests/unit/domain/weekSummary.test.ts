import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_WEEK_LINES, weekSummary, type WeekChange, type WeekInput, type WeekLine, type WeekSection } from '../../../src/domain/weekSummary'
import type { Assignment, Helper, Occurrence, OccurrenceStatus, OccurrenceStatusKind, Weekday } from '../../../src/domain/model'

// Friday 11 December 2026, 20:00 UTC. The week is Saturday 5 to Friday 11 December.
const NOW = Date.UTC(2026, 11, 11, 20)
const HOUR = 3_600_000

function occurrenceOn(needId: string, daysAgo: number, hour: number): Occurrence {
  const start = Date.UTC(2026, 11, 11 - daysAgo, hour)
  const date = new Date(start).toISOString().slice(0, 10)
  const weekday = (((new Date(start).getUTCDay() + 6) % 7) + 1) as Weekday
  const slotKey = `${String(hour).padStart(2, '0')}:00`
  return { id: `${needId}:${date}:${slotKey}`, needId, date, weekday, slotKey, windowStart: start, windowEnd: start + HOUR, durationMinutes: 30 }
}
const helper = (id: string): Helper => ({ id, name: id, contact: '', relation: '', tags: [], createdAt: 0 })
function primary(helperId: string, needId: string, slotKey: string): Assignment {
  return { id: `${helperId}-${needId}`, needId, slotKey, weekdays: [1, 2, 3, 4, 5, 6, 7], from: '2026-11-01', until: '2026-12-31', helperId, role: 'primary', accepted: true, override: null }
}
const statusOf = (occurrence: Occurrence, status: OccurrenceStatusKind, coveredBy: string | null = null): [string, OccurrenceStatus] =>
  [occurrence.id, { occurrenceId: occurrence.id, status, coveredBy, note: '', at: NOW }]

const SECTION_OF: Record<string, WeekSection> = { missed: 'missed', quiet: 'quiet', change: 'changes' }
/** Items listed for a section plus what its "more" line counts. */
function accounted(lines: readonly WeekLine[], section: WeekSection): number {
  return lines.reduce((sum, line) => sum + (line.kind === 'more' ? (line.section === section ? line.count : 0) : SECTION_OF[line.kind] === section ? 1 : 0), 0)
}

describe('the week at a glance', () => {
  it('a calm week: what was done, the misses and who covered them, who might need a word, a change', () => {
    const walks = Array.from({ length: 7 }, (_, i) => occurrenceOn('walk', i, 8))
    const input: WeekInput = {
      helpers: [helper('sam'), helper('lee')],
      assignments: [primary('sam', 'walk', '08:00')],
      statuses: Object.fromEntries([
        ...walks.slice(2).map((o) => statusOf(o, 'done')),
        statusOf(walks[0], 'covered', 'lee'),
        statusOf(walks[1], 'missed'),
      ]),
      occurrences: walks,
      changes: [
        { id: 'c2', kind: 'backup/activated', summary: 'Lee will cover the walk' },
        { id: 'c1', kind: 'helper/joined', summary: 'Lee joined on their own phone' },
      ],
      timeZone: 'UTC',
      now: NOW,
    }
    const summary = weekSummary(input)
    expect(summary).toMatchObject({ from: '2026-12-05', to: '2026-12-11' })
    expect(summary.lines).toEqual([
      { kind: 'done', done: 6, of: 7, unmarked: 0 },
      { kind: 'missed', missed: { needId: 'walk', times: 2, coveredBy: [{ helperId: 'lee', times: 1 }], uncovered: 1, occurrenceIds: [walks[1].id, walks[0].id] } },
      // Sam missed a walk: pointed out for a private word (domain/attention.ts).
      { kind: 'quiet', helper: { helperId: 'sam', missed: 1, quiet: false } },
      // The backup's activation is told by the missed line, not again as a change.
      { kind: 'change', change: { id: 'c1', kind: 'helper/joined', summary: 'Lee joined on their own phone' } },
    ])
  })

  it('counts only times whose window has passed, in the seven days up to now, and says when nothing was planned', () => {
    const tonight = occurrenceOn('call', 0, 21) // 21:00, after NOW
    const lastWeek = occurrenceOn('call', 7, 8)
    const input: WeekInput = { helpers: [], assignments: [], statuses: {}, occurrences: [tonight, lastWeek], changes: [], timeZone: 'UTC', now: NOW }
    expect(weekSummary(input).lines).toEqual([{ kind: 'nothing-planned' }])
  })

  it('a very busy week, generated: never more than ten lines, and every miss, quiet helper and change is shown or counted', () => {
    const week = fc.record({
      helperCount: fc.integer({ min: 1, max: 60 }),
      needCount: fc.integer({ min: 1, max: 30 }),
      // Per occurrence of the last two weeks: what happened (weighted towards trouble).
      outcomes: fc.array(fc.constantFrom<OccurrenceStatusKind | 'none'>('done', 'missed', 'missed', 'needs-cover', 'covered', 'covered', 'cancelled', 'none'), { minLength: 30, maxLength: 600 }),
      changeKinds: fc.array(fc.constantFrom('helper/added', 'helper/joined', 'assignment/accepted', 'need/stopped', 'status/set', 'backup/activated', 'offer/saved', 'circle/extended'), { maxLength: 120 }),
      seed: fc.integer({ min: 0, max: 1_000_000 }),
    })
    fc.assert(fc.property(week, ({ helperCount, needCount, outcomes, changeKinds, seed }) => {
      const helpers = Array.from({ length: helperCount }, (_, i) => helper(`h${i}`))
      const needIds = Array.from({ length: needCount }, (_, i) => `n${i}`)
      // Each need at its own hour, daily, over the last fourteen days; its primary one of the helpers.
      const hours = needIds.map((_, i) => 6 + (i % 12))
      const occurrences = needIds.flatMap((needId, i) => Array.from({ length: 14 }, (_, day) => occurrenceOn(needId, day, hours[i])))
      const assignments = needIds.map((needId, i) => primary(helpers[(i * 7 + seed) % helperCount].id, needId, `${String(hours[i]).padStart(2, '0')}:00`))
      const statuses: Record<string, OccurrenceStatus> = {}
      occurrences.forEach((occurrence, i) => {
        const outcome = outcomes[i % outcomes.length]
        if (outcome === 'none') return
        const coveredBy = outcome === 'covered' ? helpers[(i + seed) % helperCount].id : null
        statuses[occurrence.id] = statusOf(occurrence, outcome, coveredBy)[1]
      })
      const changes: WeekChange[] = changeKinds.map((kind, i) => ({ id: `a${i}`, kind, summary: `change ${i}` }))
      const input: WeekInput = { helpers, assignments, statuses, occurrences, changes, timeZone: 'UTC', now: NOW }
      const { lines, details } = weekSummary(input)

      expect(lines.length).toBeLessThanOrEqual(MAX_WEEK_LINES)
      expect(['done', 'nothing-planned']).toContain(lines[0].kind)
      // Nothing dropped silently: each section's lines and its "more" count add up to its details.
      expect(accounted(lines, 'missed')).toBe(details.missed.length)
      expect(accounted(lines, 'quiet')).toBe(details.quiet.length)
      expect(accounted(lines, 'changes')).toBe(details.changes.length)
      // Each section with something to say gets a line of its own.
      for (const section of ['missed', 'quiet', 'changes'] as const) {
        if (details[section].length > 0) expect(lines.some((l) => (l.kind === 'more' ? l.section === section : SECTION_OF[l.kind] === section))).toBe(true)
      }
      // Everything fits when there is room: no "more" line then.
      const total = details.missed.length + details.quiet.length + details.changes.length
      if (total <= MAX_WEEK_LINES - 1) expect(lines.some((l) => l.kind === 'more')).toBe(false)

      // The details, checked by counting independently: every time this week that went wrong.
      const from = '2026-12-05'
      const primaryOf = (o: Occurrence) => assignments.find((a) => a.needId === o.needId)!.helperId
      const wrong = occurrences.filter((o) => {
        const s = statuses[o.id]
        if (o.date < from || o.windowEnd > NOW || !s) return false
        return s.status === 'missed' || s.status === 'needs-cover' || (s.status === 'covered' && s.coveredBy !== primaryOf(o))
      })
      expect(details.missed.reduce((sum, m) => sum + m.times, 0)).toBe(wrong.length)
      for (const m of details.missed) expect(m.uncovered + m.coveredBy.reduce((sum, c) => sum + c.times, 0)).toBe(m.times)
      const done = lines[0].kind === 'done' ? lines[0] : null
      const counted = occurrences.filter((o) => o.date >= from && o.windowEnd <= NOW && statuses[o.id]?.status !== 'cancelled')
      expect(done?.of ?? 0).toBe(counted.length)
      expect(details.changes).toEqual(changes.filter((c) => !['status/set', 'backup/activated'].includes(c.kind)))
    }), { numRuns: 150 })
  })
})
