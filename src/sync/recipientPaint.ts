import type { RecipientSnapshot } from '../store/roles/recipientStore'
import { isCrisisList, isListOf, isNumber, isRecord, isString, readPaint, type RecipientPaint } from './firstPaint'

// The recipient's copy read back by hand (firstPaint.ts writes it), in the first download of their phone alone.

/** The recipient's stored paint as a snapshot (no needs, check-ins or suggestions), or null: none, damaged, another format or another role's. */
export function readRecipientPaint(docId: string): RecipientSnapshot | null {
  const paint = readPaint(docId, 'recipient', isRecipientPaint)
  if (!paint) return null
  return {
    version: -1, state: 'ready', movedTo: null, replaces: null, circle: paint.circle, daily: paint.daily, needs: [], checkIns: [], suggestions: [],
    pleaseStop: paint.pleaseStop.map(({ id, at, state }) => ({ id, at, state, received: state !== null, note: '', needId: null })),
  }
}

const DAILY_STATUSES = ['all-covered', 'being-arranged']

function isRecipientPaint(value: unknown): value is RecipientPaint {
  if (!isRecord(value) || !isRecord(value.circle) || !isRecord(value.daily)) return false
  const circle = value.circle
  const circleOk = ['recipientName', 'coordinatorName', 'coordinatorContact', 'timeZone'].every((key) => isString(circle[key]))
    && ['active', 'archived'].includes(circle.status as string) && isCrisisList(circle.crisisResources)
    && (circle.resting === undefined || (isRecord(circle.resting) && isString(circle.resting.since) && (circle.resting.lookAgain === null || isString(circle.resting.lookAgain))))
  const dailyOk = Object.values(value.daily).every((day) => isRecord(day) && DAILY_STATUSES.includes(day.status as string) && isNumber(day.open)
    && (day.helpers === undefined || (Array.isArray(day.helpers) && day.helpers.every(isString))))
  const pleaseStopOk = isListOf(value.pleaseStop, (sent) => isString(sent.id) && isNumber(sent.at) && (sent.state === null || isString(sent.state)))
  return circleOk && dailyOk && pleaseStopOk
}
