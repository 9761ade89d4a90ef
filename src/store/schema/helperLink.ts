import { z } from 'zod/mini'
import * as Y from 'yjs'
import { offerShape } from './helper'
import { lazySchema, readCollection, type ReadProblem } from './primitives'

/**
 * Per helper, what the coordinator's fold has taken from their document: when their device
 * first joined, and the last offer they wrote that was folded into `offers`. Comparing with
 * that last offer is how fold tells "the helper changed their offer" from "the coordinator
 * suggested a change", so neither overwrites the other.
 */
export const HELPER_LINKS = 'helperLinks'

export const foldedOfferValidator = lazySchema(() => z.extend(offerShape, { at: z.number() }))
export type FoldedOffer = z.infer<typeof foldedOfferValidator>

export interface HelperLink {
  id: string
  /** The coordinator's time when the helper's device was first seen to have joined. */
  joinedAt: number | null
  offer: FoldedOffer | null
}

export const helperLinkValidator = lazySchema(() => z.object({
  joinedAt: z.nullable(z.number()),
  offer: z.nullable(foldedOfferValidator),
}))

export function readHelperLinks(doc: Y.Doc, problems: ReadProblem[]): Record<string, HelperLink> {
  const links: Record<string, HelperLink> = {}
  for (const link of readCollection(doc, HELPER_LINKS, helperLinkValidator, problems)) links[link.id] = link
  return links
}
