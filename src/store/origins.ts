/**
 * Every write to a Y.Doc says who made it. Commands are the only origin the undo manager
 * tracks; projection ignores its own writes so it can never loop; migrations run before any
 * listener cares.
 */
export const commandOrigin = { kind: 'command' } as const
export const migrationOrigin = { kind: 'migration' } as const
export const projectionOrigin = { kind: 'projection' } as const
export const foldOrigin = { kind: 'fold' } as const
/** An update carried by link or file and applied on this device (the fold treats it like WebRTC). */
export const carriedOrigin = { kind: 'carried' } as const
/** A device's own step in replacing a document's key (sync/keyRotation.ts): never undone, never a command. */
export const keyOrigin = { kind: 'key' } as const

export type Origin =
  | typeof commandOrigin
  | typeof migrationOrigin
  | typeof projectionOrigin
  | typeof foldOrigin
  | typeof carriedOrigin
  | typeof keyOrigin

/**
 * Writes that arrive from below the store: rows loaded from this device's storage (never
 * stored again), and updates from another tab of this browser (that tab stores them too).
 */
export const storageOrigin = { kind: 'storage' } as const
export const tabsOrigin = { kind: 'tabs' } as const
