import { describe, expect, it } from 'vitest'
import { later, twoReplicas } from '../../helpers/mapStore'

/**
 * Two coordinator devices acting on the same record at the same moment: records whose fields
 * must agree (a status and who covered it; a call's state and who took it) are written whole,
 * so the merge is one device's record or the other's, never an unreadable mix.
 */
function twoDevices() {
  const { needId, ...replicas } = twoReplicas('Sam', 'Lee')
  return { ...replicas, occurrenceId: `${needId}:2026-11-28:08:00` }
}

describe('records written whole merge as one', () => {
  it('a status set as missed on one device and covered on the other', () => {
    const { a, b, sync, occurrenceId, helperIds: [sam] } = twoDevices()
    a.run('occurrence/set-status', { occurrenceId, status: 'missed' }, later(10))
    b.run('occurrence/activate-backup', { occurrenceId, helperId: sam }, later(10))
    sync()
    const [sa, sb] = [a.getSnapshot(), b.getSnapshot()]
    expect(sa.problems).toEqual([])
    expect(sa.statuses[occurrenceId]).toEqual(sb.statuses[occurrenceId])
    expect(['missed', 'covered']).toContain(sa.statuses[occurrenceId].status)
  })

  it('an open call withdrawn on one device while a taker is recorded on the other', () => {
    const { a, b, sync, occurrenceId, helperIds: [, lee] } = twoDevices()
    const posted = a.run('open-call/post', { occurrenceId }, later(10))
    sync()
    const id = posted.ok ? posted.id! : ''
    a.run('open-call/withdraw', { id }, later(11))
    b.run('open-call/record-taker', { id, helperId: lee }, later(11))
    sync()
    const [call] = a.getSnapshot().openCalls
    expect(a.getSnapshot().problems).toEqual([])
    expect(call).toEqual(b.getSnapshot().openCalls[0])
    expect(call.state === 'taken' ? call.takenBy : null).toBe(call.state === 'taken' ? lee : null)
  })
})
