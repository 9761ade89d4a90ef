/**
 * Claims on open calls → who takes the call. The coordinator's device is the arbiter.
 *
 * Rules (DESIGN.md, "Open calls without a server"):
 * - A claim counts only from a helper the call is offered to (projection/openCalls.ts), on a
 *   call still open; claims on taken or withdrawn calls are left be (projection tells the
 *   helper the call is taken, with thanks).
 * - Each claim is recorded in `claims` with `seenAt`, the coordinator's clock when a fold first
 *   saw it; that record is never rewritten.
 * - An open call goes to the claim seen first; among claims first seen in the same fold, to the
 *   earlier claim by its own time, then the smaller helper id. A helper's clock can only order
 *   claims that reached the coordinator together; it never beats an earlier arrival.
 * - A taken call is final for fold: only the coordinator changes it afterwards.
 */
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { entityField, upsertEntity } from '../entities'
import { claimValueValidator } from '../helperDoc/owned'
import type { HelperClaim } from '../helperDoc/layout'
import { summaries } from '../commands/words'
import type { ProjectionInput } from '../projection/input'
import { occurrenceById } from '../projection/occurrences'
import { qualifiesFor } from '../projection/openCalls'
import { stableId } from '../ids'
import { appendActivity } from '../schema/activity'
import { CLAIMS, claimKey, type ClaimRecord } from '../schema/claim'
import { OPEN_CALLS } from '../schema/openCall'
import { STATUSES } from '../schema/occurrence'
import { replaceEntity, replaceStatus } from './records'
import type { Rejection } from './result'
import { accept, type UntrustedEntry } from './untrusted'
import { reasons } from './words'
import { compareText } from '../../domain/compareText'

export type ClaimCandidate = Omit<ClaimRecord, 'id'> & { isNew: boolean }

export function canClaim(input: ProjectionInput, helperId: string, callId: string): 'open' | 'closed' | 'unknown' | 'not-offered' {
  const call = input.openCalls.find((c) => c.id === callId)
  if (!call) return 'unknown'
  if (call.state !== 'open') return 'closed'
  const found = occurrenceById(input, call.occurrenceId)
  if (!found) return 'closed'
  return qualifiesFor(input, helperId, found.occurrence, found.need) ? 'open' : 'not-offered'
}

/** The helper's valid claims on open calls, with when the coordinator first saw each. */
export function planClaims(
  input: ProjectionInput, helperId: string, entries: Array<UntrustedEntry<HelperClaim>>, now: Instant, rejected: Rejection[],
): ClaimCandidate[] {
  const recorded = new Map(input.inbox.claims.map((c) => [c.id, c]))
  const candidates: ClaimCandidate[] = []
  for (const { key: callId, value } of entries) {
    const path = `claims/${callId}`
    const claim = accept(claimValueValidator, value, path, rejected)
    if (!claim) continue
    const state = canClaim(input, helperId, callId)
    if (state === 'unknown') rejected.push({ path, reason: reasons.noSuchCall })
    if (state === 'not-offered') rejected.push({ path, reason: reasons.notOffered })
    if (state !== 'open') continue
    const before = recorded.get(claimKey(callId, helperId))
    candidates.push(before ? { ...before, isNew: false } : { callId, helperId, at: claim.at, seenAt: now, isNew: true })
  }
  return candidates
}

const firstSeen = (a: ClaimCandidate, b: ClaimCandidate) =>
  a.seenAt - b.seenAt || a.at - b.at || (a.helperId < b.helperId ? -1 : a.helperId > b.helperId ? 1 : 0)

/**
 * The winner of each open call among this fold's candidates and claims recorded earlier (those
 * exist for an open call only when two coordinator devices folded at once).
 */
export function arbitrate(input: ProjectionInput, candidates: readonly ClaimCandidate[]): ClaimCandidate[] {
  const byKey = new Map(candidates.map((c) => [claimKey(c.callId, c.helperId), c]))
  for (const { id, ...record } of input.inbox.claims) {
    if (!byKey.has(id) && canClaim(input, record.helperId, record.callId) === 'open') byKey.set(id, { ...record, isNew: false })
  }
  const winners = new Map<string, ClaimCandidate>()
  for (const candidate of byKey.values()) {
    const best = winners.get(candidate.callId)
    if (!best || firstSeen(candidate, best) < 0) winners.set(candidate.callId, candidate)
  }
  return [...winners.values()].sort((a, b) => compareText(a.callId, b.callId))
}

export function writeClaims(doc: Y.Doc, input: ProjectionInput, candidates: readonly ClaimCandidate[], winners: readonly ClaimCandidate[], now: Instant): void {
  for (const { isNew, ...claim } of candidates) if (isNew) upsertEntity(doc, CLAIMS, claimKey(claim.callId, claim.helperId), claim)
  for (const winner of winners) {
    const { occurrenceId, postedAt } = input.openCalls.find((c) => c.id === winner.callId)!
    replaceEntity(doc, OPEN_CALLS, winner.callId, { occurrenceId, postedAt, state: 'taken', takenBy: winner.helperId, takenAt: now })
    const note = entityField(doc, STATUSES, occurrenceId, 'note')
    replaceStatus(doc, occurrenceId, { status: 'covered', coveredBy: winner.helperId, note: typeof note === 'string' ? note : '', at: now })
    const entryId = stableId(`fold/call-taken/${winner.callId}`)
    appendActivity(doc, now, 'open-call/taken', summaries.callTaken(doc, occurrenceId, winner.helperId), [winner.callId, occurrenceId, winner.helperId], entryId)
  }
}
