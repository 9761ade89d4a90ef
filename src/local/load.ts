import { yieldToPage } from '../sync/slices'
import type { KithDeviceDb } from './db'

/**
 * The device database, loaded on first use: Dexie is about 30 KB gzipped, and no phone needs it
 * to paint its first screen. Import
 * `./db` only through this, or Dexie lands in every role's first download.
 */
let loading: Promise<KithDeviceDb> | null = null

export function loadDeviceDb(): Promise<KithDeviceDb> {
  // Evaluating Dexie's chunk and declaring the database's versions were one ~20 ms task on
  // Assign's first load; the page gets a turn in between, so each stays short. The import
  // starts in a task of its own too: asking for the chunk (its preload links) fell inside a
  // helper's document load, which calls this right after applying the stored rows.
  loading ??= yieldToPage().then(() => import('./db')).then(async (module) => {
    await yieldToPage()
    return module.deviceDb()
  })
  return loading
}
