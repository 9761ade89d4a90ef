import { z } from 'zod/mini'
import * as Y from 'yjs'
import { idValidator, readCollection, type ReadProblem } from './primitives'

/**
 * Proposals the coordinator said no to: "not Sam for the dinners". Keyed `<needId>/<helperId>`,
 * so saying it twice is one entry. The planner never proposes that helper for that need again;
 * the coordinator can still choose them by hand.
 */
export const DECLINED = 'declined'

export const declinedValidator = z.object({ needId: idValidator, helperId: idValidator, at: z.number() })
export interface DeclinedPair {
  id: string
  needId: string
  helperId: string
  at: number
}

export const declinedKey = (needId: string, helperId: string) => `${needId}/${helperId}`

export function readDeclined(doc: Y.Doc, problems: ReadProblem[]): DeclinedPair[] {
  return readCollection(doc, DECLINED, declinedValidator, problems).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id))
}
