import fc from 'fast-check'
import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import type { NeedCategory, NeedSafety, NeedWordCheck } from '../../../src/domain/model'
import { wordsAsk } from '../../../src/domain/safety'
import * as verdict from '../../../src/domain/safetyVerdict'
import { createMapStore } from '../../../src/store'
import { upsertEntity } from '../../../src/store/entities'
import { peerInput, readProjectionInput } from '../../../src/store/projection/input'
import { NEEDS } from '../../../src/store/schema/need'
import { inEnglish } from '../../helpers/refusals'
import { idOf, later, needDraft, NOW, startedStore } from '../../helpers/mapStore'

// The setup file loads the word check; some tests here take it away, as on a phone where it
// has not arrived yet, and give it back after.
const loadedWords = verdict.loadedSafetyWords()!
afterEach(() => verdict.provideSafetyWords(loadedWords))
const withoutWords = () => verdict.provideSafetyWords(null)

const storedNeed = (store: ReturnType<typeof startedStore>, id: string) => store.getSnapshot().needs.find((need) => need.id === id)!

/** A need as an older Kith (or another device) wrote it: straight into the map, with or without a verdict. */
function writeRawNeed(doc: Y.Doc, id: string, fields: { title: string; category?: NeedCategory; privateDetails?: string; safety?: Partial<NeedSafety>; wordCheck?: NeedWordCheck }) {
  const { safety, wordCheck, ...rest } = fields
  upsertEntity(doc, NEEDS, id, {
    ...needDraft(rest),
    safety: { professionalFirst: false, peerConfirmed: false, riskAnswer: null, ...safety },
    ...(wordCheck ? { wordCheck } : {}),
    source: 'coordinator', createdAt: NOW,
  })
}

describe('the word verdict stored with a need', () => {
  it('is written with the words, rewritten when they change, and kept when other fields change', () => {
    const store = startedStore()
    const id = idOf(store.run('need/add', needDraft({ title: 'Bring dinner' }), NOW))
    expect(storedNeed(store, id).wordCheck).toEqual({ version: verdict.SAFETY_WORDS_VERSION, fingerprint: verdict.wordsFingerprint(storedNeed(store, id)), asks: false })
    store.run('need/update', { id, fields: { privateDetails: 'She is grieving and skipping meals' } }, later(1))
    const reworded = storedNeed(store, id)
    expect(reworded.wordCheck).toEqual({ version: verdict.SAFETY_WORDS_VERSION, fingerprint: verdict.wordsFingerprint(reworded), asks: true })
    expect(verdict.safetyStateOf(reworded)).toBe('question')
    withoutWords()
    // Another field changes with the word check absent: allowed, and the verdict still holds.
    expect(store.run('need/update', { id, fields: { priority: 'low' } }, later(2)).ok).toBe(true)
    expect(storedNeed(store, id).wordCheck).toEqual(reworded.wordCheck)
  })

  it('is read without the word list: a checked need is not held back while the words are still loading', () => {
    const store = startedStore()
    const id = idOf(store.run('need/add', needDraft({ title: 'Walk the dog', kind: 'dog-walk' }), NOW))
    withoutWords()
    expect(verdict.isHeldBack(storedNeed(store, id))).toBe(false)
    expect(readProjectionInput(store.doc).needs.map((need) => need.id)).toEqual([id])
    expect(peerInput(readProjectionInput(store.doc)).needs.map((need) => need.id)).toEqual([id])
  })

  it('refuses kindly to write words before the word check has loaded, and stores nothing', () => {
    const store = startedStore()
    withoutWords()
    const refused = store.run('need/add', needDraft({ title: 'Evening call' }), NOW)
    expect(inEnglish(refused)).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('safety check') }] })
    expect(store.getSnapshot().needs).toEqual([])
  })
})

describe('a need without a current verdict', () => {
  it('written by an older app (no verdict) is held back until the words load, then read with them', async () => {
    const doc = new Y.Doc()
    const store = createMapStore(doc)
    store.run('circle/create', { profile: { recipientName: 'Test Person', publicSummary: 'Needs support.', timeZone: 'Europe/Berlin', startDate: '2026-11-25', endDate: '2026-12-08', coordinator: { name: 'C', contact: '1' } }, crisisResources: [] }, NOW)
    writeRawNeed(doc, 'walk', { title: 'Walk the dog' })
    writeRawNeed(doc, 'drink', { title: 'Shopping', privateDetails: 'she is drinking again' })
    writeRawNeed(doc, 'answered', { title: 'Shopping', privateDetails: 'she is drinking again', safety: { riskAnswer: 'no' } })
    withoutWords()
    const states = () => Object.fromEntries(store.getSnapshot().needs.map((need) => [need.id, verdict.safetyStateOf(need)]))
    expect(states()).toEqual({ walk: 'question', drink: 'question', answered: 'clear' })
    expect(peerInput(readProjectionInput(doc)).needs.map((need) => need.id)).toEqual(['answered'])
    // The store asked for the word check when it met them; once it is here, readers are told.
    const told = new Promise<void>((resolve) => store.subscribe(resolve))
    verdict.provideSafetyWords(loadedWords)
    await told
    expect(states()).toEqual({ walk: 'clear', drink: 'question', answered: 'clear' })
  })

  it('checked under an older word list, or for other words, is read again', () => {
    const doc = new Y.Doc()
    const fingerprint = verdict.wordsFingerprint({ title: 'Shopping', assignedDetails: '', privateDetails: 'she is drinking again' })
    writeRawNeed(doc, 'old-list', { title: 'Shopping', privateDetails: 'she is drinking again', wordCheck: { version: verdict.SAFETY_WORDS_VERSION - 1, fingerprint, asks: false } })
    // Another writer changed the words and left the verdict of the old ones.
    writeRawNeed(doc, 'reworded', { title: 'Shopping', privateDetails: 'she is drinking again', wordCheck: { version: verdict.SAFETY_WORDS_VERSION, fingerprint: verdict.wordsFingerprint({ title: 'Shopping', assignedDetails: '', privateDetails: '' }), asks: false } })
    const needs = readProjectionInput(doc).needs
    expect(needs.map(verdict.needsWordCheck)).toEqual([true, true])
    expect(needs.map(verdict.safetyStateOf)).toEqual(['question', 'question'])
    withoutWords()
    expect(readProjectionInput(doc).needs.map(verdict.safetyStateOf)).toEqual(['question', 'question'])
  })
})

describe('projection never offers a held-back need, whatever verdict is stored', () => {
  const words = ['Walk the dog', 'Bring dinner', 'kill time at the park', 'she is drinking again', 'skipping meals',
    'talks about ending it all', 'back from the psych ward', 'feeling low', 'grieving', 'water the plants']
  const draw = fc.record({
    title: fc.constantFrom(...words),
    privateDetails: fc.constantFrom('', ...words),
    category: fc.constantFrom<NeedCategory>('practical', 'emotional', 'medical', 'other'),
    riskAnswer: fc.constantFrom(null, 'no' as const),
    professionalFirst: fc.boolean(),
    peerConfirmed: fc.boolean(),
    // none: an older app; current: as a command writes it; old list / other words: stale, with any answer.
    verdict: fc.constantFrom('none', 'current', 'old-list', 'other-words'),
    staleAsks: fc.boolean(),
  })

  it('with the words loaded or not, a need reaches helpers only if the word check itself would let it', () => {
    fc.assert(fc.property(fc.array(draw, { minLength: 1, maxLength: 8 }), fc.boolean(), (drawn, loaded) => {
      verdict.provideSafetyWords(loadedWords)
      const doc = new Y.Doc()
      drawn.forEach((need, index) => {
        const texts = { title: need.title, assignedDetails: '', privateDetails: need.privateDetails }
        const wordCheck: NeedWordCheck | undefined =
          need.verdict === 'current' ? verdict.wordCheckOf(texts, wordsAsk(texts))
          : need.verdict === 'old-list' ? { version: verdict.SAFETY_WORDS_VERSION - 1, fingerprint: verdict.wordsFingerprint(texts), asks: need.staleAsks }
          : need.verdict === 'other-words' ? { version: verdict.SAFETY_WORDS_VERSION, fingerprint: verdict.wordsFingerprint({ ...texts, title: `${texts.title}!` }), asks: need.staleAsks }
          : undefined
        writeRawNeed(doc, `n${index}`, { ...need, safety: { riskAnswer: need.riskAnswer, professionalFirst: need.professionalFirst, peerConfirmed: need.peerConfirmed }, wordCheck })
      })
      // What the word check itself says, read from the words (never from a stored verdict).
      const truly = new Set(drawn.flatMap((need, index) => {
        const held = need.professionalFirst ? !need.peerConfirmed
          : need.riskAnswer === null && (need.category === 'emotional' || need.category === 'medical' || wordsAsk({ title: need.title, assignedDetails: '', privateDetails: need.privateDetails }))
        return held ? [] : [`n${index}`]
      }))
      if (!loaded) withoutWords()
      const offered = peerInput(readProjectionInput(doc)).needs.map((need) => need.id)
      for (const id of offered) expect(truly.has(id), id).toBe(true)
      // With the words here, nothing is held back that need not be.
      if (loaded) expect(new Set(offered)).toEqual(truly)
    }))
  })
})
