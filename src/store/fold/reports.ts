/**
 * Helpers' reports → the coordinator's statuses.
 *
 * Rules:
 * - A report is taken only for one of the helper's own tasks (projection/holdings.ts), on any
 *   date: ownership is checked against the map, not against the projected window.
 * - Each report is recorded in `helperReports` (schema/helperReport.ts) the first time it is
 *   folded and again only when the helper changes it; only then may it change the status. So
 *   folding the same document twice changes nothing, and a status the coordinator set after a
 *   report (a backup activated) is never undone by folding that report again.
 * - done → done, from the helper doing the task (or a backup stepping in on a task that needs
 *   cover); can't make it / swap request → needs-cover with the helper's note, only from the
 *   helper doing it. A cancelled occurrence stays cancelled. Anything else is recorded only.
 */
import type * as Y from 'yjs'
import type { Instant, OccurrenceStatus } from '../../domain/model'
import { reportValueValidator } from '../helperDoc/owned'
import type { HelperReport } from '../helperDoc/layout'
import { holdingOf, type Holding } from '../projection/holdings'
import type { ProjectionInput } from '../projection/input'
import { stableId } from '../ids'
import { appendActivity } from '../schema/activity'
import { HELPER_REPORTS, helperReportKey } from '../schema/helperReport'
import type { OccurrenceStatusFields } from '../schema/occurrence'
import { replaceEntity, replaceStatus } from './records'
import type { Rejection } from './result'
import { accept, type UntrustedEntry } from './untrusted'
import { reasons, reportSummary } from './words'

export interface ReportChange {
  occurrenceId: string
  report: HelperReport
  status: OccurrenceStatusFields | null
}

export function planReports(
  input: ProjectionInput, helperId: string, entries: Array<UntrustedEntry<HelperReport>>, now: Instant, rejected: Rejection[],
): ReportChange[] {
  const recorded = new Map(input.inbox.helperReports.map((r) => [helperReportKey(r.helperId, r.occurrenceId), r]))
  const changes: ReportChange[] = []
  for (const { key: occurrenceId, value } of entries) {
    const path = `reports/${occurrenceId}`
    const report = accept(reportValueValidator, value, path, rejected)
    if (!report) continue
    // Already folded: nothing to do, even if the task has since left the schedule.
    const before = recorded.get(helperReportKey(helperId, occurrenceId))
    if (before && before.kind === report.kind && before.note === report.note && before.at === report.at) continue
    const holding = holdingOf(input, helperId, occurrenceId)
    if (!holding) {
      rejected.push({ path, reason: reasons.notATask })
      continue
    }
    changes.push({ occurrenceId, report, status: statusAfter(holding, report, input.statuses[occurrenceId], now) })
  }
  return changes
}

function statusAfter(holding: Holding, report: HelperReport, current: OccurrenceStatus | undefined, now: Instant): OccurrenceStatusFields | null {
  if (current?.status === 'cancelled') return null
  if (report.kind === 'done') {
    const steppingIn = holding.role === 'backup' && (current?.status === 'needs-cover' || current?.status === 'missed')
    if (!(holding.doing || steppingIn) || (current?.status === 'done' && current.note === report.note)) return null
    return { status: 'done', coveredBy: null, note: report.note, at: now }
  }
  if (!holding.doing || (current?.status === 'needs-cover' && current.note === report.note)) return null
  return { status: 'needs-cover', coveredBy: null, note: report.note, at: now }
}

export function writeReports(doc: Y.Doc, helperId: string, changes: readonly ReportChange[], now: Instant): void {
  for (const { occurrenceId, report, status } of changes) {
    replaceEntity(doc, HELPER_REPORTS, helperReportKey(helperId, occurrenceId), { helperId, occurrenceId, ...report, receivedAt: now })
    if (!status) continue
    replaceStatus(doc, occurrenceId, status)
    // Named by the report: two coordinator devices folding it at once log it once.
    const entryId = stableId(`fold/report/${helperId}/${occurrenceId}/${report.kind}/${report.at}`)
    appendActivity(doc, now, 'status/set', reportSummary(doc, helperId, occurrenceId, report.kind, status.status), [occurrenceId, helperId], entryId)
  }
}
