import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, idValidator, readCollection, type ReadProblem } from './primitives'

/**
 * Claims on open calls as the coordinator's fold first saw them, keyed `<callId>/<helperId>`.
 * `seenAt` is the coordinator's clock and is written once: it, not the helper's clock, says
 * who was first (DESIGN.md, "Open calls without a server").
 */
export const CLAIMS = 'claims'

export interface ClaimRecord {
  id: string
  callId: string
  helperId: string
  /** The helper's own time of claiming: only breaks ties between claims seen in one fold. */
  at: number
  seenAt: number
}

export const claimValidator = lazySchema(() => z.object({ callId: idValidator, helperId: idValidator, at: z.number(), seenAt: z.number() }))

export const claimKey = (callId: string, helperId: string) => `${callId}/${helperId}`

export function readClaims(doc: Y.Doc, problems: ReadProblem[]): ClaimRecord[] {
  return readCollection(doc, CLAIMS, claimValidator, problems)
}
