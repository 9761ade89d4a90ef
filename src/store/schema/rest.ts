import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Rest } from '../../domain/model'
import { lazySchema, localDateValidator, rangeInOrder, rangeOutOfOrder, readCollection, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Times the whole circle rests ("the map stays ready"), keyed by random id
 * (domain/model/rest.ts, domain/resting.ts). Written by 'circle/pause' and 'circle/resume',
 * read by planning, projection and Today. A collection rather than a circle field, so the days
 * a circle rested stay set aside after it resumes.
 */
export const RESTS = 'rests'

export const restValidator = lazySchema(() => z.object({
  from: localDateValidator,
  until: z.nullable(localDateValidator),
  lookAgain: z.nullable(localDateValidator),
  at: z.number(),
}).check(z.refine(rangeInOrder, rangeOutOfOrder)))

/** By first day, then id. */
export function readRests(doc: Y.Doc, problems: ReadProblem[]): Rest[] {
  return readCollection(doc, RESTS, restValidator, problems).sort((a, b) => compareText(a.from, b.from) || compareText(a.id, b.id))
}
