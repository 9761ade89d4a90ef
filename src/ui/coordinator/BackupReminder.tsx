import { backupAge } from '../../sync/backup'
import { href } from '../hooks/router'
import { useLastBackup } from '../hooks/useLastBackup'
import { useNow } from '../hooks/useNow'
import { useText } from '../../i18n'
import { keepingCatalogue } from '../../i18n/catalogues/keeping'

/** Shown with the weekly check-in when this device's last backup is older than a week (or there is none). */
export function BackupReminder({ docId }: { docId: string }) {
  const t = useText(keepingCatalogue)
  const last = useLastBackup(docId)
  const now = useNow()
  if (last === undefined) return null
  const age = backupAge(last, now)
  if (!age.due) return null
  return (
    <p className="notice" data-testid="backup-reminder" data-not-stored="">
      {age.days === null ? t('keeping.backup.reminderNever') : t('keeping.backup.reminderOld', { days: age.days })} <a href={href(`c/${docId}/backup`)}>{t('keeping.backup.reminderLink')}</a>
    </p>
  )
}
