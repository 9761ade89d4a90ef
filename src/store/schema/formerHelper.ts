import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, readCollection, shortText, type ReadProblem } from './primitives'

/**
 * The names of helpers who were removed, kept by id. Old check-in notes may still name them,
 * and what the recipient reads must leave their names out as it does for current helpers.
 */
export const FORMER_HELPERS = 'formerHelpers'

export const formerHelperValidator = lazySchema(() => z.object({ name: shortText(120), removedAt: z.number() }))
export interface FormerHelper {
  id: string
  name: string
  removedAt: number
}

export function readFormerHelpers(doc: Y.Doc, problems: ReadProblem[]): FormerHelper[] {
  return readCollection(doc, FORMER_HELPERS, formerHelperValidator, problems)
}
