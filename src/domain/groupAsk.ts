import type { Need, Occurrence } from './model'
import { isHeldBack } from './safetyVerdict'
import { compareText } from './compareText'

/**
 * What may be asked of a wider group (a group chat where people already talk) about open needs:
 * only the public level of words — a need's title and when — never who, where or why. Needs
 * marked sensitive, and needs safety holds back (professional first, or the safety question not
 * yet answered), are never asked in public. The
 * UI turns the items into a message.
 */
export interface GroupAskItem {
  needId: string
  title: string
  occurrence: Pick<Occurrence, 'id' | 'windowStart' | 'windowEnd'>
}

export function isAskableInPublic(need: Need): boolean {
  return !need.sensitive && !isHeldBack(need)
}

/** Open occurrences worth asking about, in time order, each once. */
export function groupAskItems(needs: readonly Need[], occurrences: ReadonlyArray<Pick<Occurrence, 'id' | 'needId' | 'windowStart' | 'windowEnd'>>): GroupAskItem[] {
  const byId = new Map(needs.map((need) => [need.id, need]))
  const seen = new Set<string>()
  const items: GroupAskItem[] = []
  for (const occurrence of [...occurrences].sort((a, b) => a.windowStart - b.windowStart || compareText(a.id, b.id))) {
    const need = byId.get(occurrence.needId)
    if (!need || !isAskableInPublic(need) || seen.has(occurrence.id)) continue
    seen.add(occurrence.id)
    items.push({ needId: need.id, title: need.title, occurrence })
  }
  return items
}
