/**
 * What a plan whose search stopped before proving it best still knows: at the first priority
 * where its bound is above what it covers, at most how many more occurrences of that priority
 * any plan could cover (keeping as many of each higher priority). The bound is lexicographic,
 * so that is the one number it states for sure.
 */
import type { Priority } from '../model'
import type { PlanQuality } from './types'

const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low']

export function couldCoverMore(quality: PlanQuality): { priority: Priority; atMost: number } | null {
  if (quality.provenBest) return null
  for (let rank = 0; rank < PRIORITIES.length; rank++) {
    const more = quality.bound[rank] - quality.covered[rank]
    if (more > 0) return { priority: PRIORITIES[rank], atMost: more }
  }
  return null
}
