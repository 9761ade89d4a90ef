import * as Y from 'yjs'
import { CHECK_IN_ANSWERS, readCheckInAnswers, type CheckInAnswer } from './checkInAnswer'
import { CLAIMS, readClaims, type ClaimRecord } from './claim'
import { HELPER_LINKS, readHelperLinks, type HelperLink } from './helperLink'
import { HELPER_REPORTS, readHelperReports, type HelperReportRecord } from './helperReport'
import { PLEASE_STOP, readPleaseStop, type PleaseStop } from './pleaseStop'
import type { ReadProblem } from './primitives'
import { readRecipientSeesHelpers } from './recipientSharing'
import { SUGGESTIONS, readSuggestions, type Suggestion } from './suggestion'
import { TAMPERING, readTampering, type TamperingRecord } from './tampering'

/**
 * Everything the coordinator's fold has received from helpers' and the recipient's documents,
 * read from the map. Projection reads it too: acknowledgements, the helper's last folded offer.
 */
export const INBOX_COLLECTIONS = [HELPER_REPORTS, CLAIMS, HELPER_LINKS, SUGGESTIONS, CHECK_IN_ANSWERS, PLEASE_STOP, TAMPERING] as const

export interface Inbox {
  helperReports: HelperReportRecord[]
  claims: ClaimRecord[]
  /** By helper id. */
  helperLinks: Record<string, HelperLink>
  /** Newest first. */
  suggestions: Suggestion[]
  /** By check-in id. */
  checkInAnswers: Record<string, CheckInAnswer>
  /** Newest first. */
  pleaseStop: PleaseStop[]
  /** What folds would not take in, newest first, kept until dismissed. */
  tampering: TamperingRecord[]
  recipientSeesHelpers: boolean
}

export function readInbox(doc: Y.Doc, problems: ReadProblem[]): Inbox {
  return {
    helperReports: readHelperReports(doc, problems),
    claims: readClaims(doc, problems),
    helperLinks: readHelperLinks(doc, problems),
    suggestions: readSuggestions(doc, problems),
    checkInAnswers: readCheckInAnswers(doc, problems),
    pleaseStop: readPleaseStop(doc, problems),
    tampering: readTampering(doc, problems),
    recipientSeesHelpers: readRecipientSeesHelpers(doc),
  }
}
