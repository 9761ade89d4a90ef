import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, idValidator, localDateValidator, rangeInOrder, rangeOutOfOrder, readCollection, type ReadProblem } from './primitives'
import { compareText } from '../../domain/compareText'

/**
 * Proposals the coordinator said no to: "not Sam for the dinners". Keyed `<needId>/<helperId>`,
 * so saying it twice is one entry. The planner never proposes that helper for that need again;
 * the coordinator can still choose them by hand. With `from`/`until` it holds on those dates
 * only: a series the coordinator removed is not proposed again for the same dates (keyed
 * `<needId>/<helperId>/<from>/<until>`). Undo in Assign asks for them again.
 */
export const DECLINED = 'declined'

export const declinedValidator = lazySchema(() => z.object({
  needId: idValidator, helperId: idValidator, at: z.number(),
  from: z._default(z.nullable(localDateValidator), null), until: z._default(z.nullable(localDateValidator), null),
}).check(z.refine(rangeInOrder, rangeOutOfOrder)))
export interface DeclinedPair {
  id: string
  needId: string
  helperId: string
  at: number
  /** Both set: those dates only. */
  from: string | null
  until: string | null
}

export const declinedKey = (needId: string, helperId: string, dates?: { from: string; until: string }) =>
  dates ? `${needId}/${helperId}/${dates.from}/${dates.until}` : `${needId}/${helperId}`

export function readDeclined(doc: Y.Doc, problems: ReadProblem[]): DeclinedPair[] {
  return readCollection(doc, DECLINED, declinedValidator, problems).sort((a, b) => a.at - b.at || compareText(a.id, b.id))
}
