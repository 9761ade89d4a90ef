import type { Catalogue } from '../../i18n'
import type { StateWords } from './RoleShell'

const KEYS = ['waitingTitle', 'waiting', 'revokedTitle', 'revoked', 'removed', 'keyMismatchTitle', 'keyMismatch', 'notHereTitle', 'notHere', 'lost', 'forgetting', 'forgetFailed', 'tooNew', 'error', 'home'] as const

/** A role's words for the states of its document (waiting, revoked, lost…), from its catalogue's `<area>.states.*`. */
export function stateWords<Id extends string>(catalogue: Catalogue<Id>): StateWords {
  return Object.fromEntries(KEYS.map((key) => [key, catalogue.format(`${catalogue.area}.states.${key}` as Id)])) as unknown as StateWords
}
