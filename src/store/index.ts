export { createMapStore, readMapSnapshot, type MapDocState, type MapSnapshot, type MapStore } from './mapStore'
export {
  commands, FOLLOW_UP_DAYS,
  type CommandName, type CommandInput, type CommandResult, type NeedDraft, type CircleProfileInput, type CrisisResourceInput,
  type HelperDraft, type OfferInput, type AssignmentProposal, type AssignmentSetInput, type CheckInInput,
} from './commands'
export { MAP_SCHEMA_VERSION } from './migrations/map'
export { randomId } from './ids'
export type { ReadProblem } from './schema/primitives'
export type { CircleProfile, FollowUps } from './schema/circle'
export type { StoredAssignment } from './schema/assignment'
export type { OpenCall, OpenCallState } from './schema/openCall'
export type { CheckIn } from './schema/checkIn'
export { activitySince, type ActivityEntry, type ActivityKind } from './schema/activity'
export { liveDocumentOf, type CircleDocument } from './schema/document'
