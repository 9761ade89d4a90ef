import { describe, expect, it } from 'vitest'
import { groupAskItems } from '../../../src/domain/groupAsk'
import { groupAskMessage } from '../../../src/ui/coordinator/AskGroup'
import { BERLIN, makeNeed, makeOccurrence } from './planner/fixtures'

describe('open needs for a group chat', () => {
  const walk = makeNeed('walk', { title: 'Walk Bruno', kind: 'dog-walk', assignedDetails: 'Key under the blue pot, 12 Elm Street', privateDetails: 'Alex is scared of dogs since the fall' })
  const therapy = makeNeed('therapy', { title: 'Company after the clinic', sensitive: true, privateDetails: 'Psychiatric ward visit' })
  const risky = makeNeed('risky', { title: 'Evening check on Alex', safety: { professionalFirst: true, peerConfirmed: false } })
  const confirmed = makeNeed('confirmed', { title: 'Daily call', kind: 'call', safety: { professionalFirst: true, peerConfirmed: true } })
  const unanswered = makeNeed('unanswered', { title: 'Sit with Alex', category: 'emotional', kind: 'visit' })
  const occurrences = [
    makeOccurrence(walk, '2026-12-05', '08:00', '10:00'),
    makeOccurrence(therapy, '2026-12-05', '14:00', '16:00'),
    makeOccurrence(risky, '2026-12-05', '19:00', '20:00'),
    makeOccurrence(confirmed, '2026-12-06', '10:00', '10:30'),
    makeOccurrence(walk, '2026-12-04', '08:00', '10:00'),
    makeOccurrence(unanswered, '2026-12-05', '16:00', '18:00'),
  ]

  it('ask only at the public level: what and when, never sensitive needs or those safety holds back', () => {
    const items = groupAskItems([walk, therapy, risky, confirmed, unanswered], [...occurrences, occurrences[0]])
    expect(items.map((i) => i.occurrence.id)).toEqual(['walk:2026-12-04:08:00', 'walk:2026-12-05:08:00', 'confirmed:2026-12-06:10:00'])
    const message = groupAskMessage(items, BERLIN, 'Jordan')!
    expect(message).toBe([
      'Could anyone help with any of these?',
      '• Walk Bruno: Fri 4 Dec, 08:00–10:00',
      '• Walk Bruno: Sat 5 Dec, 08:00–10:00',
      '• Daily call: Sun 6 Dec, 10:00–10:30',
      'Reply to Jordan.',
    ].join('\n'))
    for (const secret of ['Elm Street', 'blue pot', 'scared', 'Psychiatric', 'clinic', 'Evening check', 'Sit with', 'Alex']) expect(message).not.toContain(secret)
  })

  it('one open call reads as one question, and nothing askable gives no message', () => {
    expect(groupAskMessage(groupAskItems([walk], [occurrences[0]]), BERLIN, 'Priya')).toBe('Could anyone help with “Walk Bruno” on Sat 5 Dec, 08:00–10:00? Reply to Priya.')
    expect(groupAskMessage(groupAskItems([therapy, risky], occurrences), BERLIN, 'Priya')).toBeNull()
  })
})
