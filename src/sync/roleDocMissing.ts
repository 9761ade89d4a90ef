/**
 * Why a person's document is not on this device: removed from the circle, never here, or lost
 * by the browser. Its own module so that the screens saying so need no Yjs (roleDocs.ts opens).
 */
export type MissingReason = 'removed' | 'not-here' | 'lost'

export class RoleDocMissing extends Error {
  constructor(readonly reason: MissingReason) {
    super(`This circle is not on this device (${reason}).`)
    this.name = 'RoleDocMissing'
  }
}
