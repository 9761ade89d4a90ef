import { z } from 'zod'
import * as Y from 'yjs'
import type { Boundaries, ExcludedPerson, OffLimitsTime } from '../../domain/model'
import { rawEntities } from '../entities'
import { describeIssues, shortText, longText, weeklyTimeRangeValidator, type ReadProblem } from './primitives'

export const EXCLUDED_PEOPLE = 'excludedPeople'
export const OFF_LIMITS = 'offLimits'

export const excludedPersonValidator = z.object({
  name: shortText(120).min(1, 'a name is needed'),
  note: longText,
})

export const offLimitsValidator = weeklyTimeRangeValidator.refine((r) => r.end > r.start, {
  message: 'the end is before the start',
  path: ['end'],
})

export function readBoundaries(doc: Y.Doc, problems: ReadProblem[]): Boundaries {
  const excludedPeople: ExcludedPerson[] = []
  for (const [id, raw] of rawEntities(doc, EXCLUDED_PEOPLE)) {
    const parsed = excludedPersonValidator.safeParse(raw)
    if (parsed.success) excludedPeople.push({ id, ...parsed.data })
    else problems.push(describeIssues(`excludedPeople/${id}`, parsed.error))
  }
  const offLimits: OffLimitsTime[] = []
  for (const [id, raw] of rawEntities(doc, OFF_LIMITS)) {
    const parsed = offLimitsValidator.safeParse(raw)
    if (parsed.success) offLimits.push({ id, ...parsed.data })
    else problems.push(describeIssues(`offLimits/${id}`, parsed.error))
  }
  excludedPeople.sort((a, b) => a.name.localeCompare(b.name))
  offLimits.sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
  return { excludedPeople, offLimits }
}
