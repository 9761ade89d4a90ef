/**
 * Catalogues are compiled when Kith is built (and when tests import them): each ICU message is
 * parsed here, in Node, so phones download the parsed form and never the ICU parser
 * (vite.config.ts aliases it away; `npm run bench -- bundle` prints what that saves).
 * A message with no placeholder becomes its plain text (ICU quotes resolved), the rest their AST.
 * Only vite.config.ts, vitest.config.ts and tests import this file.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import type { Plugin } from 'vite'

export type CompiledMessage = string | MessageFormatElement[]

/** Parses every message; throws, naming the message, when one is not valid ICU. */
export function compileCatalogue(messages: Record<string, string>): Record<string, CompiledMessage> {
  const compiled: Record<string, CompiledMessage> = {}
  for (const [id, message] of Object.entries(messages)) {
    let ast: MessageFormatElement[]
    try {
      ast = parse(message, { ignoreTag: true, requiresOtherClause: true })
    } catch (error) {
      throw new Error(`Message "${id}" is not valid ICU: ${(error as Error).message}`, { cause: error })
    }
    compiled[id] = ast.length === 0 ? '' : ast.length === 1 && ast[0].type === TYPE.literal ? ast[0].value : ast
  }
  return compiled
}

/** Files under src/i18n/catalogues/<area>/<language>.json are message catalogues. */
export const CATALOGUE_FILE = /\/src\/i18n\/catalogues\/[\w-]+\/[\w-]+\.json$/

/** The Vite plugin: a catalogue's JSON of ICU messages becomes JSON of compiled messages. */
export function catalogues(): Plugin {
  return {
    name: 'kith-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!CATALOGUE_FILE.test(id.split('?')[0])) return null
      const compiled = compileCatalogue(JSON.parse(code) as Record<string, string>)
      // Still JSON: Vite's own JSON handling turns it into a module, as for any JSON file.
      return { code: JSON.stringify(compiled), map: null }
    },
  }
}
