/**
 * Helper names taken out of free text projected to the recipient (check-in notes, need
 * titles) unless the recipient asked to see who helps. A safety net for what the coordinator
 * typed, not a guarantee: it matches each helper's full and first name as written, on word
 * boundaries and case-sensitively, so "will" in a sentence survives a helper called Will.
 */
export const REDACTED_NAME = 'a helper'

export function nameRedactor(names: readonly string[]): (text: string) => string {
  const words = [...new Set(names.flatMap((name) => [name.trim(), name.trim().split(/\s+/)[0] ?? '']))]
    .filter((word) => word.length >= 2)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
  if (words.length === 0) return (text) => text
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  return (text) => text.replace(pattern, REDACTED_NAME)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
