import type { HelperSnapshot } from '../store/roles/helperStore'

/**
 * A phone's first screen, painted before Yjs loads: a copy of what a person's own document
 * showed last, kept in localStorage (read synchronously, with no Yjs, zod or Dexie), written
 * from the document every time the document changes and removed in the same step when the
 * document stops showing anything (revoked, moved to a fresh one, forgotten). So it never holds
 * what the document no longer holds: it is on the same disk as the document, and no more.
 *
 * Read-only: the screen painted from it writes nothing; every action waits for the real
 * document. A copy that is damaged or in another format is ignored, never a crash.
 */
const FORMAT = 1
const PREFIX = 'kith.paint.'

export const paintKey = (docId: string) => `${PREFIX}${docId}`

/** What a helper's tasks are painted from: their snapshot as it was, without what only the live document needs. */
export type HelperPaint = Pick<HelperSnapshot, 'brief' | 'tasks' | 'openCalls' | 'messages' | 'offer' | 'offerIsOwn' | 'offerReceived' | 'joined'>

type Stored = { format: number; role: 'helper'; paint: HelperPaint }

function store(docId: string, value: Stored | null): void {
  try {
    if (value) localStorage.setItem(paintKey(docId), JSON.stringify(value))
    else localStorage.removeItem(paintKey(docId))
  } catch {
    // Storage refused (full, private mode): the next launch opens the usual way. A copy that
    // could not be replaced must not outlive the document it no longer matches.
    if (value) forgetPaint(docId)
  }
}

export function forgetPaint(docId: string): void {
  try {
    localStorage.removeItem(paintKey(docId))
  } catch {
    // nothing stored
  }
}

/** Keeps the helper's paint equal to their document: a copy when it shows their tasks, none otherwise. */
export function writeHelperPaint(docId: string, snapshot: HelperSnapshot): void {
  if (snapshot.state !== 'ready' || !snapshot.brief || snapshot.movedTo) return store(docId, null)
  const { brief, tasks, openCalls, messages, offer, offerIsOwn, offerReceived, joined } = snapshot
  store(docId, { format: FORMAT, role: 'helper', paint: { brief, tasks, openCalls, messages, offer, offerIsOwn, offerReceived, joined } })
}

/** The helper's stored paint, or null: none, damaged, another format or another role's. */
export function readHelperPaint(docId: string): HelperSnapshot | null {
  let stored: unknown
  try {
    stored = JSON.parse(localStorage.getItem(paintKey(docId)) ?? 'null')
  } catch {
    return null
  }
  if (!isRecord(stored) || stored.format !== FORMAT || stored.role !== 'helper' || !isHelperPaint(stored.paint)) return null
  return { ...stored.paint, version: -1, state: 'ready', movedTo: null, replaces: null }
}

// Checked by hand, not with the schemas (zod stays out of the first download): what the painted screens read.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isListOf = (value: unknown, check: (item: Record<string, unknown>) => boolean) =>
  Array.isArray(value) && value.every((item) => isRecord(item) && check(item))
const ROLES = ['primary', 'backup', 'cover', 'reported']
const STATUSES = ['planned', 'done', 'missed', 'needs-cover', 'covered', 'cancelled']

function isHelperPaint(value: unknown): value is HelperPaint {
  if (!isRecord(value) || !isRecord(value.brief)) return false
  const brief = value.brief
  const briefOk = ['helperFirstName', 'recipientFirstName', 'coordinatorName', 'coordinatorContact', 'timeZone', 'circleStatus', 'publicSummary'].every((key) => isString(brief[key]))
    && isListOf(brief.crisisResources, (resource) => isString(resource.name) && isString(resource.contact))
  const tasksOk = isListOf(value.tasks, (task) => isString(task.id) && isString(task.title) && isString(task.kind) && isNumber(task.start) && isNumber(task.end)
    && ROLES.includes(task.role as string) && STATUSES.includes(task.status as string) && (task.details === null || isString(task.details))
    && (task.report === null || (isRecord(task.report) && isString(task.report.kind))) && typeof task.reportReceived === 'boolean')
  const callsOk = isListOf(value.openCalls, (call) => isString(call.id) && isString(call.title) && isNumber(call.start) && isNumber(call.end) && typeof call.taken === 'boolean')
  const messagesOk = isListOf(value.messages, (message) => isString(message.id) && isString(message.kind))
  return briefOk && tasksOk && callsOk && messagesOk && typeof value.joined === 'boolean'
}
