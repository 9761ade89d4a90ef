import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Stop } from '../../domain/model'
import { lazySchema, idValidator, localDateValidator, rangeInOrder, rangeOutOfOrder, readCollection, readEntity, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Needs (or one helper's part of one) stopped at the recipient's word, keyed by random id
 * (domain/model/stop.ts). Written by the stop commands, read by planning and projection.
 */
export const STOPS = 'stops'

export const stopValidator = lazySchema(() => z.object({
  needId: idValidator,
  helperId: z.nullable(idValidator),
  kind: z.enum(['pause', 'end']),
  from: localDateValidator,
  until: z.nullable(localDateValidator),
  helperIds: z.array(idValidator).check(z.maxLength(200)),
  pleaseStopId: z.nullable(idValidator),
  at: z.number(),
}).check(z.refine(rangeInOrder, rangeOutOfOrder)))

/** By first day, then id. */
export function readStops(doc: Y.Doc, problems: ReadProblem[]): Stop[] {
  return readCollection(doc, STOPS, stopValidator, problems).sort((a, b) => compareText(a.from, b.from) || compareText(a.id, b.id))
}

export function readStop(doc: Y.Doc, id: string): Stop | null {
  return readEntity(doc, STOPS, id, stopValidator)
}
