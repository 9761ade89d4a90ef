import { describe, expect, it } from 'vitest'
import { dueFollowUp, endedOn, lastDayToDo, nextFollowUp } from '../../../src/domain/ending'

const berlin = { timeZone: 'Europe/Berlin', endDate: '2026-12-08' }

describe('the end of the support', () => {
  it('has no last day while it runs, and the day it ended in the recipient’s zone once it has', () => {
    expect(endedOn({ ...berlin, status: 'active', endedAt: null })).toBeNull()
    // 23:30 UTC on 30 November is already 1 December in Berlin.
    expect(endedOn({ ...berlin, status: 'archived', endedAt: Date.UTC(2026, 10, 30, 23, 30) })).toBe('2026-12-01')
    expect(endedOn({ ...berlin, timeZone: 'America/New_York', status: 'archived', endedAt: Date.UTC(2026, 10, 30, 23, 30) })).toBe('2026-11-30')
  })

  it('ended after the planned end counts the planned end; an old circle without endedAt does too', () => {
    expect(endedOn({ ...berlin, status: 'archived', endedAt: Date.UTC(2027, 0, 5) })).toBe('2026-12-08')
    expect(endedOn({ ...berlin, status: 'archived', endedAt: null })).toBe('2026-12-08')
  })

  it('cuts what is to do at the last day only once ended', () => {
    const ended = { ...berlin, status: 'archived' as const, endedAt: Date.UTC(2026, 10, 27, 12) }
    expect(lastDayToDo(ended, '2026-12-31')).toBe('2026-11-27')
    expect(lastDayToDo(ended, '2026-11-20')).toBe('2026-11-20')
    expect(lastDayToDo({ ...ended, status: 'active' }, '2026-12-31')).toBe('2026-12-31')
  })

  it('shows the latest follow-up whose day has come, and the next one ahead', () => {
    const followUps = { oneMonth: '2027-01-07', threeMonths: '2027-03-09' }
    expect(dueFollowUp(followUps, '2027-01-06')).toBeNull()
    expect(nextFollowUp(followUps, '2027-01-06')).toEqual({ kind: 'oneMonth', date: '2027-01-07' })
    expect(dueFollowUp(followUps, '2027-01-07')).toEqual({ kind: 'oneMonth', date: '2027-01-07' })
    expect(nextFollowUp(followUps, '2027-01-07')).toEqual({ kind: 'threeMonths', date: '2027-03-09' })
    expect(dueFollowUp(followUps, '2027-04-01')).toEqual({ kind: 'threeMonths', date: '2027-03-09' })
    expect(nextFollowUp(followUps, '2027-04-01')).toBeNull()
    expect(dueFollowUp({ oneMonth: null, threeMonths: null }, '2027-04-01')).toBeNull()
  })
})
