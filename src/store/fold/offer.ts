/**
 * A helper's own offer and their joined marker → the map (and, the first time their device
 * joined, the activity log: the only place a check-in learns that someone joined).
 *
 * Rules: the helper owns `offer` in their document; the coordinator owns `offers` in the map.
 * Fold copies the helper's offer into the map only when it differs from the last offer it
 * folded from them (kept in `helperLinks`): so a change the coordinator makes afterwards
 * stands, as a suggestion projected back to the helper, until the helper changes their own
 * offer again. An offer is taken whole or not at all; an unknown field refuses it.
 */
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { jsonEqual, upsertEntity } from '../entities'
import { summaries } from '../commands/words'
import { helperOfferValidator, instantValidator, JOINED_KEY, OFFER_KEYS } from '../helperDoc/owned'
import type { HelperOffer } from '../helperDoc/layout'
import type { ProjectionInput } from '../projection/input'
import { stableId } from '../ids'
import { appendActivity } from '../schema/activity'
import { OFFERS } from '../schema/helper'
import { HELPER_LINKS } from '../schema/helperLink'
import type { Rejection } from './result'
import { accept, untrustedSection, type Untrusted } from './untrusted'
import { reasons } from './words'

export interface OfferChange {
  offer: HelperOffer | null
  /** First time the helper's device is seen to have joined. */
  joined: boolean
}

export function planOffer(input: ProjectionInput, helperId: string, doc: Y.Doc, rejected: Rejection[]): OfferChange {
  const link = input.inbox.helperLinks[helperId]
  const raw: Record<string, unknown> = {}
  let known = true
  for (const { key, value } of untrustedSection<unknown>(doc, 'offer', rejected)) {
    if ((OFFER_KEYS as readonly string[]).includes(key)) raw[key] = value
    else {
      rejected.push({ path: `offer/${key}`, reason: reasons.notAnOfferField })
      known = false
    }
  }
  const offer = known && Object.keys(raw).length > 0 ? accept(helperOfferValidator, raw as Untrusted<HelperOffer>, 'offer', rejected) : null
  const changed = offer !== null && !jsonEqual(offer, link?.offer ?? null)
  let joinedSeen = offer !== null
  for (const { key, value } of untrustedSection<number>(doc, 'joined', rejected)) {
    if (key !== JOINED_KEY) rejected.push({ path: `joined/${key}`, reason: reasons.notJoined })
    else if (accept(instantValidator, value, `joined/${key}`, rejected) !== null) joinedSeen = true
  }
  return { offer: changed ? offer : null, joined: joinedSeen && (link?.joinedAt ?? null) === null }
}

export function writeOffer(doc: Y.Doc, input: ProjectionInput, helperId: string, change: OfferChange, now: Instant): void {
  const link = input.inbox.helperLinks[helperId]
  if (!change.offer && !change.joined) return
  const joinedAt = link?.joinedAt ?? now
  upsertEntity(doc, HELPER_LINKS, helperId, { joinedAt, offer: change.offer ?? link?.offer ?? null })
  // Named by what was folded: two coordinator devices folding the same join log it once.
  if (change.joined) appendActivity(doc, now, 'helper/joined', summaries.helperJoined(doc, helperId), [helperId], stableId(`fold/joined/${helperId}`))
  if (!change.offer) return
  const { at: _at, ...fields } = change.offer
  upsertEntity(doc, OFFERS, helperId, fields)
  appendActivity(doc, now, 'offer/saved', summaries.offerSaved(doc, helperId), [helperId], stableId(`fold/offer/${helperId}/${change.offer.at}`))
}
