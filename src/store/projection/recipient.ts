/**
 * Projection of the map into the recipient's document (layout: recipientDoc/layout.ts).
 *
 * Rules:
 * - Pure and deterministic: a function of the map's values and the recipient's local date.
 * - The recipient reads the needs as titles, categories, priorities and schedules in words;
 *   the coordinator's check-in notes; a daily status; the crisis resources; and what became of
 *   their own answers, suggestions and "please stop".
 * - Never private details, assigned details (addresses, door codes), helpers' contacts,
 *   schedules or loads, boundaries, the activity log; and no helper names unless the recipient
 *   opted in (`recipientSeesHelpers`); free text passes through the one redaction (redact.ts).
 * - While the whole circle rests (domain/resting.ts) it holds no needs and no daily status,
 *   only the circle with `resting`, the check-ins and the acknowledgements.
 * - A withdrawn document (the coordinator stopped sharing with that phone, `document/revoke`) is
 *   emptied, every section, the recipient's own too, and marked revoked: their phone then forgets
 *   it (sync/roleDocs.ts), as a removed helper's does.
 * - Null means "leave the document alone" (map not loaded, or from a newer Kith).
 */
import { schedulePhrase } from '../../domain/describe'
import { describeSchedule } from '../../i18n/describe'
import type { LocalDate } from '../../domain/model'
import { openRest } from '../../domain/resting'
import {
  RECIPIENT_DOC_SCHEMA_VERSION, RECIPIENT_OWNED, type RecipientAck, type RecipientCheckIn, type RecipientDocValues, type RecipientNeed,
} from '../recipientDoc/layout'
import { circleBasics } from './basics'
import { dailyStatuses } from './daily'
import { canProject, type ProjectionInput } from './input'
import { projectionRedactor, redactRecipientValues } from './redact'

/** A withdrawn recipient's document: every section empty, including what the recipient wrote, and `revoked`. */
export function revokedRecipientValues(): RecipientDocValues & Record<(typeof RECIPIENT_OWNED)[number], Record<string, never>> {
  return {
    meta: { kind: 'recipient', schemaVersion: RECIPIENT_DOC_SCHEMA_VERSION, revoked: true },
    circle: {}, needs: {}, checkIns: {}, daily: {}, acks: {}, answers: {}, suggestions: {}, pleaseStop: {},
  }
}

export function projectRecipient(input: ProjectionInput, today: LocalDate): RecipientDocValues | null {
  if (!canProject(input)) return null
  const circle = input.circle!
  const seesHelpers = input.inbox.recipientSeesHelpers
  const rest = openRest(input.rests)

  const needs: Record<string, RecipientNeed> = {}
  for (const need of rest ? [] : input.needs) {
    const stop = (input.stops ?? []).find((s) => s.needId === need.id && s.helperId === null && (s.until === null || s.until >= today))
    needs[need.id] = {
      title: need.title, category: need.category, priority: need.priority,
      // Words as data for the recipient's phone; English prose for older phones, the same on every coordinator device.
      schedule: describeSchedule(need, circle.endDate, { circleStart: circle.startDate, locale: 'en-GB' }),
      schedulePhrase: schedulePhrase(need, circle.endDate, { circleStart: circle.startDate }), source: need.source,
      ...(stop ? { stopped: { kind: stop.kind, until: stop.until } } : {}),
    }
  }
  const checkIns: Record<string, RecipientCheckIn> = {}
  for (const c of input.checkIns) {
    checkIns[c.id] = { weekOf: c.weekOf, at: c.at, seq: c.seq, worked: c.worked, missing: c.missing, stop: c.stop, adjusted: c.adjusted }
  }
  return redactRecipientValues({
    meta: { kind: 'recipient', schemaVersion: RECIPIENT_DOC_SCHEMA_VERSION, revoked: false },
    circle: {
      ...circleBasics(circle),
      recipientName: circle.recipientName, startDate: circle.startDate, endDate: circle.endDate, status: circle.status, seesHelpers,
      ...(rest ? { resting: { since: rest.from, lookAgain: rest.lookAgain } } : {}),
    },
    needs,
    checkIns,
    daily: rest ? {} : dailyStatuses(input, today, seesHelpers),
    acks: recipientAcks(input),
  }, projectionRedactor(input, { kind: 'recipient' }))
}

function recipientAcks(input: ProjectionInput): Record<string, RecipientAck> {
  const acks: Record<string, RecipientAck> = {}
  for (const [id, answer] of Object.entries(input.inbox.checkInAnswers)) acks[`answers/${id}`] = { at: answer.at, state: 'received' }
  for (const s of input.inbox.suggestions) acks[`suggestions/${s.id}`] = { at: s.at, state: s.state === 'new' ? 'received' : s.state }
  for (const p of input.inbox.pleaseStop) {
    acks[`pleaseStop/${p.id}`] = { at: p.at, state: p.response ?? (p.acknowledgedAt === null ? 'received' : 'acknowledged') }
  }
  return acks
}
