import { addCircle } from '../local/circles'
import { deviceDb } from '../local/db'
import type { ApplyOutcome } from './carry'
import { applyToHolder, type OpenProblem } from './carried'
import { parseInvite, type InviteProblem } from './invite'
import { decodeUpdatePayload } from './updateLink'

/**
 * Opening an invite link: the document joins this device's list in its role, the document the
 * link carries (if any) is applied, and the caller replaces the address so the key leaves the
 * address bar and history. A carried document that does not open never stops the joining: the
 * phone then waits for the first sync instead.
 */
export type JoinResult =
  | { ok: true; role: 'coordinator' | 'helper' | 'recipient'; docId: string; carried: ApplyOutcome | OpenProblem | null }
  | { ok: false; reason: InviteProblem }

export async function joinFromInvite(parts: readonly string[], now: number): Promise<JoinResult> {
  const invite = parseInvite(parts)
  if (!invite.ok) return invite
  const known = await deviceDb().circles.get(invite.docId)
  if (!known) await addCircle({ docId: invite.docId, role: invite.role, key: invite.key, label: '', now })
  const role = known?.role ?? invite.role
  let carried: ApplyOutcome | OpenProblem | null = null
  if (invite.payload && role !== 'coordinator') {
    const opened = await decodeUpdatePayload(invite.docId, invite.key, invite.payload)
    carried = opened.ok ? await applyToHolder({ role, docId: invite.docId, key: invite.key }, opened.value, now) : opened.reason
  }
  return { ok: true, role, docId: invite.docId, carried }
}

/** The route a joined document opens at, by role. */
export function routeOf(role: 'coordinator' | 'helper' | 'recipient', docId: string): string {
  return role === 'helper' ? `h/${docId}` : role === 'recipient' ? `r/${docId}` : `c/${docId}`
}
