import type { HelperSnapshot } from '../store/roles/helperStore'
import { isCrisisList, isListOf, isNumber, isRecord, isString, readPaint, type HelperPaint } from './firstPaint'

// A helper's copy read back by hand (firstPaint.ts writes it), in the first download of their phone alone.

/** The helper's stored paint, or null: none, damaged, another format or another role's. */
export function readHelperPaint(docId: string): HelperSnapshot | null {
  const paint = readPaint(docId, 'helper', isHelperPaint)
  return paint && { ...paint, version: -1, state: 'ready', movedTo: null, replaces: null }
}

const ROLES = ['primary', 'backup', 'cover', 'reported']
const STATUSES = ['planned', 'done', 'missed', 'needs-cover', 'covered', 'cancelled']

function isHelperPaint(value: unknown): value is HelperPaint {
  if (!isRecord(value) || !isRecord(value.brief)) return false
  const brief = value.brief
  const briefOk = ['helperFirstName', 'recipientFirstName', 'coordinatorName', 'coordinatorContact', 'timeZone', 'circleStatus', 'publicSummary'].every((key) => isString(brief[key]))
    && isCrisisList(brief.crisisResources)
  const tasksOk = isListOf(value.tasks, (task) => isString(task.id) && isString(task.title) && isString(task.kind) && isNumber(task.start) && isNumber(task.end)
    && ROLES.includes(task.role as string) && STATUSES.includes(task.status as string) && (task.details === null || isString(task.details))
    && (task.report === null || (isRecord(task.report) && isString(task.report.kind))) && typeof task.reportReceived === 'boolean')
  const callsOk = isListOf(value.openCalls, (call) => isString(call.id) && isString(call.title) && isNumber(call.start) && isNumber(call.end) && typeof call.taken === 'boolean')
  const messagesOk = isListOf(value.messages, (message) => isString(message.id) && isString(message.kind))
  return briefOk && tasksOk && callsOk && messagesOk && typeof value.joined === 'boolean'
}
