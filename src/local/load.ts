import { yieldToPage } from '../sync/slices'
import type { KithDeviceDb } from './db'

/**
 * The device database, loaded on first use: no phone needs it to paint its first screen. Import
 * `./db` only through this, so that it stays out of every role's first download.
 */
let loading: Promise<KithDeviceDb> | null = null

export function loadDeviceDb(): Promise<KithDeviceDb> {
  // The import starts in a task of its own: asking for the chunk (its preload links) fell inside
  // a helper's document load, which calls this right after applying the stored rows.
  loading ??= yieldToPage().then(() => import('./db')).then((module) => module.deviceDb())
  return loading
}
