import { addCircle } from '../local/circles'
import { deviceDb } from '../local/db'
import { parseInvite, type InviteProblem } from './invite'

/**
 * Opening an invite link: the document joins this device's list in its role, and the caller
 * replaces the address so the key leaves the address bar and history.
 */
export type JoinResult = { ok: true; role: 'coordinator' | 'helper' | 'recipient'; docId: string } | { ok: false; reason: InviteProblem }

export async function joinFromInvite(parts: readonly string[], now: number): Promise<JoinResult> {
  const invite = parseInvite(parts)
  if (!invite.ok) return invite
  const known = await deviceDb().circles.get(invite.docId)
  if (!known) await addCircle({ docId: invite.docId, role: invite.role, key: invite.key, label: '', now })
  return { ok: true, role: known?.role ?? invite.role, docId: invite.docId }
}

/** The route a joined document opens at, by role. */
export function routeOf(role: 'coordinator' | 'helper' | 'recipient', docId: string): string {
  return role === 'helper' ? `h/${docId}` : role === 'recipient' ? `r/${docId}` : `c/${docId}`
}
