import { z } from 'zod'
import * as Y from 'yjs'
import type { Circle, CrisisResource } from '../../domain/model'
import { collection, rawEntities, writeFields } from '../entities'
import { describeIssues, localDateValidator, shortText, timeZoneValidator, type ReadProblem } from './primitives'

/** The circle profile: a flat Y.Map `circle` of plain fields; crisis resources in their own collection. */
export const CIRCLE = 'circle'
export const CRISIS_RESOURCES = 'crisisResources'

export const crisisResourceValidator = z.object({
  name: shortText(120).min(1, 'a name is needed'),
  contact: shortText(300).min(1, 'a phone number or link is needed'),
  order: z.number(),
})

export const circleFieldsShape = z.object({
  recipientName: shortText(120).min(1, 'the name of the person you support is needed'),
  publicSummary: shortText(600),
  timeZone: timeZoneValidator,
  startDate: localDateValidator,
  endDate: localDateValidator,
  coordinator: z.object({ name: shortText(120), contact: shortText(300) }),
  status: z.enum(['active', 'archived']),
  createdAt: z.number(),
})

const endsAfterStart = { message: 'the end date is before the start date', path: ['endDate'] }
export const circleFieldsValidator = circleFieldsShape.refine((c) => c.endDate >= c.startDate, endsAfterStart)

export type CircleFields = Omit<Circle, 'crisisResources'>

export function writeCircle(doc: Y.Doc, fields: Partial<CircleFields>): void {
  writeFields(doc.getMap(CIRCLE), fields)
}

export function readCircle(doc: Y.Doc, problems: ReadProblem[]): Circle | null {
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
  const out: Array<CrisisResource & { order: number }> = []
  for (const [id, raw] of rawEntities(doc, CRISIS_RESOURCES)) {
    const parsed = crisisResourceValidator.safeParse(raw)
    if (parsed.success) out.push({ id, ...parsed.data })
    else problems.push(describeIssues(`crisisResources/${id}`, parsed.error))
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...resource }) => resource)
}

export function crisisResources(doc: Y.Doc) {
  return collection(doc, CRISIS_RESOURCES)
}
