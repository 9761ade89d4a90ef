import type { CircleProfile } from '../schema/circle'

/**
 * What every person in the circle reads, helper or recipient: the public summary, who
 * coordinates and how to reach them, the crisis resources (one tap away on every screen) and
 * the zone every time is in.
 */
export type CircleBasics = {
  publicSummary: string
  coordinatorName: string
  coordinatorContact: string
  crisisResources: Array<{ name: string; contact: string }>
  /** The recipient's IANA zone: every time is theirs. */
  timeZone: string
}

export function circleBasics(circle: CircleProfile): CircleBasics {
  return {
    publicSummary: circle.publicSummary,
    coordinatorName: circle.coordinator.name,
    coordinatorContact: circle.coordinator.contact,
    crisisResources: circle.crisisResources.map(({ name, contact }) => ({ name, contact })),
    timeZone: circle.timeZone,
  }
}
