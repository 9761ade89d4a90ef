import { describe, expect, it } from 'vitest'
import type { AssignmentProposal } from '../../../src/store'
import { stableId } from '../../../src/store/ids'
import { later, twoReplicas } from '../../helpers/mapStore'

/**
 * Two tabs (or two coordinator devices) accepting the same plan at the same moment, before
 * either has seen the other's write: each series is written once, with one log entry.
 */
const twoTabs = () => twoReplicas('Sam', 'Lee')

const proposal = (needId: string, helperId: string, overrides: Partial<AssignmentProposal> = {}): AssignmentProposal => ({
  needId, slotKey: '08:00', weekdays: [1, 2, 3, 4, 5], from: '2026-11-25', until: '2026-12-08', helperId, role: 'primary', override: null,
  reasons: ['offered dog walks'], ...overrides,
})

describe('accepting a plan is idempotent per series', () => {
  it('the same proposals accepted in two tabs at once merge into one series each and one log entry', () => {
    const { a, b, sync, needId, helperIds: [sam, lee] } = twoTabs()
    const plan = [proposal(needId, sam), proposal(needId, lee, { role: 'backup' })]
    expect(a.run('assignment/accept', { assignments: plan }, later(10)).ok).toBe(true)
    expect(b.run('assignment/accept', { assignments: [...plan].reverse() }, later(11)).ok).toBe(true)
    sync()
    const [sa, sb] = [a.getSnapshot(), b.getSnapshot()]
    expect(sa.problems).toEqual([])
    expect(sa.assignments).toHaveLength(2)
    expect(sa.assignments).toEqual(sb.assignments)
    expect(sa.activity.filter((entry) => entry.kind === 'assignment/accepted')).toHaveLength(1)
  })

  it('a series trimmed since keeps its id; accepting its old shape again writes a new series beside it', () => {
    const { a, needId, helperIds: [sam, lee] } = twoTabs()
    a.run('assignment/accept', { assignments: [proposal(needId, sam)] }, later(10))
    const [first] = a.getSnapshot().assignments
    // Lee takes Fridays: Sam's series is trimmed to Mon–Thu, keeping its id.
    a.run('assignment/set', { needId, slotKey: '08:00', role: 'primary', from: '2026-11-25', until: '2026-12-08', override: null, parts: [{ weekdays: [5], helperId: lee }] }, later(11))
    expect(a.getSnapshot().assignments.find((s) => s.id === first.id)?.weekdays).toEqual([1, 2, 3, 4])
    a.run('assignment/accept', { assignments: [proposal(needId, sam)] }, later(12))
    const sams = a.getSnapshot().assignments.filter((s) => s.helperId === sam)
    expect(sams.map((s) => s.weekdays.join(''))).toEqual(expect.arrayContaining(['1234', '12345']))
    expect(new Set(sams.map((s) => s.id)).size).toBe(sams.length)
  })

  it('stable ids are the same for the same text and differ otherwise', () => {
    expect(stableId('series|a')).toBe(stableId('series|a'))
    expect(stableId('series|a')).not.toBe(stableId('series|b'))
    expect(stableId('series|a')).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })
})
