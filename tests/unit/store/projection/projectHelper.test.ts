import { renderPhrase, wordsCatalogue } from '../../../../src/i18n'
import type { HelperBriefFields } from '../../../../src/store/helperDoc/layout'
import { describe, expect, it } from 'vitest'
import { projectHelper, MAX_TASKS, TASKS_DAYS_AHEAD } from '../../../../src/store/projection/helper'
import { readProjectionInput } from '../../../../src/store/projection/input'
import type { Offer } from '../../../../src/domain/model'
import { later } from '../../../helpers/mapStore'
import { SATURDAY, TODAY, inputOf, makeCircle, must, occurrence } from './circle'

describe('projecting a helper’s document', () => {
  it('gives the brief: public summary, coordinator, crisis resources, first names, their series in words', () => {
    const circle = makeCircle()
    const values = projectHelper(inputOf(circle), circle.helpers.a, TODAY)!
    expect(values.meta).toEqual({ kind: 'helper', schemaVersion: 2, revoked: false })
    expect(values.brief).toEqual({
      helperFirstName: circle.names.a.split(' ')[0],
      recipientFirstName: 'Test',
      publicSummary: 'Test Person needs some practical support.',
      coordinatorName: 'Coordinator',
      coordinatorContact: '+1 555 0100',
      crisisResources: [{ name: 'Crisis line', contact: '988' }],
      timeZone: 'Europe/Berlin',
      circleEnd: '2026-12-08',
      circleStatus: 'active',
      seriesSentences: ['You\'ll walk the dog every day, 30 minutes between 08:00 and 09:00, until 8 December.'],
      howToChange: 'If you need to swap a day or can\'t make it, contact Coordinator (+1 555 0100), not Test.',
      seriesPhrases: [expect.objectContaining({ id: 'words.brief.primary' })],
      howToChangePhrase: expect.objectContaining({ id: 'words.brief.howToChangeContact' }),
    })
  })

  it('sends the brief’s words as data, which the helper’s phone renders in its own language', () => {
    const circle = makeCircle()
    const brief = projectHelper(inputOf(circle), circle.helpers.a, TODAY)!.brief as HelperBriefFields
    const english = { language: 'en', tag: 'en-GB' } as const
    expect(renderPhrase(brief.seriesPhrases![0], english)).toBe(brief.seriesSentences[0])
    expect(renderPhrase(brief.howToChangePhrase!, english)).toBe(brief.howToChange)
    const spanish = { language: 'es', tag: 'es-ES' } as const
    return wordsCatalogue.load('es').then(() => {
      expect(renderPhrase(brief.seriesPhrases![0], spanish)).toBe('Te encargarás de pasear al perro todos los días, 30 minutos entre las 08:00 y las 09:00, hasta el 8 de diciembre.')
      expect(renderPhrase(brief.howToChangePhrase!, spanish)).toBe('Si necesitas cambiar un día o no puedes ir, habla con Coordinator (+1 555 0100), no con Test.')
    })
  })

  it('lists only their own tasks, with assigned details for the primary of a shared, non-sensitive need only', () => {
    const circle = makeCircle()
    const { walk, dinner, call } = circle.needs
    const input = inputOf(circle)
    const a = projectHelper(input, circle.helpers.a, TODAY)!
    const b = projectHelper(input, circle.helpers.b, TODAY)!
    const saturdayWalk = occurrence(walk, SATURDAY, '08:00')
    expect(a.tasks[saturdayWalk]).toEqual({
      title: 'Walk the dog', kind: 'dog-walk', start: Date.UTC(2026, 10, 28, 7), end: Date.UTC(2026, 10, 28, 8),
      role: 'primary', details: circle.secrets.walkDetails,
    })
    // Planned is the absence of a status: statuses are sparse, as in the map.
    expect(a.taskStatuses).toEqual({})
    expect(b.tasks[saturdayWalk]).toMatchObject({ role: 'backup', details: null })
    // Sensitive: the primary reads the title and time only.
    expect(b.tasks[occurrence(dinner, '2026-11-26', '18:00')]).toMatchObject({ role: 'primary', details: null, title: 'Bring dinner' })
    expect(Object.keys(a.tasks).every((id) => id.startsWith(walk))).toBe(true)
    expect(Object.keys(b.tasks).some((id) => id.startsWith(call))).toBe(false)
    expect(projectHelper(input, circle.helpers.d, TODAY)!.tasks).toEqual({})
  })

  it('follows covers: the covering backup gets the task and its details, the primary sees it covered without them', () => {
    const circle = makeCircle()
    const saturdayWalk = occurrence(circle.needs.walk, SATURDAY, '08:00')
    must(circle.store.run('occurrence/set-status', { occurrenceId: saturdayWalk, status: 'needs-cover', note: 'flu' }, later(20)))
    must(circle.store.run('occurrence/activate-backup', { occurrenceId: saturdayWalk, helperId: circle.helpers.b }, later(21)))
    const input = inputOf(circle)
    const [a, b] = [projectHelper(input, circle.helpers.a, TODAY)!, projectHelper(input, circle.helpers.b, TODAY)!]
    expect(a.tasks[saturdayWalk]).toMatchObject({ role: 'primary', details: null })
    expect(b.tasks[saturdayWalk]).toMatchObject({ role: 'cover', details: circle.secrets.walkDetails })
    expect([a.taskStatuses, b.taskStatuses]).toEqual([{ [saturdayWalk]: 'covered' }, { [saturdayWalk]: 'covered' }])
  })

  it('projects tasks from a week ago to the last day any need runs, at most eight weeks ahead', () => {
    const circle = makeCircle()
    const dates = (today: string) => Object.keys(projectHelper(inputOf(circle), circle.helpers.a, today)!.tasks).map((id) => id.split(':')[1]).sort()
    expect(dates(TODAY)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07', '2026-12-08'])
    expect(dates('2026-12-05')[0]).toBe('2026-11-28')
    must(circle.store.run('circle/extend', { endDate: '2027-06-30' }, later(20)))
    must(circle.store.run('assignment/set', {
      needId: circle.needs.walk, slotKey: '08:00', from: '2026-12-09', until: '2027-06-30', role: 'primary', override: null,
      parts: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], helperId: circle.helpers.a }],
    }, later(21)))
    const far = dates(TODAY)
    expect(far.at(-1)).toBe('2027-01-20')
    expect(far).toHaveLength(TASKS_DAYS_AHEAD + 1)
    expect(MAX_TASKS).toBeGreaterThan(far.length)
  })

  it('offers an open call, in public words, to every helper it fits — not to the primary, not to a helper it does not fit', () => {
    const circle = makeCircle()
    const saturdayWalk = occurrence(circle.needs.walk, SATURDAY, '08:00')
    const callId = circle.store.run('open-call/post', { occurrenceId: saturdayWalk }, later(20))
    if (!callId.ok || !callId.id) throw new Error('no call')
    const input = inputOf(circle)
    const calls = (helperId: string) => projectHelper(input, helperId, TODAY)!.openCalls
    expect(calls(circle.helpers.d)).toEqual({
      [callId.id]: { kind: 'dog-walk', title: 'Walk the dog', start: Date.UTC(2026, 10, 28, 7), end: Date.UTC(2026, 10, 28, 8), taken: false, takenByYou: false },
    })
    expect(Object.keys(calls(circle.helpers.b))).toEqual([callId.id])
    expect(calls(circle.helpers.a)).toEqual({})
    expect(calls(circle.helpers.c)).toEqual({})
    must(circle.store.run('open-call/record-taker', { id: callId.id, helperId: circle.helpers.d }, later(21)))
    const after = readProjectionInput(circle.store.doc)
    expect(projectHelper(after, circle.helpers.d, TODAY)!.openCalls[callId.id]).toMatchObject({ taken: true, takenByYou: true })
    expect(projectHelper(after, circle.helpers.b, TODAY)!.openCalls[callId.id]).toMatchObject({ taken: true, takenByYou: false })
    expect(projectHelper(after, circle.helpers.d, TODAY)!.tasks[saturdayWalk]).toMatchObject({ role: 'cover', details: circle.secrets.walkDetails })
    must(circle.store.run('open-call/post', { occurrenceId: occurrence(circle.needs.walk, '2026-11-29', '08:00') }, later(22)))
    const withdrawn = readProjectionInput(circle.store.doc).openCalls.find((c) => c.state === 'open')!
    must(circle.store.run('open-call/withdraw', { id: withdrawn.id }, later(23)))
    expect(projectHelper(inputOf(circle), circle.helpers.d, TODAY)!.openCalls[withdrawn.id]).toBeUndefined()
  })

  it('fills the offer in for the helper as a suggestion until they write their own (fold.test.ts follows it further)', () => {
    const circle = makeCircle()
    const fields = ({ helperId: _id, ...rest }: Offer) => rest
    const input = inputOf(circle)
    expect(projectHelper(input, circle.helpers.a, TODAY)!.offerSuggestion).toEqual(fields(input.offers[circle.helpers.a]))
  })

  it('revokes a removed helper: every section empty, meta.revoked', () => {
    const circle = makeCircle()
    must(circle.store.run('helper/remove', { id: circle.helpers.d }, later(20)))
    expect(projectHelper(inputOf(circle), circle.helpers.d, TODAY)).toEqual({
      meta: { kind: 'helper', schemaVersion: 2, revoked: true },
      brief: {}, tasks: {}, taskStatuses: {}, openCalls: {}, offerSuggestion: {}, acks: {}, messages: {}, reports: {}, claims: {}, offer: {}, joined: {},
    })
  })

  it('leaves documents alone when the map is not loaded, or a helper’s entry cannot be read', () => {
    const circle = makeCircle()
    const empty = readProjectionInput(new (circle.store.doc.constructor as typeof import('yjs').Doc)())
    expect(projectHelper(empty, circle.helpers.a, TODAY)).toBeNull()
    const helper = circle.store.doc.getMap('helpers').get(circle.helpers.a) as import('yjs').Map<unknown>
    circle.store.doc.transact(() => helper.set('name', 42))
    expect(projectHelper(inputOf(circle), circle.helpers.a, TODAY)).toBeNull()
  })

  it('is deterministic: the same map and day give equal values, key order included', () => {
    const circle = makeCircle()
    const first = projectHelper(inputOf(circle), circle.helpers.b, TODAY)
    const second = projectHelper(readProjectionInput(circle.store.doc), circle.helpers.b, TODAY)
    expect(JSON.stringify(second)).toEqual(JSON.stringify(first))
  })
})
