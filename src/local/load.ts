import type { KithDeviceDb } from './db'

/**
 * The device database, loaded on first use: Dexie is about 30 KB gzipped, and no phone needs it
 * to paint its first screen. Import
 * `./db` only through this, or Dexie lands in every role's first download.
 */
let loading: Promise<KithDeviceDb> | null = null

export function loadDeviceDb(): Promise<KithDeviceDb> {
  loading ??= import('./db').then((module) => module.deviceDb())
  return loading
}
