import { HELPER_OWNED, HELPER_PROJECTED } from '../store/helperDoc/layout'
import { RECIPIENT_OWNED, RECIPIENT_PROJECTED } from '../store/recipientDoc/layout'
import type { Unseen } from './carry'

/**
 * What is waiting to reach the other side of a document, counted by kind, most urgent first:
 * the words ("Ben has 2 new tasks", "Send to Jordan: you can't make it") are the UI's. Only the
 * sections the sending side writes count: the coordinator's device sends what projection wrote,
 * a helper's or the recipient's phone what they wrote themselves.
 */
export type WaitingKind =
  // What the coordinator's device sends a helper or the recipient.
  | 'task-new' | 'task-changed' | 'task-removed' | 'call' | 'brief' | 'need' | 'check-in' | 'daily' | 'reply' | 'revoked'
  // What a helper's or the recipient's phone sends the coordinator.
  | 'please-stop' | 'cant-make-it' | 'swap-request' | 'done' | 'answer-changed' | 'claim' | 'offer' | 'answer' | 'suggestion' | 'joined'

/** Most urgent first: the order a person reads them and the order a phone offers to send them. */
export const WAITING_ORDER: readonly WaitingKind[] = [
  'please-stop', 'cant-make-it', 'swap-request', 'revoked', 'task-new', 'task-changed', 'task-removed', 'call', 'claim', 'answer',
  'done', 'answer-changed', 'offer', 'suggestion', 'need', 'check-in', 'daily', 'brief', 'reply', 'joined',
]
/** Worth a prompt of their own; the rest go along with the next link. */
export const QUIET_KINDS: ReadonlySet<WaitingKind> = new Set(['reply', 'joined', 'daily'])
export const URGENT_KINDS: ReadonlySet<WaitingKind> = new Set(['please-stop', 'cant-make-it'])

export type WaitingCount = { kind: WaitingKind; count: number }

/** 'map': another coordinator device, which is sent the whole map's changes (counted only as "waiting"). */
export type Audience = 'helper' | 'recipient' | 'map'
export type Side = 'coordinator' | 'person'

function kindOf({ section, key, change, value }: Unseen): WaitingKind | null {
  const report = (value as { kind?: unknown } | undefined)?.kind
  switch (section) {
    case 'tasks': return change === 'new' ? 'task-new' : change === 'changed' ? 'task-changed' : 'task-removed'
    // A status set or cleared (back to planned) is a change of that task.
    case 'taskStatuses': return 'task-changed'
    case 'openCalls': return change === 'removed' ? null : 'call'
    // Each field of `meta` is its own entry: the revocation is `revoked` set to true.
    case 'meta': return key === 'revoked' && value === true ? 'revoked' : null
    case 'brief': case 'circle': case 'offerSuggestion': return 'brief'
    case 'needs': return 'need'
    case 'checkIns': return 'check-in'
    case 'daily': return 'daily'
    case 'acks': return 'reply'
    case 'reports':
      if (change === 'removed') return 'answer-changed'
      return report === 'cant-make-it' || report === 'swap-request' || report === 'done' ? report : null
    case 'claims': return change === 'removed' ? null : 'claim'
    case 'offer': return 'offer'
    case 'joined': return 'joined'
    case 'answers': return 'answer'
    case 'suggestions': return change === 'removed' ? null : 'suggestion'
    case 'pleaseStop': return change === 'removed' ? null : 'please-stop'
    default: return null
  }
}

/** Sections that count as one change however many of their fields changed. */
const ONCE: ReadonlySet<WaitingKind> = new Set(['brief', 'offer', 'revoked', 'joined', 'daily'])

export function summarizeWaiting(audience: Audience, sender: Side, unseen: readonly Unseen[]): WaitingCount[] {
  if (audience === 'map') return []
  const sections: readonly string[] = audience === 'helper'
    ? sender === 'coordinator' ? HELPER_PROJECTED : HELPER_OWNED
    : sender === 'coordinator' ? RECIPIENT_PROJECTED : RECIPIENT_OWNED
  const counts = new Map<WaitingKind, number>()
  // A task and its status changing together are one change of that task, not two.
  const tasksSeen = new Set(unseen.filter((c) => c.section === 'tasks').map((c) => c.key))
  for (const change of unseen) {
    if (!sections.includes(change.section)) continue
    if (change.section === 'taskStatuses' && tasksSeen.has(change.key)) continue
    const kind = kindOf(change)
    if (kind) counts.set(kind, ONCE.has(kind) ? 1 : (counts.get(kind) ?? 0) + 1)
  }
  return WAITING_ORDER.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }))
}

/** Anything worth asking the person to send now (not only quiet acknowledgements). */
export function worthSending(counts: readonly WaitingCount[]): boolean {
  return counts.some((c) => !QUIET_KINDS.has(c.kind))
}
