/** Issue 9, item 4: the need form takes a night as said, and refuses a task longer than its window, kindly. */
import { describe, expect, it } from 'vitest'
import { draftErrors, needDraftOf, newNeedDraft, type NeedFormDraft } from '../../../src/ui/coordinator/needDraft'

const draft = (fields: Partial<NeedFormDraft>): NeedFormDraft => ({ ...newNeedDraft('2026-12-01'), title: 'Night sit', ...fields })
const night = (start: string, end: string) => [{ anyTime: false, start, end }]

describe('the need form’s times', () => {
  it('saves Friday 22:00 to 06:00 as one night', () => {
    const fields = draft({ repeat: 'weekly', weekdays: [5], slots: night('22:00', '06:00'), durationMinutes: 480 })
    expect(draftErrors(fields)).toEqual({})
    expect(needDraftOf(fields).timing.slots).toEqual([{ start: '22:00', end: '06:00', spanDays: 1 }])
  })

  it.each<[string, Partial<NeedFormDraft>, string]>([
    ['a night shorter than the task', { slots: night('22:00', '06:00'), durationMinutes: 540 },
      'This takes about 9 hours, but 22:00 to 06:00 the next morning is only 8 hours long. Please make the times wider or the time it takes shorter.'],
    ['an evening hour for a two-hour task', { slots: night('18:00', '19:00'), durationMinutes: 120 },
      'This takes about 2 hours, but 18:00–19:00 is only 1 hour long. Please make the times wider or the time it takes shorter.'],
    // Only the times the form shows count: "several times a day" shows them all.
    ['the second of several times', { repeat: 'several', slots: [...night('07:00', '10:00'), ...night('12:00', '12:30')], durationMinutes: 60 },
      'This takes about 1 hour, but 12:00–12:30 is only 30 minutes long. Please make the times wider or the time it takes shorter.'],
  ])('refuses %s, saying why', (_, fields, message) => {
    expect(draftErrors(draft(fields))).toEqual({ duration: message })
  })

  it('refuses a time that ends as it starts, and leaves the hidden extra times of a daily need alone', () => {
    expect(draftErrors(draft({ slots: night('09:00', '09:00') }))).toEqual({ slots: 'Each time needs a start and a different end, or “any time”.' })
    expect(draftErrors(draft({ repeat: 'daily', slots: [...night('07:00', '10:00'), ...night('12:00', '12:00')], durationMinutes: 60 }))).toEqual({})
  })
})
