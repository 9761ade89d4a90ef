import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { Need, NeedTiming, Recurrence, TimeSlot } from '../../../src/domain/model'
import {
  expandNeed,
  expandNeeds,
  nextOccurrences,
  scheduledDates,
  type ExpansionRange,
} from '../../../src/domain/schedule'
import { addDays } from '../../../src/domain/dates'

const at = (iso: string) => Date.parse(iso)
const iso = (instant: number) => new Date(instant).toISOString().replace('.000Z', 'Z')

const slot = (start: string | null, end: string | null, spanDays = 1): TimeSlot => ({ start, end, spanDays })

function makeNeed(timing: Partial<NeedTiming> & { recurrence: Recurrence }, id = 'need1'): Need {
  return {
    id, title: 'Dinner', category: 'practical', kind: 'meal', priority: 'medium',
    timing: { slots: [slot('18:00', '19:00')], durationMinutes: 60, startDate: null, endDate: null, ...timing },
    mode: 'in-person', sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '',
    requiredTags: [], safety: { professionalFirst: false, peerConfirmed: false }, source: 'coordinator', createdAt: 0,
  }
}

const range = (from: string, to: string, extra: Partial<ExpansionRange> = {}): ExpansionRange => ({
  circleStart: '2026-12-01', circleEnd: '2027-12-31', timeZone: 'Europe/London', from, to, ...extra,
})

const datesOf = (need: Need, expansion: ExpansionRange) => expandNeed(need, expansion).map((occurrence) => occurrence.date)

describe('which days a need falls on', () => {
  it.each<[string, Partial<NeedTiming> & { recurrence: Recurrence }, ExpansionRange, string[]]>([
    ['daily', { recurrence: { kind: 'daily' } }, range('2026-12-01', '2026-12-04'),
      ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']],
    ['weekly on Tue and Thu', { recurrence: { kind: 'weekly', weekdays: [4, 2] } }, range('2026-12-01', '2026-12-14'),
      ['2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10']],
    ['weekly on Sunday across the year end', { recurrence: { kind: 'weekly', weekdays: [7] } }, range('2026-12-25', '2027-01-10'),
      ['2026-12-27', '2027-01-03', '2027-01-10']],
    ['once', { recurrence: { kind: 'once', date: '2026-12-04' } }, range('2026-12-01', '2026-12-31'), ['2026-12-04']],
    ['once, outside the range asked for', { recurrence: { kind: 'once', date: '2026-12-04' } }, range('2026-12-05', '2026-12-31'), []],
    ['chosen dates, unsorted with a repeat and one after the end',
      { recurrence: { kind: 'dates', dates: ['2026-12-10', '2026-12-02', '2026-12-02', '2028-05-01'] } },
      range('2026-12-01', '2028-12-31'), ['2026-12-02', '2026-12-10']],
    ['every 3 days across a month end', { recurrence: { kind: 'every-n-days', interval: 3 }, startDate: '2027-01-30' },
      range('2027-01-01', '2027-02-09'), ['2027-01-30', '2027-02-02', '2027-02-05', '2027-02-08']],
    ['every 3 days across February in a leap year', { recurrence: { kind: 'every-n-days', interval: 3 }, startDate: '2028-02-25' },
      range('2028-02-01', '2028-03-06', { circleEnd: '2028-12-31' }), ['2028-02-25', '2028-02-28', '2028-03-02', '2028-03-05']],
    ['every 3 days across February in a common year', { recurrence: { kind: 'every-n-days', interval: 3 }, startDate: '2027-02-25' },
      range('2027-02-01', '2027-03-06'), ['2027-02-25', '2027-02-28', '2027-03-03', '2027-03-06']],
    ['every 3 days counted from the start, not from the range', { recurrence: { kind: 'every-n-days', interval: 3 }, startDate: '2027-01-30' },
      range('2027-02-03', '2027-02-09'), ['2027-02-05', '2027-02-08']],
    ['every 3 days from the circle start when the need has none', { recurrence: { kind: 'every-n-days', interval: 3 } },
      range('2026-12-01', '2026-12-10'), ['2026-12-01', '2026-12-04', '2026-12-07', '2026-12-10']],
    ['an end date is included', { recurrence: { kind: 'daily' }, endDate: '2026-12-03' }, range('2026-12-01', '2026-12-31'),
      ['2026-12-01', '2026-12-02', '2026-12-03']],
    ['no end date: the circle end is included', { recurrence: { kind: 'daily' } },
      range('2026-12-01', '2026-12-31', { circleEnd: '2026-12-02' }), ['2026-12-01', '2026-12-02']],
    ['a start date after the circle start', { recurrence: { kind: 'daily' }, startDate: '2026-12-30' },
      range('2026-12-01', '2027-01-01'), ['2026-12-30', '2026-12-31', '2027-01-01']],
    ['nothing before the circle start', { recurrence: { kind: 'daily' } }, range('2026-11-28', '2026-12-01'), ['2026-12-01']],
    ['an end before the start', { recurrence: { kind: 'daily' }, startDate: '2026-12-10', endDate: '2026-12-09' },
      range('2026-12-01', '2026-12-31'), []],
  ])('%s', (_, timing, expansion, expected) => {
    expect(datesOf(makeNeed(timing), expansion)).toEqual(expected)
  })

  it('extending the circle extends needs without their own end date', () => {
    const need = makeNeed({ recurrence: { kind: 'weekly', weekdays: [2] } })
    const before = datesOf(need, range('2026-12-01', '2027-01-31', { circleEnd: '2026-12-15' }))
    const after = datesOf(need, range('2026-12-01', '2027-01-31', { circleEnd: '2026-12-29' }))
    expect(before).toEqual(['2026-12-01', '2026-12-08', '2026-12-15'])
    expect(after).toEqual([...before, '2026-12-22', '2026-12-29'])
  })

  it.each([0, -2, 1.5, Number.NaN])('an every-n-days interval of %s yields nothing instead of looping', (interval) => {
    expect(scheduledDates({ kind: 'every-n-days', interval }, { start: '2026-12-01', end: '2026-12-31' }, '2026-12-01', '2026-12-31')).toEqual([])
  })

  it.each<[string, Recurrence, [TimeSlot, ...TimeSlot[]], number]>([
    ['Tue and Thu', { kind: 'weekly', weekdays: [2, 4] }, [slot('18:00', '19:00')], 24],
    ['twice a day', { kind: 'daily' }, [slot('07:00', '09:00'), slot('18:00', '20:00')], 168],
    ['every 3 days', { kind: 'every-n-days', interval: 3 }, [slot(null, null)], 28],
    ['every weekday', { kind: 'weekly', weekdays: [1, 2, 3, 4, 5] }, [slot('10:00', '10:30')], 60],
    ['once', { kind: 'once', date: '2027-01-12' }, [slot('09:00', '17:00')], 1],
  ])('over 12 weeks, %s makes %i occurrences', (_, recurrence, slots, count) => {
    const twelveWeeks = range('2026-12-07', addDays('2026-12-07', 83), { circleStart: '2026-12-07' })
    expect(expandNeed(makeNeed({ recurrence, slots }), twelveWeeks)).toHaveLength(count)
  })
})

describe('occurrence windows', () => {
  const windowsOf = (slots: TimeSlot[], expansion: ExpansionRange, recurrence: Recurrence = { kind: 'daily' }) =>
    expandNeed(makeNeed({ recurrence, slots }), expansion).map((o) => [o.id, iso(o.windowStart), iso(o.windowEnd)])

  it('a daily 08:00 need keeps 08:00 local and its ids across the Berlin spring-forward day', () => {
    expect(windowsOf([slot('08:00', '09:00')], range('2027-03-27', '2027-03-29', { timeZone: 'Europe/Berlin' }))).toEqual([
      ['need1:2027-03-27:08:00', '2027-03-27T07:00:00Z', '2027-03-27T08:00:00Z'],
      ['need1:2027-03-28:08:00', '2027-03-28T06:00:00Z', '2027-03-28T07:00:00Z'],
      ['need1:2027-03-29:08:00', '2027-03-29T06:00:00Z', '2027-03-29T07:00:00Z'],
    ])
  })

  it('a daily 08:00 need keeps 08:00 local across the Berlin fall-back day', () => {
    expect(windowsOf([slot('08:00', '09:00')], range('2027-10-30', '2027-11-01', { timeZone: 'Europe/Berlin' }))).toEqual([
      ['need1:2027-10-30:08:00', '2027-10-30T06:00:00Z', '2027-10-30T07:00:00Z'],
      ['need1:2027-10-31:08:00', '2027-10-31T07:00:00Z', '2027-10-31T08:00:00Z'],
      ['need1:2027-11-01:08:00', '2027-11-01T07:00:00Z', '2027-11-01T08:00:00Z'],
    ])
  })

  it('a 02:30 slot that does not exist opens at 03:00 and keeps its 02:30 id', () => {
    expect(windowsOf([slot('02:30', '03:30')], range('2027-03-27', '2027-03-29', { timeZone: 'Europe/Berlin' }))).toEqual([
      ['need1:2027-03-27:02:30', '2027-03-27T01:30:00Z', '2027-03-27T02:30:00Z'],
      ['need1:2027-03-28:02:30', '2027-03-28T01:00:00Z', '2027-03-28T01:30:00Z'],
      ['need1:2027-03-29:02:30', '2027-03-29T00:30:00Z', '2027-03-29T01:30:00Z'],
    ])
  })

  it('a 02:30 slot that happens twice opens at the first 02:30', () => {
    expect(windowsOf([slot('02:30', '04:00')], range('2027-10-30', '2027-11-01', { timeZone: 'Europe/Berlin' }))).toEqual([
      ['need1:2027-10-30:02:30', '2027-10-30T00:30:00Z', '2027-10-30T02:00:00Z'],
      ['need1:2027-10-31:02:30', '2027-10-31T00:30:00Z', '2027-10-31T03:00:00Z'],
      ['need1:2027-11-01:02:30', '2027-11-01T01:30:00Z', '2027-11-01T03:00:00Z'],
    ])
  })

  it('a slot wholly inside the gap collapses to an empty window rather than a negative one', () => {
    const [occurrence] = expandNeed(makeNeed({ recurrence: { kind: 'once', date: '2027-03-28' }, slots: [slot('02:00', '02:30')] }),
      range('2027-03-28', '2027-03-28', { timeZone: 'Europe/Berlin' }))
    expect([iso(occurrence.windowStart), iso(occurrence.windowEnd)]).toEqual(['2027-03-28T01:00:00Z', '2027-03-28T01:00:00Z'])
  })

  it('an any-time window lasts 23 hours on spring-forward day and 25 on fall-back day', () => {
    const berlin = { timeZone: 'Europe/Berlin', circleStart: '2027-01-01' }
    expect(windowsOf([slot(null, null)], range('2027-03-28', '2027-03-28', berlin)))
      .toEqual([['need1:2027-03-28:any', '2027-03-27T23:00:00Z', '2027-03-28T22:00:00Z']])
    expect(windowsOf([slot(null, null)], range('2027-10-31', '2027-10-31', berlin)))
      .toEqual([['need1:2027-10-31:any', '2027-10-30T22:00:00Z', '2027-10-31T23:00:00Z']])
  })

  // The tests run in UTC; each instant below would be hours off if the device zone were used.
  it.each([
    ['Asia/Kolkata', '03:00', '2026-12-02', '2026-12-01T21:30:00Z'],
    ['Asia/Kolkata', '18:00', '2026-12-02', '2026-12-02T12:30:00Z'],
    ['Pacific/Auckland', '08:00', '2026-12-02', '2026-12-01T19:00:00Z'],
    ['America/New_York', '20:00', '2026-12-02', '2026-12-03T01:00:00Z'],
    ['America/New_York', '20:00', '2027-07-01', '2027-07-02T00:00:00Z'],
  ])('in %s, %s on %s opens at %s', (timeZone, start, date, expected) => {
    const need = makeNeed({ recurrence: { kind: 'once', date }, slots: [slot(start, null)] })
    const [occurrence] = expandNeed(need, range(date, date, { timeZone }))
    expect(occurrence.id).toBe(`need1:${date}:${start}`)
    expect(iso(occurrence.windowStart)).toBe(expected)
  })

  it.each<[string, TimeSlot, string, string]>([
    ['"by Friday": Monday 09:00 to Friday 17:00', slot('09:00', '17:00', 5), '2026-11-30T09:00:00Z', '2026-12-04T17:00:00Z'],
    ['over 5 days with no end time: up to Saturday midnight', slot('09:00', null, 5), '2026-11-30T09:00:00Z', '2026-12-05T00:00:00Z'],
    ['over 5 days with no start time: from Monday midnight', slot(null, '17:00', 5), '2026-11-30T00:00:00Z', '2026-12-04T17:00:00Z'],
    ['crossing midnight', slot('22:00', '02:00'), '2026-11-30T22:00:00Z', '2026-12-01T02:00:00Z'],
    ['an end equal to the start: a whole day', slot('22:00', '22:00'), '2026-11-30T22:00:00Z', '2026-12-01T22:00:00Z'],
    ['no start: from midnight', slot(null, '10:00'), '2026-11-30T00:00:00Z', '2026-11-30T10:00:00Z'],
    ['no end: to the next midnight', slot('18:00', null), '2026-11-30T18:00:00Z', '2026-12-01T00:00:00Z'],
    ['a span of 2 ending before its start time', slot('22:00', '02:00', 2), '2026-11-30T22:00:00Z', '2026-12-01T02:00:00Z'],
  ])('%s', (_, timeSlot, start, end) => {
    const need = makeNeed({ recurrence: { kind: 'once', date: '2026-11-30' }, slots: [timeSlot] })
    const [occurrence] = expandNeed(need, range('2026-11-30', '2026-11-30', { circleStart: '2026-11-01' }))
    expect([iso(occurrence.windowStart), iso(occurrence.windowEnd)]).toEqual([start, end])
  })

  it('several slots a day come out in time order, each with its own id', () => {
    const need = makeNeed({ recurrence: { kind: 'daily' }, slots: [slot('07:00', '09:00'), slot('18:00', '20:00')], durationMinutes: 30 })
    expect(expandNeed(need, range('2026-12-01', '2026-12-02'))).toEqual([
      { id: 'need1:2026-12-01:07:00', needId: 'need1', date: '2026-12-01', weekday: 2, slotKey: '07:00',
        windowStart: at('2026-12-01T07:00:00Z'), windowEnd: at('2026-12-01T09:00:00Z'), durationMinutes: 30 },
      { id: 'need1:2026-12-01:18:00', needId: 'need1', date: '2026-12-01', weekday: 2, slotKey: '18:00',
        windowStart: at('2026-12-01T18:00:00Z'), windowEnd: at('2026-12-01T20:00:00Z'), durationMinutes: 30 },
      { id: 'need1:2026-12-02:07:00', needId: 'need1', date: '2026-12-02', weekday: 3, slotKey: '07:00',
        windowStart: at('2026-12-02T07:00:00Z'), windowEnd: at('2026-12-02T09:00:00Z'), durationMinutes: 30 },
      { id: 'need1:2026-12-02:18:00', needId: 'need1', date: '2026-12-02', weekday: 3, slotKey: '18:00',
        windowStart: at('2026-12-02T18:00:00Z'), windowEnd: at('2026-12-02T20:00:00Z'), durationMinutes: 30 },
    ])
  })

  it('slots sharing a key keep only the first, so no two occurrences share an id', () => {
    const need = makeNeed({ recurrence: { kind: 'once', date: '2026-12-01' }, slots: [slot('18:00', '19:00'), slot('18:00', '21:00'), slot(null, null), slot(null, '12:00')] })
    expect(windowsOf(need.timing.slots, range('2026-12-01', '2026-12-01'), need.timing.recurrence)).toEqual([
      ['need1:2026-12-01:any', '2026-12-01T00:00:00Z', '2026-12-02T00:00:00Z'],
      ['need1:2026-12-01:18:00', '2026-12-01T18:00:00Z', '2026-12-01T19:00:00Z'],
    ])
  })
})

describe('determinism and ordering', () => {
  const needs = [
    makeNeed({ recurrence: { kind: 'weekly', weekdays: [2, 4] } }, 'b-dinner'),
    makeNeed({ recurrence: { kind: 'daily' }, slots: [slot('07:00', '08:00'), slot('18:00', '19:00')] }, 'a-walk'),
    makeNeed({ recurrence: { kind: 'every-n-days', interval: 3 }, slots: [slot(null, null)] }, 'c-plants'),
  ]

  it('expands the same input to the same output, sorted by start then id', () => {
    const first = expandNeeds(needs, range('2026-12-01', '2026-12-14'))
    expect(expandNeeds([...needs].reverse(), range('2026-12-01', '2026-12-14'))).toEqual(first)
    const tuesdayEvening = first.filter((o) => o.date === '2026-12-01' && o.slotKey === '18:00').map((o) => o.id)
    expect(tuesdayEvening).toEqual(['a-walk:2026-12-01:18:00', 'b-dinner:2026-12-01:18:00'])
    for (let index = 1; index < first.length; index++) {
      const [a, b] = [first[index - 1], first[index]]
      expect(a.windowStart < b.windowStart || (a.windowStart === b.windowStart && a.id < b.id)).toBe(true)
    }
  })

  it('expanding two halves of a range gives the same occurrences as expanding it whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (offset, split) => {
        const from = addDays('2026-12-01', offset)
        const middle = addDays(from, split)
        const to = addDays(from, 60)
        const whole = expandNeeds(needs, range(from, to))
        const halves = [...expandNeeds(needs, range(from, middle)), ...expandNeeds(needs, range(addDays(middle, 1), to))]
        expect(halves.map((o) => o.id).sort()).toEqual(whole.map((o) => o.id).sort())
      }),
      { numRuns: 50 },
    )
  })
})

describe('next occurrences for the preview', () => {
  const circle = { circleStart: '2026-12-01', circleEnd: '2026-12-31', timeZone: 'Europe/London' }
  const daily = makeNeed({ recurrence: { kind: 'daily' } })
  const idsOf = (need: Need, now: string, count: number, circleDates = circle) =>
    nextOccurrences(need, circleDates, at(now), count).map((o) => o.id)

  it.each([
    ['during today\'s window, today still counts', '2026-12-05T18:30:00Z', ['need1:2026-12-05:18:00', 'need1:2026-12-06:18:00', 'need1:2026-12-07:18:00']],
    ['once today\'s window has ended, tomorrow comes first', '2026-12-05T19:00:00Z', ['need1:2026-12-06:18:00', 'need1:2026-12-07:18:00', 'need1:2026-12-08:18:00']],
    ['before the circle starts, from its first day', '2026-11-01T12:00:00Z', ['need1:2026-12-01:18:00', 'need1:2026-12-02:18:00', 'need1:2026-12-03:18:00']],
    ['near the end, only what is left', '2026-12-30T20:00:00Z', ['need1:2026-12-31:18:00']],
    ['after the end, nothing', '2027-01-01T00:00:00Z', []],
  ])('%s', (_, now, expected) => {
    expect(idsOf(daily, now, 3)).toEqual(expected)
  })

  it('a "by Friday" window opened days ago is still next while open', () => {
    const need = makeNeed({ recurrence: { kind: 'once', date: '2026-11-30' }, slots: [slot('09:00', '17:00', 5)] })
    expect(idsOf(need, '2026-12-03T12:00:00Z', 2, { ...circle, circleStart: '2026-11-01' })).toEqual(['need1:2026-11-30:09:00'])
  })

  it('looks far enough ahead for sparse schedules', () => {
    const need = makeNeed({ recurrence: { kind: 'every-n-days', interval: 30 } })
    expect(idsOf(need, '2026-11-01T00:00:00Z', 4, { ...circle, circleEnd: '2027-12-31' }))
      .toEqual(['need1:2026-12-01:18:00', 'need1:2026-12-31:18:00', 'need1:2027-01-30:18:00', 'need1:2027-03-01:18:00'])
  })

  it('asks for nothing, gets nothing', () => {
    expect(idsOf(daily, '2026-12-05T12:00:00Z', 0)).toEqual([])
  })
})
