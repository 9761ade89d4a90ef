import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Boundaries } from '../../domain/model'
import { lazySchema, longText, weeklyWindowValidator, readCollection, requiredText, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

export const EXCLUDED_PEOPLE = 'excludedPeople'
export const OFF_LIMITS = 'offLimits'

export const excludedPersonValidator = lazySchema(() => z.object({
  name: requiredText(120, 'a name is needed'),
  note: longText,
}))

export const offLimitsValidator = weeklyWindowValidator

export function readBoundaries(doc: Y.Doc, problems: ReadProblem[]): Boundaries {
  const excludedPeople = readCollection(doc, EXCLUDED_PEOPLE, excludedPersonValidator, problems)
  const offLimits = readCollection(doc, OFF_LIMITS, offLimitsValidator, problems)
  excludedPeople.sort((a, b) => a.name.localeCompare(b.name))
  offLimits.sort((a, b) => a.weekday - b.weekday || compareText(a.start, b.start))
  return { excludedPeople, offLimits }
}
