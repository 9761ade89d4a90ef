import { z } from 'zod/mini'
import * as Y from 'yjs'
import { PRIORITIES, type Instant, type LocalDate, type Priority } from '../../domain/model'
import { randomId } from '../ids'
import { lazySchema, type Validator } from '../schema/primitives'
import {
  RECIPIENT_DOC_SCHEMA_VERSION, type AckState, type DailyStatus, type RecipientAck, type RecipientAnswer, type RecipientCheckIn,
  type RecipientCircle, type RecipientNeed,
} from '../recipientDoc/layout'
import { answerValueValidator, pleaseStopValueValidator, suggestionValueValidator } from '../recipientDoc/owned'
import { compareOrder, seqValidator } from '../schema/order'
import type { MovedTo } from '../fold/fresh'
import { createDocStore, flatEntries, movedToOf, replacedOf, writeOwn, type DocStore } from './docStore'

/**
 * The recipient's own device: their document as a typed snapshot, and what they write — their
 * answers to a check-in, suggestions (a new need, a priority), and "please stop".
 */
export type RecipientDocState = 'waiting' | 'ready' | 'revoked' | 'too-new'

export interface RecipientSnapshot {
  version: number
  state: RecipientDocState
  /** The coordinator gave this phone a fresh document: it moves there (sync/roleDocs.ts). */
  movedTo: MovedTo | null
  /** The document this one replaced: forgotten on this phone if it still holds it. */
  replaces: string | null
  circle: RecipientCircle | null
  /** Most important first, then by title. */
  needs: Array<RecipientNeed & { id: string }>
  checkIns: Array<RecipientCheckIn & { id: string; answer: RecipientAnswer | null; answerReceived: boolean }>
  daily: Record<LocalDate, DailyStatus>
  suggestions: Array<{ id: string; title: string; at: Instant; ack: RecipientAck | null }>
  /** `state`: null until the coordinator's phone has it; then what they did about it. */
  pleaseStop: Array<{ id: string; note: string; needId: string | null; at: Instant; received: boolean; state: AckState | null }>
}

const stoppedValidator = lazySchema(() => z.object({ kind: z.enum(['pause', 'end']), until: z.nullable(z.string()) }))
const needValidator = lazySchema(() => z.looseObject({
  title: z.string(), category: z.string(), priority: z.string(), schedule: z.string(), source: z.string(),
  // A malformed mark is left out rather than losing the need.
  stopped: z.catch(z.optional(stoppedValidator), undefined),
}))
const checkInValidator = lazySchema(() => z.looseObject({ weekOf: z.string(), at: z.number(), seq: seqValidator, worked: z.string(), missing: z.string(), stop: z.string(), adjusted: z.string() }))
const dailyValidator = lazySchema(() => z.looseObject({ status: z.enum(['all-covered', 'being-arranged']), open: z.number() }))
const ackValidator = lazySchema(() => z.looseObject({ at: z.number(), state: z.string() }))

const section = (doc: Y.Doc, name: string) => Object.fromEntries(flatEntries(doc, name))

export function readRecipientSnapshot(doc: Y.Doc, version: number): RecipientSnapshot {
  const meta = section(doc, 'meta')
  const circle = section(doc, 'circle') as unknown as RecipientCircle
  const acks = section(doc, 'acks')
  const answers = section(doc, 'answers')
  const ack = (key: string) => {
    const parsed = ackValidator.safeParse(acks[key])
    return parsed.success ? (parsed.data as RecipientAck) : null
  }
  const state: RecipientDocState = meta.revoked === true ? 'revoked'
    : typeof meta.schemaVersion === 'number' && meta.schemaVersion > RECIPIENT_DOC_SCHEMA_VERSION ? 'too-new'
      : typeof circle.recipientName === 'string' ? 'ready' : 'waiting'
  const parsedEntries = <T>(name: string, validator: Validator<T>) =>
    flatEntries(doc, name).flatMap(([id, raw]) => {
      const parsed = validator.safeParse(raw)
      return parsed.success ? [{ id, ...(parsed.data as object) } as T & { id: string }] : []
    })
  const daily: Record<LocalDate, DailyStatus> = {}
  for (const [date, raw] of flatEntries(doc, 'daily')) {
    const parsed = dailyValidator.safeParse(raw)
    if (parsed.success) daily[date] = parsed.data as DailyStatus
  }
  return {
    version, state, movedTo: movedToOf(doc), replaces: replacedOf(doc), circle: state === 'ready' ? circle : null,
    needs: (parsedEntries('needs', needValidator) as unknown as RecipientSnapshot['needs']).sort(byPriorityThenTitle),
    checkIns: (parsedEntries('checkIns', checkInValidator) as unknown as Array<RecipientCheckIn & { id: string }>)
      .map((c) => {
        const answer = answerValueValidator.safeParse(answers[c.id])
        return { ...c, answer: answer.success ? answer.data : null, answerReceived: ack(`answers/${c.id}`) !== null }
      })
      .sort((a, b) => compareOrder(b, a)),
    daily,
    suggestions: flatEntries(doc, 'suggestions').flatMap(([id, raw]) => {
      const parsed = suggestionValueValidator.safeParse(raw)
      if (!parsed.success) return []
      const title = parsed.data.kind === 'new-need' ? parsed.data.title : `${parsed.data.priority} priority`
      return [{ id, title, at: parsed.data.at, ack: ack(`suggestions/${id}`) }]
    }).sort((a, b) => b.at - a.at),
    pleaseStop: flatEntries(doc, 'pleaseStop').flatMap(([id, raw]) => {
      const parsed = pleaseStopValueValidator.safeParse(raw)
      if (!parsed.success) return []
      const state = ack(`pleaseStop/${id}`)?.state ?? null
      return [{ id, note: parsed.data.note, needId: parsed.data.needId ?? null, at: parsed.data.at, received: state !== null, state }]
    }).sort((a, b) => b.at - a.at),
  }
}

const priorityOrder = (need: RecipientNeed) => PRIORITIES.indexOf(need.priority)
function byPriorityThenTitle(a: RecipientNeed, b: RecipientNeed): number {
  return priorityOrder(a) - priorityOrder(b) || a.title.localeCompare(b.title)
}

export interface RecipientStore extends DocStore<RecipientSnapshot> {
  answer(checkInId: string, answer: { worked: string; missing: string; notHelpful: string }, now: Instant): boolean
  suggestNeed(title: string, note: string, now: Instant): boolean
  suggestPriority(needId: string, priority: Priority, note: string, now: Instant): boolean
  /** `needId`: the need they want stopped, or null for "some quiet" in general. */
  pleaseStop(note: string, needId: string | null, now: Instant): boolean
}

export function createRecipientStore(doc: Y.Doc): RecipientStore {
  const base = createDocStore(doc, readRecipientSnapshot)
  const put = (name: string, key: string, value: unknown, validator: Validator<unknown>) => {
    if (!validator.safeParse(value).success) return false
    writeOwn(doc, () => doc.getMap(name).set(key, value))
    return true
  }
  return {
    ...base,
    answer(checkInId, answer, now) {
      if (!base.getSnapshot().checkIns.some((c) => c.id === checkInId)) return false
      return put('answers', checkInId, { ...answer, at: now }, answerValueValidator)
    },
    suggestNeed(title, note, now) {
      return put('suggestions', randomId(), { kind: 'new-need', title: title.trim(), note, at: now }, suggestionValueValidator)
    },
    suggestPriority(needId, priority, note, now) {
      return put('suggestions', randomId(), { kind: 'priority', needId, priority, note, at: now }, suggestionValueValidator)
    },
    pleaseStop(note, needId, now) {
      if (needId !== null && !base.getSnapshot().needs.some((need) => need.id === needId)) return false
      return put('pleaseStop', randomId(), needId === null ? { note, at: now } : { note, needId, at: now }, pleaseStopValueValidator)
    },
  }
}
