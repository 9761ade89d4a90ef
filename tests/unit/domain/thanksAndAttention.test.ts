import { describe, expect, it } from 'vitest'
import { helpersNeedingAWord } from '../../../src/domain/attention'
import { thankYouNote } from '../../../src/i18n/describeBrief'
import type { Assignment, Need, Occurrence, OccurrenceStatus } from '../../../src/domain/model'

const DAY = 86_400_000
const now = Date.UTC(2026, 11, 20, 12)
const circle = { recipientName: 'Maria', coordinator: { name: 'Priya', contact: '' } }
const need = (id: string, kind: Need['kind']) => ({ id, kind }) as Need
const series = (helperId: string, needId: string): Assignment => ({
  id: `${helperId}-${needId}`, needId, slotKey: '07:00', weekdays: [1, 2, 3, 4, 5, 6, 7], from: '2026-11-01', until: '2026-12-31',
  helperId, role: 'primary', accepted: true, override: null,
})
function walk(daysAgo: number): Occurrence {
  const start = now - daysAgo * DAY
  const date = new Date(start).toISOString().slice(0, 10)
  return { id: `walk:${date}:07:00`, needId: 'walk', date, weekday: (((new Date(start).getUTCDay() + 6) % 7) + 1) as Occurrence['weekday'], slotKey: '07:00', windowStart: start, windowEnd: start + 3600_000, durationMinutes: 30 }
}
const status = (occurrence: Occurrence, kind: OccurrenceStatus['status']): [string, OccurrenceStatus] =>
  [occurrence.id, { occurrenceId: occurrence.id, status: kind, coveredBy: null, note: '', at: now }]

describe('thank-you notes', () => {
  it('name what the helper did, and who it helped', () => {
    const note = thankYouNote({ helper: { id: 'sam', name: 'Sam' }, circle, needs: [need('walk', 'dog-walk'), need('mail', 'mail')], assignments: [series('sam', 'walk'), series('sam', 'mail'), series('lee', 'call')] })
    expect(note).toContain('Dear Sam')
    expect(note).toContain('Thank you for walking the dog and checking the mail.')
    expect(note).toContain('Maria')
    expect(note).toMatch(/Priya$/)
  })

  it('thank someone who offered but was never needed', () => {
    expect(thankYouNote({ helper: { id: 'kim', name: 'Kim' }, circle, needs: [], assignments: [] })).toContain('Thank you for offering to help.')
  })
})

describe('helpers who might need a private word', () => {
  const occurrences = Array.from({ length: 14 }, (_, i) => walk(i + 1))
  const base = { helpers: [{ id: 'sam', name: 'Sam', contact: '', relation: '', tags: [], createdAt: 0 }], assignments: [series('sam', 'walk')], occurrences, timeZone: 'UTC', now }

  it('points out missed tasks', () => {
    const statuses = Object.fromEntries([status(occurrences[0], 'missed'), status(occurrences[1], 'missed'), status(occurrences[2], 'done')])
    expect(helpersNeedingAWord({ ...base, statuses })).toEqual([{ helperId: 'sam', missed: 2, quiet: false }])
  })

  it('points out two weeks of tasks with none marked done', () => {
    expect(helpersNeedingAWord({ ...base, statuses: {} })).toEqual([{ helperId: 'sam', missed: 0, quiet: true }])
  })

  it('says nothing of a helper whose tasks are being done, or who was covered for', () => {
    expect(helpersNeedingAWord({ ...base, statuses: Object.fromEntries([status(occurrences[3], 'done')]) })).toEqual([])
    expect(helpersNeedingAWord({ ...base, statuses: Object.fromEntries(occurrences.map((o) => status(o, 'covered'))) })).toEqual([])
  })

  it('does not call someone quiet who only just started', () => {
    expect(helpersNeedingAWord({ ...base, occurrences: occurrences.slice(0, 3), statuses: {} })).toEqual([])
  })
})
