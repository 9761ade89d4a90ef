import { z } from 'zod/mini'
import * as Y from 'yjs'
import { lazySchema, idValidator, longText, occurrenceIdValidator, readCollection, type ReadProblem } from './primitives'

/**
 * What helpers reported from their own documents, as the coordinator's fold received it: one
 * entry per helper and occurrence, keyed `<helperId>/<occurrenceId>`, the helper's latest word.
 * The status stays the coordinator's (schema/occurrence.ts); this is the record that a report
 * arrived, so folding the same report again changes nothing and an acknowledged report is
 * never lost, whatever happens to the status afterwards.
 */
export const HELPER_REPORTS = 'helperReports'

export const REPORT_KINDS = ['done', 'cant-make-it', 'swap-request'] as const
export type ReportKind = (typeof REPORT_KINDS)[number]
export const MAX_REPORT_NOTE = 1000

export interface HelperReportRecord {
  id: string
  helperId: string
  occurrenceId: string
  kind: ReportKind
  note: string
  /** The helper's own time of writing (their clock): identifies the report, decides nothing. */
  at: number
  /** The coordinator's time when this version of the report was folded. */
  receivedAt: number
}

export const helperReportValidator = lazySchema(() => z.object({
  helperId: idValidator,
  occurrenceId: occurrenceIdValidator,
  kind: z.enum(REPORT_KINDS),
  note: longText,
  at: z.number(),
  receivedAt: z.number(),
}))

export const helperReportKey = (helperId: string, occurrenceId: string) => `${helperId}/${occurrenceId}`

export function readHelperReports(doc: Y.Doc, problems: ReadProblem[]): HelperReportRecord[] {
  return readCollection(doc, HELPER_REPORTS, helperReportValidator, problems)
}
