import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Instant, Offer } from '../../domain/model'
import {
  HELPER_DOC_SCHEMA_VERSION, type HelperBriefFields, type HelperMessage, type HelperOpenCall, type HelperReport, type HelperTask, type OfferFields, type TaskStatus,
} from '../helperDoc/layout'
import { claimValueValidator, helperOfferValidator, reportValueValidator } from '../helperDoc/owned'
import { MAX_REPORT_NOTE, type ReportKind } from '../schema/helperReport'
import { OCCURRENCE_STATUS_KINDS } from '../schema/occurrence'
import { buildSchema, lazySchema } from '../schema/primitives'
import { offerShape } from '../schema/helper'
import { writeFields } from '../entities'
import type { MovedTo } from '../fold/fresh'
import { createDocStore, flatEntries, movedToOf, replacedOf, writeOwn, type DocStore } from './docStore'
import { compareText } from '../../domain/compareText'

/**
 * A helper's own device: their document read as a typed snapshot, and the few things a helper
 * writes (reports, claims, their offer, that they joined). Projected sections come from the
 * coordinator; they are read leniently (an entry that does not parse is skipped), never written.
 */
export type HelperDocState = 'waiting' | 'ready' | 'revoked' | 'too-new'

export interface HelperTaskView extends HelperTask {
  id: string
  /** As the coordinator sees it; `covered` when someone else covers this helper's task. */
  status: TaskStatus
  report: HelperReport | null
  /** The coordinator's device has received this task's report. */
  reportReceived: boolean
}

export interface HelperCallView extends HelperOpenCall {
  id: string
  claimedAt: Instant | null
}

export interface HelperSnapshot {
  version: number
  state: HelperDocState
  brief: HelperBriefFields | null
  tasks: HelperTaskView[]
  openCalls: HelperCallView[]
  /** Kind words from the coordinator (a pause, an end), newest first. */
  messages: Array<HelperMessage & { id: string }>
  /** Their own offer once written; else what the coordinator filled in for them. */
  offer: OfferFields | null
  offerIsOwn: boolean
  offerReceived: boolean
  joined: boolean
  /** The coordinator gave this phone a fresh document: it moves there (sync/roleDocs.ts). */
  movedTo: MovedTo | null
  /** The document this one replaced: forgotten on this phone if it still holds it. */
  replaces: string | null
}

const taskValidator = lazySchema(() => z.looseObject({
  title: z.string(), kind: z.string(), start: z.number(), end: z.number(),
  role: z.enum(['primary', 'backup', 'cover', 'reported']), details: z.nullable(z.string()),
}))

const isStatus = (value: unknown): value is TaskStatus =>
  value === 'planned' || (OCCURRENCE_STATUS_KINDS as readonly unknown[]).includes(value)

/**
 * A task's status: its entry in `taskStatuses`, else (a version 1 document, projected before
 * statuses had their own section) the status inside the task value, else `planned`.
 */
function statusOf(statuses: Record<string, unknown>, id: string, task: Record<string, unknown>): TaskStatus {
  if (isStatus(statuses[id])) return statuses[id]
  return isStatus(task.status) ? task.status : 'planned'
}
const callValidator = lazySchema(() => z.looseObject({ kind: z.string(), title: z.string(), start: z.number(), end: z.number(), taken: z.boolean(), takenByYou: z.boolean() }))
const suggestionValidator = lazySchema(() => z.looseObject(offerShape.shape))
const messageValidator = lazySchema(() => z.union([
  z.looseObject({ kind: z.enum(['paused', 'ended']), title: z.string(), from: z.string(), until: z.nullable(z.string()), at: z.number() }),
  z.looseObject({ kind: z.literal('reserve'), at: z.number() }),
]))

/**
 * Builds the validators a helper's snapshot reads with, one at a time with `between` (a yield to
 * the page) before each: each is a lazySchema, built on first use, and on a phone that was
 * one long task of the document's first load. Called while IndexedDB opens the document; what is
 * not built by the time the first snapshot is read is built there, as before.
 */
export async function prepareHelperValidators(between: () => Promise<void>): Promise<void> {
  for (const validator of [taskValidator, reportValueValidator, callValidator, claimValueValidator, messageValidator, helperOfferValidator, suggestionValidator]) {
    await between()
    buildSchema(validator)
  }
}

function section(doc: Y.Doc, name: string): Record<string, unknown> {
  return Object.fromEntries(flatEntries(doc, name))
}

export function readHelperSnapshot(doc: Y.Doc, version: number): HelperSnapshot {
  const meta = section(doc, 'meta')
  const acks = section(doc, 'acks')
  const reports = section(doc, 'reports')
  const claims = section(doc, 'claims')
  const statuses = section(doc, 'taskStatuses')
  const ownOffer = helperOfferValidator.safeParse(section(doc, 'offer'))
  const suggested = suggestionValidator.safeParse(section(doc, 'offerSuggestion'))
  const brief = section(doc, 'brief') as unknown as HelperBriefFields
  const state: HelperDocState = meta.revoked === true ? 'revoked'
    : typeof meta.schemaVersion === 'number' && meta.schemaVersion > HELPER_DOC_SCHEMA_VERSION ? 'too-new'
      : typeof brief.publicSummary === 'string' ? 'ready' : 'waiting'
  const tasks: HelperTaskView[] = []
  for (const [id, raw] of flatEntries(doc, 'tasks')) {
    const task = taskValidator.safeParse(raw)
    if (!task.success) continue
    const report = reportValueValidator.safeParse(reports[id])
    // The coordinator's fold echoes the report's own time: an older ack is for an older word.
    const received = report.success && acks[`reports/${id}`] === report.data.at
    const { status: _legacy, ...fields } = task.data as Record<string, unknown>
    tasks.push({
      ...(fields as unknown as HelperTask), id, status: statusOf(statuses, id, task.data), report: report.success ? report.data : null, reportReceived: received,
    })
  }
  tasks.sort((a, b) => a.start - b.start || compareText(a.id, b.id))
  const openCalls: HelperCallView[] = []
  for (const [id, raw] of flatEntries(doc, 'openCalls')) {
    const call = callValidator.safeParse(raw)
    if (!call.success) continue
    const claim = claimValueValidator.safeParse(claims[id])
    openCalls.push({ ...(call.data as unknown as HelperOpenCall), id, claimedAt: claim.success ? claim.data.at : null })
  }
  openCalls.sort((a, b) => a.start - b.start)
  const messages = flatEntries(doc, 'messages').flatMap(([id, raw]) => {
    const message = messageValidator.safeParse(raw)
    return message.success ? [{ ...(message.data as HelperMessage), id }] : []
  }).sort((a, b) => b.at - a.at || compareText(a.id, b.id))
  const { at: _at, ...offerFields } = ownOffer.success ? ownOffer.data : { at: 0 }
  return {
    version, state, brief: state === 'ready' ? brief : null, tasks, openCalls, messages,
    offer: ownOffer.success ? (offerFields as OfferFields) : suggested.success ? (suggested.data as OfferFields) : null,
    offerIsOwn: ownOffer.success,
    offerReceived: ownOffer.success && acks.offer === ownOffer.data.at,
    joined: typeof section(doc, 'joined').at === 'number',
    movedTo: movedToOf(doc), replaces: replacedOf(doc),
  }
}

export interface HelperStore extends DocStore<HelperSnapshot> {
  join(now: Instant): void
  report(occurrenceId: string, kind: ReportKind, note: string, now: Instant): boolean
  clearReport(occurrenceId: string): void
  claim(callId: string, now: Instant): boolean
  saveOffer(offer: Omit<Offer, 'helperId'>, now: Instant): { ok: boolean }
}

export function createHelperStore(doc: Y.Doc): HelperStore {
  const base = createDocStore(doc, readHelperSnapshot)
  const isMine = (occurrenceId: string) => base.getSnapshot().tasks.some((t) => t.id === occurrenceId)
  return {
    ...base,
    join(now) {
      if (!base.getSnapshot().joined) writeOwn(doc, () => doc.getMap('joined').set('at', now))
    },
    report(occurrenceId, kind, note, now) {
      if (!isMine(occurrenceId)) return false
      writeOwn(doc, () => doc.getMap('reports').set(occurrenceId, { kind, note: note.slice(0, MAX_REPORT_NOTE), at: now }))
      return true
    },
    clearReport(occurrenceId) {
      writeOwn(doc, () => doc.getMap('reports').delete(occurrenceId))
    },
    claim(callId, now) {
      const call = base.getSnapshot().openCalls.find((c) => c.id === callId)
      if (!call || call.taken || call.claimedAt !== null) return false
      writeOwn(doc, () => doc.getMap('claims').set(callId, { at: now }))
      return true
    },
    saveOffer(offer, now) {
      const parsed = helperOfferValidator.safeParse({ ...offer, at: now })
      // The form checks first; what still fails here is a shape only a bug sends: the UI says so kindly.
      if (!parsed.success) return { ok: false }
      writeOwn(doc, () => writeFields(doc.getMap('offer'), parsed.data))
      return { ok: true }
    },
  }
}
