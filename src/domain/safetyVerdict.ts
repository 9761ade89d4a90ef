/**
 * Where a need stands for safety, read without the word list (DESIGN.md, Safety).
 *
 * The word check (safety.ts with safetyWords.ts) is large and slow to compile, so it is not part
 * of a coordinator's first screen. Its verdict is stored with the need when a command writes the
 * need's words (`need.wordCheck`): whether the words ask the safety question, for which words
 * (a fingerprint of title, assigned and private details) and under which word list
 * (`SAFETY_WORDS_VERSION`). Readers use the stored verdict. A need without one, written by an
 * older app, reworded by another writer, or checked under an older word list, is read with the
 * word check once it has loaded (safety.ts hands it over with `provideSafetyWords`); until then
 * it is treated as asking the question, so it is held back: safety never rests on a missing
 * verdict.
 *
 * A need is held back (`isHeldBack`) while it is professional first and peer help is not
 * confirmed, or while its question is unanswered. A held-back need is never planned, and its
 * words never reach a helper's document.
 */
import type { Need, NeedCategory, NeedWordCheck } from './model/need'

/**
 * The word list's version: raise it whenever safetyWords.ts or the way safety.ts reads words
 * changes, so verdicts stored under the old list are read again (tests/unit/domain/safetyVerdict
 * fails, naming the new fingerprint, when the list changes and this does not).
 */
export const SAFETY_WORDS_VERSION = 7

export type NeedWords = Pick<Need, 'title' | 'assignedDetails' | 'privateDetails'>

/** The word check (safety.ts), once loaded: what readers and the commands that write words use. */
export interface SafetyWords {
  /** Do the words touch the question's ground (category aside)? */
  wordsAsk(need: NeedWords): boolean
  /** Do the words point to risk, so the need is professional first at once? */
  flags(need: NeedWords): boolean
  /** What rewording newly brings in (safety.ts, `newSafetyWords`). */
  newWords(before: NeedWords | null, after: NeedWords): { risk: boolean; touch: boolean }
}

let loaded: SafetyWords | null = null

/** Called by safety.ts when it loads (or with null by a test that wants the words absent). */
export function provideSafetyWords(words: SafetyWords | null): void {
  loaded = words
}

/** The word check if it has loaded; null until then. */
export function loadedSafetyWords(): SafetyWords | null {
  return loaded
}

/**
 * A short fingerprint of a need's words (53-bit cyrb53 over the three texts): the verdict is
 * for these words only. Not a secret, and it stays in the map with the words themselves.
 */
export function wordsFingerprint(need: NeedWords): string {
  const text = `${need.title}\u0000${need.assignedDetails}\u0000${need.privateDetails}`
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 2654435761)
    h2 = Math.imul(h2 ^ c, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)
}

/** The verdict to store with these words. */
export function wordCheckOf(need: NeedWords, asks: boolean): NeedWordCheck {
  return { version: SAFETY_WORDS_VERSION, fingerprint: wordsFingerprint(need), asks }
}

type CheckedWords = NeedWords & Pick<Need, 'wordCheck'>

/** The stored verdict when it is for these words and this word list; otherwise undefined. */
export function storedWordsAsk(need: CheckedWords): boolean | undefined {
  const check = need.wordCheck
  if (!check || check.version !== SAFETY_WORDS_VERSION || check.fingerprint !== wordsFingerprint(need)) return undefined
  return check.asks
}

/** Whether reading this need's words needs the word check (no current verdict is stored). */
export function needsWordCheck(need: CheckedWords): boolean {
  return storedWordsAsk(need) === undefined
}

/** Categories that always ask: emotional and medical needs are where risk hides. */
export const ASKING_CATEGORIES: ReadonlySet<NeedCategory> = new Set(['emotional', 'medical'])

type AskingFields = CheckedWords & Pick<Need, 'category'>

// The planner asks this for every need and helper: each need object is read once.
const asking = new WeakMap<object, boolean>()

/**
 * Whether the need asks the safety question: by its category, or by what its words touch (the
 * stored verdict, else the loaded word check, else yes: an unread need asks).
 */
export function asksSafetyQuestion(need: AskingFields): boolean {
  if (ASKING_CATEGORIES.has(need.category)) return true
  const cached = asking.get(need)
  if (cached !== undefined) return cached
  const stored = storedWordsAsk(need)
  if (stored !== undefined) {
    asking.set(need, stored)
    return stored
  }
  if (!loaded) return true // not remembered: the answer may change once the words load
  const asks = loaded.wordsAsk(need)
  asking.set(need, asks)
  return asks
}

/**
 * Where a need stands:
 * - `professional-first`: professionals first, peer help not (yet) confirmed — held back;
 * - `question`: the safety question waits for the coordinator's answer — held back;
 * - `peer-confirmed`: professional first, and the coordinator confirmed peer help is right;
 * - `clear`: nothing holds it back.
 */
export type SafetyState = 'professional-first' | 'question' | 'peer-confirmed' | 'clear'

export function safetyStateOf(need: AskingFields & Pick<Need, 'safety'>): SafetyState {
  const { professionalFirst, peerConfirmed, riskAnswer } = need.safety
  if (professionalFirst) return peerConfirmed ? 'peer-confirmed' : 'professional-first'
  return riskAnswer == null && asksSafetyQuestion(need) ? 'question' : 'clear'
}

/** Never planned, proposed, offered in an open call or written into a helper's document. */
export function isHeldBack(need: AskingFields & Pick<Need, 'safety'>): boolean {
  const state = safetyStateOf(need)
  return state === 'professional-first' || state === 'question'
}
