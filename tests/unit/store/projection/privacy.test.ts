import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addDays } from '../../../../src/domain/dates'
import { projectHelper } from '../../../../src/store/projection/helper'
import { projectRecipient } from '../../../../src/store/projection/recipient'
import { writeProjection } from '../../../../src/store/projection/write'
import { later } from '../../../helpers/mapStore'
import { appears, spelledAnyhow } from '../../../helpers/names'
import { TODAY, inputOf, makeCircle, must, occurrence, storedText, type TestCircle } from './circle'

/**
 * Privacy by construction: whatever the coordinator does, the bytes a helper's or the
 * recipient's device would store hold nothing their audience must not see. Names are generated
 * per run; the stored update is decoded as UTF-8 and searched, as the e2e read-back will do.
 */
type Who = 'a' | 'b' | 'c' | 'd'
const WHO: Who[] = ['a', 'b', 'c', 'd']

const action = fc.oneof(
  fc.record({ kind: fc.constant('needs-cover' as const), day: fc.nat(13) }),
  fc.record({ kind: fc.constant('cover' as const), day: fc.nat(13), by: fc.constantFrom<Who>('b', 'd') }),
  fc.record({ kind: fc.constant('call' as const), day: fc.nat(13), taker: fc.option(fc.constantFrom<Who>('b', 'd')) }),
  fc.record({ kind: fc.constant('check-in' as const), about: fc.constantFrom<Who>('a', 'b', 'c', 'd') }),
  fc.record({ kind: fc.constant('remove' as const), who: fc.constantFrom<Who>('c', 'd') }),
)
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never

function apply(circle: TestCircle, step: Action, i: number): void {
  const run = circle.store.run.bind(circle.store)
  const at = later(100 + i)
  if (step.kind === 'check-in') {
    const name = circle.names[step.about]
    run('check-in/record', { weekOf: '2026-11-23', worked: `${name} was lovely`, missing: `${name.split(' ')[0]} came late`, stop: '', adjusted: `Asked ${name} to swap`, adjustmentIds: [] }, at)
    return
  }
  if (step.kind === 'remove') {
    run('helper/remove', { id: circle.helpers[step.who] }, at)
    return
  }
  const occurrenceId = occurrence(circle.needs.walk, addDays('2026-11-25', step.day), '08:00')
  if (step.kind === 'needs-cover') run('occurrence/set-status', { occurrenceId, status: 'needs-cover', note: `${circle.names.a} has flu` }, at)
  if (step.kind === 'cover') run('occurrence/activate-backup', { occurrenceId, helperId: circle.helpers[step.by] }, at)
  if (step.kind === 'call') {
    const posted = run('open-call/post', { occurrenceId }, at)
    if (posted.ok && posted.id && step.taker) run('open-call/record-taker', { id: posted.id, helperId: circle.helpers[step.taker] }, at + 1)
  }
}

/** Full name, first name and surname: each must be absent on its own. */
const nameParts = (name: string) => [name, ...name.split(' ')]

function forbiddenForHelper(circle: TestCircle, who: Who): string[] {
  const others = WHO.filter((other) => other !== who)
  const { secrets, needs } = circle
  return [
    ...others.flatMap((other) => [...nameParts(circle.names[other]), circle.contacts[other], circle.helpers[other]]),
    ...nameParts(circle.names.excluded), secrets.excludedNote,
    secrets.walkPrivate, secrets.dinnerPrivate, secrets.dinnerDetails,
    ...(who === 'c' ? [] : [secrets.callDetails, needs.call]),
    ...(who === 'a' || who === 'c' ? [needs.dinner] : []),
    ...(who === 'c' ? [needs.walk, secrets.walkDetails] : []),
    circle.names[who].split(' ')[1],
  ]
}

/**
 * Free text (check-in notes) is cleared of the names of helpers in the circle; a helper who
 * left is no longer known to the map, so a note naming them keeps the name (see redact.ts).
 */
function forbiddenForRecipient(circle: TestCircle): string[] {
  const { secrets } = circle
  const current = new Set(inputOf(circle).helpers.map((h) => h.id))
  return [
    ...WHO.flatMap((who) => [circle.contacts[who], circle.helpers[who]]),
    ...WHO.filter((who) => current.has(circle.helpers[who])).flatMap((who) => nameParts(circle.names[who])),
    ...nameParts(circle.names.excluded), secrets.excludedNote,
    secrets.walkPrivate, secrets.dinnerPrivate, secrets.dinnerDetails, secrets.walkDetails, secrets.callDetails,
  ]
}

function found(text: string, forbidden: readonly string[]): string[] {
  return forbidden.filter((word) => text.includes(word))
}

describe('privacy of projected documents', () => {
  it('a helper’s document never holds another helper, an excluded person, private details or others’ tasks; the recipient’s no helper and no logistics', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(action, { maxLength: 12 }), fc.nat(13), (seed, steps, day) => {
        const circle = makeCircle(seed)
        const docs = { a: new Y.Doc(), b: new Y.Doc(), c: new Y.Doc(), d: new Y.Doc(), recipient: new Y.Doc() }
        const project = (today: string) => {
          const input = inputOf(circle)
          for (const who of WHO) {
            const values = projectHelper(input, circle.helpers[who], today)
            if (values) writeProjection(docs[who], values)
          }
          writeProjection(docs.recipient, projectRecipient(input, today)!)
        }
        project(TODAY)
        steps.forEach((step, i) => {
          apply(circle, step, i)
          project(addDays(TODAY, i % 3 === 0 ? day : 0))
        })
        for (const who of WHO) expect(found(storedText(docs[who]), forbiddenForHelper(circle, who))).toEqual([])
        expect(found(storedText(docs.recipient), forbiddenForRecipient(circle))).toEqual([])
      }),
      { numRuns: 40 },
    )
  }, 60_000)

  it('the recipient sees first names of who helps only once they opted in', () => {
    const circle = makeCircle(7)
    const first = circle.names.a.split(' ')[0]
    expect(JSON.stringify(projectRecipient(inputOf(circle), TODAY))).not.toContain(first)
    circle.store.run('circle/set-recipient-sees-helpers', { enabled: true }, later(20))
    const values = projectRecipient(inputOf(circle), TODAY)!
    expect(values.daily[TODAY].helpers).toContain(first)
    expect(JSON.stringify(values)).not.toContain(circle.contacts.a)
    expect(JSON.stringify(values)).not.toContain(circle.secrets.walkDetails)
  })
})

/**
 * Issue 12: one redaction for everything that leaves the map. A person's name (any part, any
 * case, any accents) or a private note typed into any text field that is projected never
 * reaches a document other than the map and, for a helper, their own.
 */
type Field = 'walk title' | 'walk details' | 'call title' | 'summary' | 'check-in'
const FIELDS: Field[] = ['walk title', 'walk details', 'call title', 'summary', 'check-in']

function writeInto(circle: TestCircle, field: Field, text: string): void {
  const run = circle.store.run.bind(circle.store)
  if (field === 'walk title') must(run('need/update', { id: circle.needs.walk, fields: { title: text } }, later(40)))
  if (field === 'walk details') must(run('need/update', { id: circle.needs.walk, fields: { assignedDetails: text } }, later(40)))
  if (field === 'call title') must(run('need/update', { id: circle.needs.call, fields: { title: text } }, later(40)))
  if (field === 'summary') must(run('circle/update', { publicSummary: text }, later(40)))
  if (field === 'check-in') must(run('check-in/record', { weekOf: '2026-11-23', worked: text, missing: text, stop: '', adjusted: text, adjustmentIds: [] }, later(40)))
}

const words = fc.array(fc.constantFrom('thanks', 'to', 'and', 'asked', 'is', 'away', 'walks', 'with', 'for', '—', ',', '(', ')', '!', '\n'), { maxLength: 5 }).map((list) => list.join(' '))

describe('one redaction for everything that leaves the map', () => {
  it('random names and private notes typed into random fields reach no other person’s document, whatever the case and accents', () => {
    const who = fc.constantFrom<Who | 'excluded' | 'private'>('a', 'b', 'c', 'd', 'excluded', 'private')
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), who, fc.nat(2), fc.constantFrom(...FIELDS), words, words, fc.nat(1000), (seed, person, part, field, before, after, spelling) => {
        const circle = makeCircle(seed)
        const name = person === 'private' ? circle.secrets.walkPrivate : circle.names[person]
        const written = person === 'private' ? name : [name, ...name.split(' ')][part]
        const spelled = fc.sample(spelledAnyhow(written), { seed: spelling, numRuns: 1 })[0]
        writeInto(circle, field, `${before} ${spelled} ${after}`)
        const occurrenceId = occurrence(circle.needs.walk, '2026-11-26', '08:00')
        must(circle.store.run('occurrence/set-status', { occurrenceId, status: 'needs-cover' }, later(41)))
        must(circle.store.run('open-call/post', { occurrenceId }, later(42)))
        const input = inputOf(circle)
        const shown = [
          ...WHO.filter((other) => other !== person).map((other) => ({ reader: other, values: projectHelper(input, circle.helpers[other], TODAY) })),
          { reader: 'recipient', values: projectRecipient(input, TODAY) },
        ]
        // The text did reach the map, and the map's own projection would have carried it.
        expect(JSON.stringify(input)).toContain(spelled)
        for (const { reader, values } of shown) {
          const text = JSON.stringify(values)
          expect(text.length, reader).toBeGreaterThan(100)
          for (const word of [written, ...(person === 'private' ? [] : name.split(' '))]) expect(appears(text, word), `${word} in ${reader}'s document`).toBe(false)
        }
      }),
      { numRuns: 150 },
    )
  }, 120_000)
})

