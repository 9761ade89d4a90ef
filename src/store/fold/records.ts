/**
 * Fold writes statuses, taken calls and report records whole (entities.ts `replaceEntity`),
 * so a fold and a coordinator's command on another device never merge into a mix.
 */
export { replaceEntity } from '../entities'
export { writeStatus as replaceStatus } from '../schema/occurrence'
