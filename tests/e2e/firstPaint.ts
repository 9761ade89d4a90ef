import { readFileSync } from 'node:fs'
import type { BrowserContext, Page } from '@playwright/test'

/**
 * What browser tests of a phone's first download and first paint share: the built files by
 * source module (the manifest, and dist/.vite/modules.json that vite.firstLoad.ts writes), a
 * script held back until released, and when a screen's first content entered the page.
 */
type Manifest = Record<string, { file: string; src?: string; imports?: string[] }>
export const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8')) as Manifest
const modules = JSON.parse(readFileSync('dist/.vite/modules.json', 'utf8')) as Record<string, Record<string, unknown>>

export const fileOf = (module: string) => {
  const chunk = manifest[module]
  if (!chunk) throw new Error(`${module} is not in dist/.vite/manifest.json`)
  return chunk.file
}
/** The built file that holds a module's code (a dynamic import's own file may be only a facade). */
export const codeOf = (module: string) => {
  const file = Object.keys(modules).find((candidate) => module in modules[candidate])
  if (!file) throw new Error(`${module} is in no built file`)
  return file
}
/** The source modules built into these files. */
export const modulesIn = (files: Iterable<string>): string[] => [...files].flatMap((file) => Object.keys(modules[file] ?? {}))
/** A module's file and every file it imports statically. */
export function closure(keys: string[]): Set<string> {
  const files = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    files.add(fileOf(key))
    manifest[key].imports?.forEach(visit)
  }
  keys.forEach(visit)
  return files
}

/** Holds every request for a built file until the returned `release` is called; after it, requests pass at once. */
export async function holdFile(context: BrowserContext, file: string): Promise<() => void> {
  let letGo: () => void = () => undefined
  const held = new Promise<void>((resolve) => { letGo = resolve })
  await context.route(`**/${file}`, async (route) => {
    await held
    await route.continue()
  })
  return letGo
}

/** Records, by the page's own clock, when `selector` first enters the page (call before navigating). */
export async function watchFirstSeen(page: Page, selector: string): Promise<void> {
  await page.addInitScript((watched) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(watched)) return
      ;(window as unknown as { firstSeenAt: number }).firstSeenAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  }, selector)
}

/** When the watched content first entered the page, and when the page asked for `file`. */
export function firstSeenAndAsked(page: Page, file: string): Promise<[number, number]> {
  return page.evaluate((asked) => [
    (window as unknown as { firstSeenAt: number }).firstSeenAt,
    performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(asked))!.startTime,
  ] as [number, number], file)
}
