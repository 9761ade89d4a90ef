import { useState } from 'react'
import { chooseLanguage, LANGUAGE_NAMES, LANGUAGES, sharedCatalogue, useLocale, useText } from '../../i18n'
import { storedLanguagePreference } from '../../local/language'

/** Settings → Language: Kith follows the phone unless this device chose otherwise (kept on this device only). */
export function LanguageSetting() {
  const t = useText(sharedCatalogue)
  const { language } = useLocale()
  const [preference, setPreference] = useState(storedLanguagePreference)
  const [message, setMessage] = useState<string | null>(null)
  const deviceLanguage = LANGUAGES.find((code) => navigator.languages.some((tag) => tag.toLowerCase().startsWith(code))) ?? 'en'

  const change = (next: string) => {
    setPreference(next)
    setMessage(null)
    chooseLanguage(next).then(
      (locale) => setMessage(sharedCatalogue.formatIn(locale, 'shared.language.saved', { name: LANGUAGE_NAMES[locale.language] })),
      () => setMessage(t('shared.language.failed')),
    )
  }
  return (
    <section className="panel" aria-labelledby="language-title">
      <h2 id="language-title">{t('shared.language.title')}</h2>
      <p className="hint" id="language-hint">{t('shared.language.intro')}</p>
      <label htmlFor="language-choice">{t('shared.language.label')}</label>
      <select id="language-choice" value={preference} aria-describedby="language-hint" onChange={(event) => change(event.target.value)}>
        <option value="auto">{t('shared.language.auto', { name: LANGUAGE_NAMES[deviceLanguage] })}</option>
        {LANGUAGES.map((code) => <option key={code} value={code} lang={code}>{LANGUAGE_NAMES[code]}</option>)}
      </select>
      {message && <p role="status" className="small" lang={language}>{message}</p>}
    </section>
  )
}
