/**
 * How hard a backup passphrase would be to guess, as a hint for the person choosing it — never
 * a gate beyond the minimum length. An honest, rough estimate: a guesser tries common words
 * and patterns first, so each part is scored by what it is made of, and repeats, runs and
 * well-known passwords count for almost nothing. Returns a level; the UI says it in words.
 */
export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong'

export const MIN_PASSPHRASE_LENGTH = 10

/** Passwords and words people reach for first; a phrase made only of these is weak at any length. */
const COMMON = new Set([
  'password', 'passphrase', 'qwerty', 'letmein', 'welcome', 'iloveyou', 'admin', 'secret', 'monkey', 'dragon',
  'football', 'baseball', 'sunshine', 'princess', 'backup', 'kith', 'abc', 'abcdef', 'qwertyuiop', 'asdf',
])

/** Rough bits of guessing work for a run of characters of one kind. */
function runBits(run: string): number {
  if (/^(.)\1*$/.test(run)) return 2
  const codes = [...run].map((c) => c.charCodeAt(0))
  const sequential = codes.every((code, i) => i === 0 || Math.abs(code - codes[i - 1]) === 1)
  if (sequential && run.length > 2) return 3
  if (COMMON.has(run.toLowerCase())) return 4
  const alphabet = /^\d+$/.test(run) ? 10 : /^[a-z]+$/.test(run) ? 26 : /^[A-Za-z]+$/.test(run) ? 52 : 33
  // Letters in words are far from random: about 2.3 bits each for a guesser with a dictionary.
  // Two or three letters among digits and signs are no word: as random as they look.
  const perCharacter = alphabet >= 26 && run.length > 3 ? 2.3 : Math.log2(alphabet)
  return run.length * perCharacter
}

export function passphraseBits(passphrase: string): number {
  const runs = passphrase.match(/[A-Za-z]+|\d+|[^A-Za-z\d\s]+|\s+/g) ?? []
  // A word repeated adds nothing the first one did not.
  const distinct = new Map(runs.filter((run) => !/^\s+$/.test(run)).map((run) => [run.toLowerCase(), run]))
  let bits = 0
  for (const run of distinct.values()) bits += runBits(run)
  return Math.round(bits)
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'too-short'
  const bits = passphraseBits(passphrase)
  return bits >= 50 ? 'strong' : bits >= 35 ? 'fair' : 'weak'
}
