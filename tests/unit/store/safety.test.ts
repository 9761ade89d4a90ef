import { inEnglish } from '../../helpers/refusals'
import { describe, expect, it } from 'vitest'
import { projectHelper } from '../../../src/store/projection/helper'
import { projectRecipient } from '../../../src/store/projection/recipient'
import { idOf, later, needDraft, NOW, startedStore } from '../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence, storedText } from './projection/circle'

/** The need's safety as stored, and the activity lines about it, newest first. */
function safetyOf(store: ReturnType<typeof startedStore>, id: string) {
  const snapshot = store.getSnapshot()
  return {
    safety: snapshot.needs.find((n) => n.id === id)!.safety,
    log: snapshot.activity.filter((entry) => entry.kind === 'need/safety' && entry.refs.includes(id)).map((entry) => entry.summary),
  }
}

describe('safety commands', () => {
  it('an emotional need waits for the answer; "no" lets it be planned, and the answer is logged', () => {
    const store = startedStore()
    const id = idOf(store.run('need/add', needDraft({ title: 'Evening company', kind: 'visit', category: 'emotional' }), NOW))
    expect(safetyOf(store, id)).toEqual({ safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: null }, log: [] })
    must(store.run('need/answer-safety-question', { id, answer: 'no' }, later(1)))
    expect(safetyOf(store, id)).toEqual({
      safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: 'no' },
      log: ['“Evening company”: no risk to safety, so it can be planned'],
    })
  })

  it('"yes" makes it professional first; the form can answer on the first save', () => {
    const store = startedStore()
    const id = idOf(store.run('need/add', needDraft({ title: 'Sit with her', kind: 'visit', category: 'emotional', riskAnswer: 'yes' }), NOW))
    expect(safetyOf(store, id)).toEqual({
      safety: { professionalFirst: true, peerConfirmed: false, riskAnswer: 'yes' },
      log: ['“Sit with her” could involve a risk to safety, so professional help comes first'],
    })
  })

  it('the manual control sets and clears professional first, each time with the reason in the log', () => {
    const store = startedStore()
    const id = idOf(store.run('need/add', needDraft({ title: 'Laundry' }), NOW))
    const refused = store.run('need/set-professional-first', { id, professionalFirst: true, reason: '   ' }, later(1))
    expect(inEnglish(refused)).toMatchObject({ ok: false, problems: [{ path: 'input/reason', message: 'Please say briefly why, so the log shows it later.' }] })
    expect(safetyOf(store, id).log).toEqual([])
    must(store.run('need/set-professional-first', { id, professionalFirst: true, reason: 'Her sister says she is not safe alone' }, later(2)))
    expect(safetyOf(store, id).safety).toEqual({ professionalFirst: true, peerConfirmed: false, riskAnswer: 'yes' })
    must(store.run('need/set-professional-first', { id, professionalFirst: false, reason: 'The GP has seen her; it was a misunderstanding' }, later(3)))
    expect(safetyOf(store, id)).toEqual({
      safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: 'no' },
      log: [
        '“Laundry” is no longer professional first: The GP has seen her; it was a misunderstanding',
        '“Laundry” marked professional first: Her sister says she is not safe alone',
      ],
    })
  })

  it('peer help is confirmed only for a professional-first need, and withdrawing it holds the need back again', () => {
    const store = startedStore()
    const plain = idOf(store.run('need/add', needDraft({ title: 'Laundry' }), NOW))
    expect(store.run('need/confirm-peer-help', { id: plain, confirmed: true }, later(1)).ok).toBe(false)
    const id = idOf(store.run('need/add', needDraft({ title: 'Company', privateDetails: 'back from the psych ward on Friday' }), NOW))
    expect(safetyOf(store, id).safety.professionalFirst).toBe(true)
    must(store.run('need/confirm-peer-help', { id, confirmed: true, reason: 'Her care coordinator suggested visits' }, later(2)))
    must(store.run('need/confirm-peer-help', { id, confirmed: false }, later(3)))
    expect(safetyOf(store, id).log).toEqual([
      'Peer help no longer confirmed for “Company”: it is held back again',
      'Peer help confirmed as appropriate for “Company”: Her care coordinator suggested visits',
      '“Company” is marked professional first: its words suggest a risk to safety',
    ])
  })

  it('rewording keeps the decisions unless new words bring in something not seen before', () => {
    const store = startedStore()
    const id = idOf(store.run('need/add', needDraft({ title: 'Call', kind: 'call', category: 'emotional', privateDetails: 'She is grieving' }), NOW))
    must(store.run('need/answer-safety-question', { id, answer: 'no' }, later(1)))
    must(store.run('need/update', { id, fields: { title: 'Evening call', privateDetails: 'She is grieving.' } }, later(2)))
    expect(safetyOf(store, id).safety.riskAnswer).toBe('no')
    must(store.run('need/update', { id, fields: { privateDetails: 'She is grieving and skipping meals' } }, later(3)))
    expect(safetyOf(store, id).safety).toEqual({ professionalFirst: false, peerConfirmed: false, riskAnswer: null })
    must(store.run('need/set-professional-first', { id, professionalFirst: true, reason: 'Talked to her sister' }, later(4)))
    must(store.run('need/set-professional-first', { id, professionalFirst: false, reason: 'Her GP is involved; it is grief' }, later(5)))
    must(store.run('need/update', { id, fields: { privateDetails: 'She is grieving and skipping meals; drinking heavily' } }, later(6)))
    expect(safetyOf(store, id).safety).toMatchObject({ professionalFirst: true, peerConfirmed: false })
    expect(safetyOf(store, id).log[0]).toBe('“Evening call” is marked professional first: its words suggest a risk to safety')
    expect(safetyOf(store, id).log).toContain('“Evening call” was reworded, so the safety question asks again')
  })

  it('refuses to post an open call for a held-back need', () => {
    const store = startedStore()
    const id = idOf(store.run('need/add', needDraft({ title: 'Company', kind: 'visit', category: 'emotional' }), NOW))
    const result = store.run('open-call/post', { occurrenceId: `${id}:2026-11-26:18:00` }, later(1))
    expect(result).toMatchObject({ ok: false, problems: [{ path: 'input/occurrenceId' }] })
    must(store.run('need/answer-safety-question', { id, answer: 'no' }, later(2)))
    must(store.run('open-call/post', { occurrenceId: `${id}:2026-11-26:18:00` }, later(3)))
  })
})

// Risk words in either language, whatever the interface's: a need may be written in English or Spanish.
const RISK_WORDINGS = [
  'Since the baby came she has been having intrusive thoughts',
  'Acompañarla por las noches, dice que quiere quitarse la vida',
  'desde que nacio el bebe no es la misma, oye voces',
  'su pareja le revisa el móvil y no la deja salir sola',
]
const TOUCH_WORDINGS = ['Morning call (she is drinking again)', 'Llamada de la mañana (está bajo de ánimo)', 'llamada: no se toma la medicacion']

describe('a held-back need never reaches a helper', () => {
  it.each(RISK_WORDINGS)('its tasks, brief line and open calls leave the helper’s document, even with a series accepted, until peer help is confirmed: "%s"', (words) => {
    const circle = makeCircle(7)
    const { walk } = circle.needs
    const { a, b, d } = circle.helpers
    const saturdayWalk = occurrence(walk, SATURDAY, '08:00')
    must(circle.store.run('occurrence/set-status', { occurrenceId: saturdayWalk, status: 'needs-cover' }, later(20)))
    const callId = idOf(circle.store.run('open-call/post', { occurrenceId: occurrence(walk, '2026-11-29', '08:00') }, later(21)))
    expect(projectRecipient(inputOf(circle), TODAY)!.daily[SATURDAY].status).toBe('being-arranged')
    must(circle.store.run('need/update', { id: walk, fields: { privateDetails: words } }, later(22)))

    const input = inputOf(circle)
    for (const helper of [a, b, d]) {
      const values = projectHelper(input, helper, TODAY)!
      expect(Object.keys(values.tasks).some((id) => id.startsWith(walk)), 'tasks').toBe(false)
      expect(values.brief.seriesSentences!.join(' '), 'brief').not.toContain('walk the dog')
      expect(values.openCalls[callId], 'open call').toBeUndefined()
      expect(JSON.stringify(values)).not.toContain('Walk the dog')
    }
    // Not the circle's to cover: the recipient's daily status no longer counts it.
    expect(projectRecipient(input, TODAY)!.daily[SATURDAY].status).toBe('all-covered')

    must(circle.store.run('need/confirm-peer-help', { id: walk, confirmed: true, reason: 'Her midwife is involved; the walks help' }, later(23)))
    const after = projectHelper(inputOf(circle), a, TODAY)!
    expect(after.tasks[saturdayWalk]).toMatchObject({ title: 'Walk the dog', role: 'primary' })
    expect(after.brief.seriesSentences).toEqual([expect.stringContaining('walk the dog')])
    expect(projectHelper(inputOf(circle), d, TODAY)!.openCalls[callId]).toMatchObject({ title: 'Walk the dog' })
  })

  it.each(TOUCH_WORDINGS)('a need that still waits for its answer stays out of a helper’s stored document: "%s"', (title) => {
    const circle = makeCircle(8)
    must(circle.store.run('need/update', { id: circle.needs.call, fields: { title } }, later(20)))
    const values = projectHelper(inputOf(circle), circle.helpers.c, TODAY)!
    expect(values.tasks).toEqual({})
    expect(storedText(circle.store.doc)).toContain(title)
    expect(JSON.stringify(values)).not.toContain(title)
  })
})
