import { useId, useState, type FormEvent } from 'react'
import { useDraft } from '../hooks/useDraft'
import * as describe from '../../i18n/describe'
import type { HelperStore, HelperTaskView } from '../../store/roles/helperStore'
import type { ReportKind } from '../../store/schema/helperReport'
import { showNotice, showSavedNotice } from '../hooks/notice'
import { deviceTimeZone } from '../hooks/useNow'
import { useThisDeviceCannotConnect } from '../hooks/useOwnReach'
import { Field } from '../shared/Field'
import { helperCatalogue } from '../../i18n/catalogues/helper'

const t = helperCatalogue.format

export type TaskWhen = 'earlier' | 'today' | 'ahead'

export interface TaskCardProps {
  /** Null while painted from the stored copy: the buttons wait for the document. */
  store: HelperStore | null
  task: HelperTaskView
  when: TaskWhen
  timeZone: string
  /** The coordinator's first name, for "Sent to Priya". */
  coordinator: string
  now: number
  /** The support has ended: the card only shows what happened. */
  ended?: boolean
}

/** One of the helper's own tasks: when, what, their role, its status, and how to answer. */
export function TaskCard({ store, task, when, timeZone, coordinator, now, ended = false }: TaskCardProps) {
  const titleId = useId()
  const [composing, setComposing] = useState<Exclude<ReportKind, 'done'> | null>(null)
  const role = task.role === 'primary' ? null : t(`helper.tasks.role.${task.role}`)
  const status = task.role === 'cover' && task.status === 'covered' ? t('helper.tasks.coveringIt') : t(`helper.tasks.status.${task.status}`)
  // Nothing to answer once it is done, cancelled, no longer theirs, or covered by someone else.
  const coveredByOther = task.status === 'covered' && task.role !== 'cover'
  const answerable = !ended && task.role !== 'reported' && task.status !== 'done' && task.status !== 'cancelled' && !coveredByOther

  function send(kind: ReportKind, note = '') {
    if (!store) return // painted from the stored copy: nothing is sent until the document is open
    if (store.report(task.id, kind, note.trim(), now)) showSavedNotice(t('helper.tasks.reportSaved', { coordinator }))
    else showNotice(t('helper.tasks.reportFailed'))
    setComposing(null)
  }

  return (
    <article className={`card task-card status-${task.status}`} aria-labelledby={titleId}>
      <h3 className="card-title" id={titleId}>{task.title}</h3>
      <p className="small task-time">{describe.describeOccurrenceTime({ windowStart: task.start, windowEnd: task.end }, timeZone, deviceTimeZone())}</p>
      {role && <p className="task-role">{role}</p>}
      {task.role === 'backup' && <p className="small muted">{t('helper.tasks.backupHint', { coordinator })}</p>}
      <span className={`status-badge status-${task.status}`}>{status}</span>
      {task.details && (
        <div className="task-details">
          <p className="small muted">{t('helper.tasks.details')}</p>
          <p className="note">{task.details}</p>
        </div>
      )}
      {task.report ? (
        <ReportShown task={task} coordinator={coordinator} waiting={!store} onChange={() => store?.clearReport(task.id)} />
      ) : composing ? (
        <ReportForm form={`report:${task.id}:${composing}`} kind={composing} coordinator={coordinator} onSend={(note) => send(composing, note)} onCancel={() => setComposing(null)} />
      ) : answerable ? (
        <div className="card-actions">
          {task.role !== 'backup' && when !== 'ahead' && (
            <button type="button" className="button small primary" disabled={!store} onClick={() => send('done')}>{t('helper.tasks.done')}</button>
          )}
          <button type="button" className="button small" disabled={!store} onClick={() => setComposing('cant-make-it')}>
            {when === 'earlier' ? t('helper.tasks.couldntMakeIt') : t('helper.tasks.cantMakeIt')}
          </button>
          {task.role !== 'backup' && when !== 'earlier' && (
            <button type="button" className="button small" disabled={!store} onClick={() => setComposing('swap-request')}>{t('helper.tasks.swap')}</button>
          )}
        </div>
      ) : null}
    </article>
  )
}

function ReportShown({ task, coordinator, waiting, onChange }: { task: HelperTaskView; coordinator: string; waiting: boolean; onChange: () => void }) {
  const report = task.report!
  const waitsForThisPhone = useThisDeviceCannotConnect()
  return (
    <div className="task-report" role="status">
      <p>{t(`helper.tasks.reported.${report.kind}`)}</p>
      {report.note && <p className="note">{report.note}</p>}
      <p className="small muted">{task.reportReceived ? t('helper.tasks.sent', { coordinator }) : t(waitsForThisPhone ? 'helper.tasks.pendingHere' : 'helper.tasks.pending', { coordinator })}</p>
      {!task.reportReceived && (
        <button type="button" className="button small quiet" disabled={waiting} onClick={onChange}>{t('helper.tasks.changeMind')}</button>
      )}
    </div>
  )
}

function ReportForm(props: { form: string; kind: Exclude<ReportKind, 'done'>; coordinator: string; onSend: (note: string) => void; onCancel: () => void }) {
  const draft = useDraft(props.form, () => '')
  const { value: note, set: setNote } = draft
  function submit(event: FormEvent) {
    event.preventDefault()
    props.onSend(note)
    draft.reset()
  }
  return (
    <form className="task-report" onSubmit={submit}>
      <p><strong>{t(`helper.tasks.composeTitle.${props.kind}`)}</strong> {t(`helper.tasks.composeIntro.${props.kind}`, { coordinator: props.coordinator })}</p>
      <Field label={t('helper.tasks.note', { coordinator: props.coordinator })} hint={t('helper.tasks.noteHint', { coordinator: props.coordinator })}>
        {({ id, describedBy }) => (
          <textarea id={id} aria-describedby={describedBy} rows={2} maxLength={1000} autoFocus value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <div className="card-actions">
        <button type="submit" className="button small primary">{t('helper.tasks.send')}</button>
        <button type="button" className="button small quiet" onClick={() => {
          draft.reset()
          props.onCancel()
        }}>{t('helper.tasks.cancel')}</button>
      </div>
    </form>
  )
}
