import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, idValidator, localDateValidator, rangeInOrder, rangeOutOfOrder, readCollection, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Days a helper can't take anything ("away for two weeks"), keyed by random id. The planner
 * keeps their accepted series outside these days and refills the rest; their offer is unchanged.
 */
export const AWAY = 'away'

export const awayShape = lazySchema(() => z.object({ helperId: idValidator, from: localDateValidator, until: localDateValidator }))
export const awayValidator = lazySchema(() => awayShape.check(z.refine(rangeInOrder, rangeOutOfOrder)))

export interface AwayPeriod {
  id: string
  helperId: string
  from: string
  until: string
}

export function readAway(doc: Y.Doc, problems: ReadProblem[]): AwayPeriod[] {
  return readCollection(doc, AWAY, awayValidator, problems).sort((a, b) => compareText(a.from, b.from) || compareText(a.id, b.id))
}
