import { renderPhrase } from '../../src/i18n'
import '../../src/i18n/catalogues/refusals'
import '../../src/i18n/catalogues/words'
import type { CommandResult } from '../../src/store'

const EN = { language: 'en', tag: 'en-GB' } as const

type Refused = { ok: false; problems: Array<{ path: string; message: string }> }

/** A command's result with its refusals in English, as a coordinator on an English phone reads them. */
export function inEnglish(result: CommandResult & { ok: false }): Refused
export function inEnglish(result: CommandResult): { ok: true; id?: string } | Refused
export function inEnglish(result: CommandResult): { ok: true; id?: string } | Refused {
  if (result.ok) return result
  return { ok: false, problems: result.problems.map(({ path, phrase }) => ({ path, message: renderPhrase(phrase, EN) })) }
}
