import { useEffect, useState } from 'react'
import { requestPersistentStorage, storageEstimate, type StorageEstimate } from '../../sync/persistence'
import { currentLocale, useText } from '../../i18n'
import { settingsCatalogue } from '../../i18n/catalogues/settings'

const UNITS = [['gigabyte', 1e9], ['megabyte', 1e6], ['kilobyte', 1e3]] as const

function formatBytes(bytes: number): string {
  const [unit, size] = UNITS.find(([, size]) => bytes >= size) ?? UNITS[2]
  return new Intl.NumberFormat(currentLocale().tag, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: bytes / size < 10 ? 1 : 0 }).format(bytes / size)
}

/** Whether the browser agreed to keep Kith's data, and how much room it uses and has. */
export function StorageSettings() {
  const t = useText(settingsCatalogue)
  const [persisted, setPersisted] = useState<boolean | null>(null)
  const [estimate, setEstimate] = useState<StorageEstimate | null | undefined>(undefined)
  const ask = () => requestPersistentStorage().then(setPersisted)
  useEffect(() => {
    void ask()
    storageEstimate().then(setEstimate)
  }, [])
  return (
    <section className="panel" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storageTitle')}</h2>
      <p className="muted">{persisted ? t('settings.persisted') : t('settings.notPersisted')}</p>
      {estimate !== undefined && <p data-testid="storage-estimate">{estimate && estimate.quota > 0 ? t('settings.usage', { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) }) : t('settings.noEstimate')}</p>}
      {persisted === false && <button type="button" className="button small" onClick={ask}>{t('settings.askPersist')}</button>}
    </section>
  )
}
