import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Phrase } from '../../domain/phrase'
import type { NeedSafety, NeedTiming } from '../../domain/model'
import { slotsTooShort } from '../../domain/schedule'
import type { Refusal } from './define'
import { loadedSafetyWords, wordCheckOf, type NeedWords } from '../../domain/safetyVerdict'
import { collection, deleteEntity, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { appendActivity } from '../schema/activity'
import { NEEDS, needValidator, readNeed } from '../schema/need'
import { RISK_ANSWERS } from '../../domain/model'
import { define, idInput, refuse, once } from './define'
import { refusals, summaries } from './words'

const needFieldsInput = once(() => z.omit(needValidator, { safety: true, wordCheck: true, source: true, createdAt: true }))

/**
 * A new need may come with the coordinator's safety decisions made in the same form: their
 * answer to the safety question, and (for a need its words mark professional first) that peer
 * help is appropriate. Later changes go through the safety commands (commands/safety.ts), so
 * each one is logged with its reason.
 */
const needAddInput = once(() => z.extend(needFieldsInput(), {
  peerConfirmed: z.optional(z.boolean()),
  riskAnswer: z.optional(z.nullable(z.enum(RISK_ANSWERS))),
}))

export type NeedDraft = z.infer<ReturnType<typeof needAddInput>>

/** A need whose duration does not fit one of its windows could never be done: refused, as the form does. */
function timingRefusal(timing: NeedTiming | undefined): Refusal | null {
  const [index] = timing ? slotsTooShort(timing) : []
  return index === undefined ? null : refuse(`input/timing/slots/${index}`, refusals.durationDoesNotFit(timing!.slots[index], timing!.durationMinutes))
}

const WORD_FIELDS = ['title', 'assignedDetails', 'privateDetails'] as const satisfies ReadonlyArray<keyof NeedWords>

/**
 * Words are checked when they are written, and the verdict stored with them (domain/safetyVerdict.ts).
 * The word check loads on demand (the need form loads it); should words arrive before it has, the
 * command is refused kindly rather than storing words unchecked.
 */
const wordsNotReady = (): Refusal | null => (loadedSafetyWords() ? null : refuse('input', refusals.safetyWordsLoading))

export const needCommands = {
  'need/add': define(needAddInput, (_doc, draft) => timingRefusal(draft.timing) ?? wordsNotReady(), (doc, { peerConfirmed, riskAnswer = null, ...draft }, now) => {
    const id = randomId()
    const words = loadedSafetyWords()!
    const flagged = words.flags(draft)
    const professionalFirst = flagged || riskAnswer === 'yes'
    const safety: NeedSafety = { professionalFirst, peerConfirmed: professionalFirst && peerConfirmed === true, riskAnswer }
    const wordCheck = wordCheckOf(draft, words.wordsAsk(draft))
    upsertEntity(doc, NEEDS, id, { ...draft, safety, wordCheck, source: 'coordinator', createdAt: now })
    const logged = [
      flagged && summaries.flaggedByWords(draft.title),
      riskAnswer !== null && summaries.riskAnswered(draft.title, riskAnswer),
      safety.peerConfirmed && summaries.peerHelp(draft.title, true, ''),
    ].filter((line) => line !== false)
    for (const line of logged) appendActivity(doc, now, 'need/safety', line, [id])
    return id
  }),
  /**
   * Rewording keeps the coordinator's safety decisions, unless the new words bring in
   * something they have not seen: words that suggest risk mark the need professional first
   * again (and withdraw a peer confirmation), words that touch the question's ground ask it again.
   */
  'need/update': define(
    () => z.object({ id: z.string(), fields: z.partial(needFieldsInput()) }),
    (_doc, { fields }) => timingRefusal(fields.timing) ?? (WORD_FIELDS.some((field) => field in fields) ? wordsNotReady() : null),
    (doc, { id, fields }, now) => {
      const need = collection(doc, NEEDS).get(id)
      const current = readNeed(doc, id)
      if (!(need instanceof Y.Map) || !current) return
      const next = { ...current, ...fields }
      const words = loadedSafetyWords()
      if (!words) {
        // No words among the fields (the check refused otherwise): the stored verdict still holds.
        upsertEntity(doc, NEEDS, id, fields)
        return id
      }
      const fresh = words.newWords(current, next)
      const safety: NeedSafety = { ...current.safety, riskAnswer: current.safety.riskAnswer ?? null }
      let change: Phrase | null = null
      if (fresh.risk && (!safety.professionalFirst || safety.peerConfirmed)) {
        Object.assign(safety, { professionalFirst: true, peerConfirmed: false })
        change = summaries.flaggedByWords(next.title)
      } else if (fresh.touch && !safety.professionalFirst && safety.riskAnswer !== null) {
        safety.riskAnswer = null
        change = summaries.askedAgain(next.title)
      }
      upsertEntity(doc, NEEDS, id, { ...fields, safety, wordCheck: wordCheckOf(next, words.wordsAsk(next)) })
      if (change) appendActivity(doc, now, 'need/safety', change, [id])
      return id
    },
  ),
  // Statuses of the need's occurrences stay: they are history, keyed by occurrence id.
  'need/remove': define(idInput, (doc, { id }) => {
    deleteEntity(doc, NEEDS, id)
  }),
}
