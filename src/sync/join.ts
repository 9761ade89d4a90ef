import { addCircle, storeHeldKeys, wasRemoved } from '../local/circles'
import { loadDeviceDb } from '../local/load'
import type { ApplyOutcome } from './carry'
import { applyToHolder } from './carried'
import type { UpdateLinkProblem } from './messages'
import { parseInvite, type InviteProblem } from './invite'
import { decodeUpdatePayload } from './updateLink'
import { openDoc } from './persistence'

/**
 * Opening an invite link: the document joins this device's list in its role, the document the
 * link carries (if any) is applied, and the caller replaces the address so the key leaves the
 * address bar and history. The carried document is the end of the link, so a link cut there
 * is a link cut short: nothing is joined, and the person is asked for it again.
 */
export type JoinProblem = InviteProblem | 'too-new' | 'revoked'
export type JoinResult =
  | { ok: true; role: 'coordinator' | 'helper' | 'recipient'; docId: string; carried: ApplyOutcome | null }
  | { ok: false; reason: JoinProblem }

function joinProblemOf(reason: UpdateLinkProblem): JoinProblem {
  return reason === 'truncated' || reason === 'too-new' ? reason : reason === 'malformed' ? 'malformed' : 'mistyped'
}

export async function joinFromInvite(parts: readonly string[], now: number): Promise<JoinResult> {
  const invite = parseInvite(parts)
  if (!invite.ok) return invite
  const carried = invite.payload ? await decodeUpdatePayload(invite.docId, invite.key, invite.payload) : null
  if (carried && !carried.ok) return { ok: false, reason: joinProblemOf(carried.reason) }
  // A phone removed from this circle is not let back in by the old link (from a message, or the browser's history).
  if (await wasRemoved(invite.docId)) return { ok: false, reason: 'revoked' }
  if (invite.role === 'coordinator') {
    // Only a coordinator's device loads the map's code (helpers' phones never download it).
    const { joinAsCoordinator } = await import('./coordinatorDevices')
    const joined = await joinAsCoordinator(invite.docId, invite.key, carried?.value ?? null, now)
    return joined.ok ? { ok: true, role: 'coordinator', docId: invite.docId, carried: joined.outcome } : { ok: false, reason: joined.reason === 'truncated' ? 'truncated' : 'malformed' }
  }
  const known = await (await loadDeviceDb()).circles.get(invite.docId)
  const role = known?.role ?? invite.role
  // The one place a person's document is created on this device; opening it later never creates one.
  if (!known && role !== 'coordinator') await openDoc(invite.docId, 'create').ready
  if (!known) await addCircle({ docId: invite.docId, role: invite.role, key: invite.key, label: '', now })
  // A later invitation for a circle this device holds may carry a key that replaced this
  // device's while it was away (keyRotation.ts): kept as a candidate, never in place of the key
  // in use (an old link from the browser's history must not undo a change).
  else if (invite.key !== known.key && role !== 'coordinator') await storeHeldKeys(invite.docId, { key: known.key, nextKey: invite.key, previousKey: known.previousKey })
  const outcome = carried && role !== 'coordinator' ? await applyToHolder({ role, docId: invite.docId, key: invite.key }, carried.value, now) : null
  return { ok: true, role, docId: invite.docId, carried: outcome }
}

