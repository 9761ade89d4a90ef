import { renderPhrase } from '../../i18n'
import '../../i18n/catalogues/refusals'
import '../../i18n/catalogues/words'
import type { Refusal } from '../../store'

/** What a command said when it could not do something, in the reader's language (a refusal may carry the words catalogue's phrases). */
export const refusalText = (problems: readonly Refusal[]): string => problems.map((problem) => renderPhrase(problem.phrase)).join(' ')
