import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Circle, CrisisResource, Instant, LocalDate, Weekday } from '../../domain/model'
import { collection, writeFields } from '../entities'
import {
  lazySchema, describeIssues, localDateValidator, readCollection, requiredText, shortText, timeZoneValidator, weekdayValidator, type ReadProblem,
} from './primitives'

/** The circle profile: a flat Y.Map `circle` of plain fields; crisis resources in their own collection. */
export const CIRCLE = 'circle'
export const CRISIS_RESOURCES = 'crisisResources'

export const crisisResourceValidator = lazySchema(() => z.object({
  name: requiredText(120, 'a name is needed'),
  contact: requiredText(300, 'a phone number or link is needed'),
  order: z.number(),
}))

export const circleFieldsShape = lazySchema(() => z.object({
  recipientName: requiredText(120, 'the name of the person you support is needed'),
  publicSummary: shortText(600),
  timeZone: timeZoneValidator,
  startDate: localDateValidator,
  endDate: localDateValidator,
  coordinator: z.object({ name: shortText(120), contact: shortText(300) }),
  status: z.enum(['active', 'archived']),
  createdAt: z.number(),
}))

export const DEFAULT_CHECK_IN_WEEKDAY: Weekday = 5
export const NO_FOLLOW_UPS = { oneMonth: null, threeMonths: null } as const

/**
 * Fields added after v2 without a schema bump: older apps ignore them (their validator strips
 * unknown keys), and a circle that lacks them reads with these defaults. Written only by the
 * check-in, end-of-support and coordinator commands, never by 'circle/create' or 'circle/update'.
 */
export const circleLifecycleShape = lazySchema(() => z.object({
  checkInWeekday: z._default(weekdayValidator, DEFAULT_CHECK_IN_WEEKDAY),
  endedAt: z._default(z.nullable(z.number()), null),
  followUps: z._default(
    z.object({ oneMonth: z.nullable(localDateValidator), threeMonths: z.nullable(localDateValidator) }),
    () => ({ ...NO_FOLLOW_UPS }),
  ),
  /** The coordinator device whose person is the lead (named in briefs); null before a second coordinator device. */
  leadDeviceId: z._default(z.nullable(z.string()), null),
}))

const endsAfterStart = { message: 'the end date is before the start date', path: ['endDate'] }
export const circleFieldsValidator = lazySchema(() => z.extend(circleFieldsShape, circleLifecycleShape.shape).check(z.refine((c) => c.endDate >= c.startDate, endsAfterStart)))

export interface FollowUps {
  oneMonth: LocalDate | null
  threeMonths: LocalDate | null
}

/** The circle as the coordinator's map holds it: the domain's Circle plus its weekly rhythm and its end. */
export type CircleProfile = Circle & {
  /** The weekday of the weekly check-in with the recipient (default Friday). */
  checkInWeekday: Weekday
  /** When the support was ended (status 'archived'); null while it runs. */
  endedAt: Instant | null
  /** Follow-up dates the coordinator asked for when ending the support. */
  followUps: FollowUps
  /** The coordinator device of the lead, the person `coordinator` names; null while the circle has one device. */
  leadDeviceId: string | null
}

export type CircleFields = Omit<CircleProfile, 'crisisResources'>

export function writeCircle(doc: Y.Doc, fields: Partial<CircleFields>): void {
  writeFields(doc.getMap(CIRCLE), fields)
}

export function readCircle(doc: Y.Doc, problems: ReadProblem[]): CircleProfile | null {
  const raw = doc.getMap(CIRCLE).toJSON()
  if (Object.keys(raw).length === 0) return null
  const parsed = circleFieldsValidator.safeParse(raw)
  if (!parsed.success) {
    problems.push(describeIssues('circle', parsed.error))
    return null
  }
  return { ...parsed.data, crisisResources: readCrisisResources(doc, problems) }
}

export function readCrisisResources(doc: Y.Doc, problems: ReadProblem[]): CrisisResource[] {
  return readCollection(doc, CRISIS_RESOURCES, crisisResourceValidator, problems)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...resource }) => resource)
}

export function crisisResources(doc: Y.Doc) {
  return collection(doc, CRISIS_RESOURCES)
}
