import { backupAge } from '../../sync/backup'
import { href } from '../hooks/router'
import { useLastBackup } from '../hooks/useLastBackup'
import { useNow } from '../hooks/useNow'
import { text } from './text'

const t = text.backup

/** Shown with the weekly check-in when this device's last backup is older than a week (or there is none). */
export function BackupReminder({ docId }: { docId: string }) {
  const last = useLastBackup(docId)
  const now = useNow()
  if (last === undefined) return null
  const age = backupAge(last, now)
  if (!age.due) return null
  return (
    <p className="notice" data-testid="backup-reminder">
      {age.days === null ? t.reminderNever : t.reminderOld(age.days)} <a href={href(`c/${docId}/backup`)}>{t.reminderLink}</a>
    </p>
  )
}
