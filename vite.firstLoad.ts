import { relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/**
 * Each role's first download in as few files as its code allows. Left to itself the bundler
 * makes one chunk per set of screens that share code, which gave a helper's phone 39 files
 * before its first screen, each compressed on its own and joined by import/export glue: about
 * 9 KB gzipped more than the same code in a few files. Here, once the module graph is known,
 * each module that some role's first screen imports (statically, through any depth) goes in one
 * chunk per combination of roles that need it at first ("first-helper_recipient"…), so a phone
 * still downloads only code its first screen needs. Everything loaded later (other screens,
 * WebRTC, QR, the device database) keeps the bundler's own splitting; for the roles named in
 * `apartFor`, a first chunk of another role is split by whether that role's later screens use it
 * ("first-helper~circle"), so those screens fetch only what they use.
 *
 * Chunks cannot import each other in a circle: a module's static imports are needed at first by
 * at least the roles that need the module, so a chunk imports only chunks of as many roles or
 * more. That is why the group need not pull dependencies along (`includeDependenciesRecursively`).
 *
 * It also writes dist/.vite/modules.json (chunk file → source module → bytes as rendered and
 * gzipped alone), from which `npm run bench -- bundle` prints the largest parts of each first load.
 */
/** Where the build writes each chunk's modules and their sizes, under dist/. */
export const MODULE_SIZES_FILE = '.vite/modules.json'
export type ModuleSizes = Record<string, Record<string, { rendered: number; gzipped: number }>>

export function firstLoadChunks(
  firstScreens: Record<string, readonly string[]>,
  /** Roles whose later screens fetch only the modules they use of other roles' first chunks. */
  apartFor: readonly string[] = [],
): { plugin: Plugin; chunkOf: (id: string) => string | null } {
  const chunkNames = new Map<string, string>()
  const plugin: Plugin = {
    name: 'kith-first-load-chunks',
    apply: 'build',
    buildEnd() {
      chunkNames.clear()
      const ids = [...this.getModuleIds()]
      const staticClosure = (starts: readonly string[]): Set<string> => {
        const seen = new Set<string>()
        const visit = (id: string) => {
          if (seen.has(id)) return
          seen.add(id)
          this.getModuleInfo(id)?.importedIds.forEach(visit)
        }
        starts.forEach(visit)
        return seen
      }
      const entries = ids.filter((id) => this.getModuleInfo(id)?.isEntry)
      // The entry (index.html) and its script stay the entry chunk, so index.html and the manifest keep naming it.
      const entryScripts = new Set(entries.flatMap((id) => [id, ...(this.getModuleInfo(id)?.importedIds ?? [])]))
      const rolesOf = new Map<string, string[]>()
      const startsOf = new Map<string, string[]>()
      for (const [role, modules] of Object.entries(firstScreens)) {
        const starts = modules.map((module) => {
          const id = ids.find((candidate) => candidate.endsWith(`/${module}`))
          if (!id) throw new Error(`vite.firstLoad: ${module} (first screen of ${role}) is not in the build: was it renamed?`)
          return id
        })
        startsOf.set(role, starts)
        for (const id of staticClosure([...entries, ...starts])) {
          if (entryScripts.has(id)) continue
          rolesOf.set(id, [...(rolesOf.get(id) ?? []), role])
        }
      }
      // Which roles may load each module later on (through their screens' dynamic imports). A module
      // one role needs at first and an `apartFor` role only later goes apart from what only the first
      // needs, so the coordinator's plan does not fetch and run a helper's task cards and words for
      // one shared hook. Each split is one more file in the first role's first load, hence only for
      // the roles listed.
      const laterClosure = (starts: readonly string[]): Set<string> => {
        const seen = new Set<string>()
        const visit = (id: string) => {
          if (seen.has(id) || entryScripts.has(id)) return
          seen.add(id)
          const info = this.getModuleInfo(id)
          info?.importedIds.forEach(visit)
          info?.dynamicallyImportedIds.forEach(visit)
        }
        starts.forEach(visit)
        return seen
      }
      const laterRolesOf = new Map<string, string[]>()
      for (const [role, starts] of startsOf) {
        for (const id of laterClosure(starts)) laterRolesOf.set(id, [...(laterRolesOf.get(id) ?? []), role])
      }
      for (const [id, roles] of rolesOf) {
        const later = (laterRolesOf.get(id) ?? []).filter((role) => !roles.includes(role) && apartFor.includes(role))
        chunkNames.set(id, `first-${roles.join('+')}${later.length > 0 ? `~${later.join('+')}` : ''}`)
      }
    },
    generateBundle(_options, bundle) {
      const modules: ModuleSizes = {}
      for (const [file, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue
        modules[file] = Object.fromEntries(Object.entries(chunk.modules).map(([id, module]) => [
          relative(process.cwd(), id.split('?')[0]),
          { rendered: module.renderedLength, gzipped: module.code ? gzipSync(module.code, { level: 9 }).byteLength : 0 },
        ]))
      }
      this.emitFile({ type: 'asset', fileName: MODULE_SIZES_FILE, source: JSON.stringify(modules) })
    },
  }
  return { plugin, chunkOf: (id) => chunkNames.get(id) ?? null }
}
