import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { table } from './measure'
import { MODULE_SIZES_FILE, type ModuleSizes } from '../vite.firstLoad'

/**
 * Issue 14's first-load figures, read from the built files (run `npx vite build` first): the
 * JavaScript each role's phone downloads before its first screen can paint — the entry, the
 * role's route and first screen, and everything they import statically — gzipped as a server
 * would send it. Chunks loaded later on demand (WebRTC, QR, the device database, other screens) are listed
 * apart. Targets: helper and recipient at most 130 KB, coordinator at most 180 KB.
 */
const DIST = fileURLToPath(new URL('../dist', import.meta.url))
const MANIFEST = join(DIST, '.vite/manifest.json')

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

/** Each role's first screen, by source module (what the route opens first). */
const FIRST_SCREENS: Array<{ role: string; modules: string[]; target: number | null }> = [
  { role: 'helper: their tasks', modules: ['src/ui/helper/HelperApp.tsx'], target: 130 },
  { role: 'recipient: today', modules: ['src/ui/recipient/RecipientApp.tsx'], target: 130 },
  { role: 'coordinator: Today', modules: ['src/ui/coordinator/CircleScreen.tsx', 'src/ui/coordinator/TodayScreen.tsx'], target: 180 },
  { role: 'coordinator: Assign', modules: ['src/ui/coordinator/CircleScreen.tsx', 'src/ui/coordinator/AssignScreen.tsx'], target: 180 },
  // What Assign has once the planner's worker answers: its plan view loads while the worker plans.
  { role: 'coordinator: Assign with its plan', modules: ['src/ui/coordinator/CircleScreen.tsx', 'src/ui/coordinator/AssignScreen.tsx', 'src/ui/coordinator/PlanView.tsx'], target: null },
  // Screens that ask the plan-question worker (Coverage; Today's "Find someone" and open calls): no planner code of their own.
  { role: 'coordinator: Coverage', modules: ['src/ui/coordinator/CircleScreen.tsx', 'src/ui/coordinator/CoverageScreen.tsx'], target: null },
  { role: 'coordinator: Today, finding someone', modules: ['src/ui/coordinator/CircleScreen.tsx', 'src/ui/coordinator/TodayScreen.tsx', 'src/ui/coordinator/FindSomeonePanel.tsx', 'src/ui/coordinator/OpenCallPanel.tsx'], target: null },
  { role: 'start page (list of circles)', modules: ['src/ui/coordinator/Home.tsx'], target: null },
]

/**
 * Modules a phone loads only when it needs them; none may be in any first download. A circle's
 * folding, projection and going online (coordinatorSync) load once it is on screen.
 */
const ON_DEMAND = ['node_modules/y-webrtc/src/y-webrtc.js', 'node_modules/qrcode/lib/browser.js', 'src/local/db.ts', 'src/sync/coordinatorSync.ts', 'src/domain/safetyWords.ts']

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

const MODULE_SIZES = join(DIST, MODULE_SIZES_FILE)
const moduleSizes = (): ModuleSizes => (existsSync(MODULE_SIZES) ? JSON.parse(readFileSync(MODULE_SIZES, 'utf8')) as ModuleSizes : {})
/** The built file holding a module's code (a dynamic import's own file may be only a facade). */
function codeOf(module: string): string | undefined {
  const modules = moduleSizes()
  return Object.keys(modules).find((file) => module in modules[file])
}

function closure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`${key} is not in the build manifest: was it renamed?`)
    seen.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return seen
}

function fileSizes(file: string): { raw: number; gzipped: number } {
  const bytes = readFileSync(join(DIST, file))
  return { raw: bytes.byteLength, gzipped: gzipSync(bytes, { level: 9 }).byteLength }
}

export async function runBundleBench(): Promise<void> {
  const title = 'First load: JavaScript each phone downloads before its first screen (built files, gzip -9)'
  if (!existsSync(MANIFEST)) {
    console.log(`## ${title}\nnot measured: no build manifest at ${MANIFEST} — run \`npx vite build\` first`)
    return
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry)!
  const firstKeys = new Set<string>()
  const rows = FIRST_SCREENS.map(({ role, modules, target }) => {
    const keys = closure(manifest, [entry, ...modules])
    keys.forEach((key) => firstKeys.add(key))
    const files = [...keys].map((key) => manifest[key].file)
    const total = files.map(fileSizes).reduce((sum, s) => ({ raw: sum.raw + s.raw, gzipped: sum.gzipped + s.gzipped }), { raw: 0, gzipped: 0 })
    const fileSet = new Set(files)
    const onDemandInside = ON_DEMAND.filter((module) => fileSet.has(codeOf(module) ?? manifest[module]?.file))
    return {
      role, chunks: files.length, 'KB raw': kb(total.raw), 'KB gzipped': kb(total.gzipped),
      target: target === null ? '—' : `≤ ${target}`, met: target === null ? '—' : total.gzipped / 1024 <= target ? 'yes' : 'NO',
      'on-demand code inside': onDemandInside.length === 0 ? 'none' : onDemandInside.join(', '),
    }
  })
  table(title, rows)
  largestParts(manifest, entry)
  const later = Object.entries(manifest)
    .filter(([key, chunk]) => !firstKeys.has(key) && chunk.file.endsWith('.js'))
    .map(([key, chunk]) => ({ module: chunk.src ?? key, 'KB gzipped': kb(fileSizes(chunk.file).gzipped) }))
    .sort((a, b) => Number(b['KB gzipped']) - Number(a['KB gzipped']))
    .slice(0, 12)
  table('Loaded later, when needed (largest 12 chunks)', later)
}

/**
 * The largest source modules of each role's first download (vite.firstLoad.ts writes each
 * chunk's modules). A module's figure is its share of its chunk's gzipped size, in proportion to
 * its code gzipped alone before minifying: an estimate, but the shares add up to the total above.
 */
function largestParts(manifest: Manifest, entry: string, count = 10): void {
  const modules = moduleSizes()
  const shares = (file: string) => {
    const parts = Object.entries(modules[file] ?? {})
    const alone = parts.reduce((sum, [, size]) => sum + size.gzipped, 0)
    const gzipped = fileSizes(file).gzipped
    return parts.map(([module, size]) => ({ module, share: alone === 0 ? 0 : (gzipped * size.gzipped) / alone }))
  }
  const rows = FIRST_SCREENS.filter(({ target }) => target !== null).flatMap(({ role, modules: screens }) =>
    [...closure(manifest, [entry, ...screens])].flatMap((key) => shares(manifest[key].file))
      .sort((a, b) => b.share - a.share)
      .slice(0, count)
      .map(({ module, share }) => ({ role, module, 'KB gzipped (share)': kb(share) })))
  table('Largest parts of each first download (estimated share of the gzipped total)', rows)
}

if (import.meta.url === `file://${process.argv[1]}`) await runBundleBench()
