import { useState } from 'react'
import { chooseLanguage, LANGUAGE_NAMES, LANGUAGES, sharedCatalogue, useText } from '../../i18n'
import { storedLanguagePreference } from '../../local/language'
import { showNotice } from '../hooks/notice'

/** Settings → Language: Kith follows the phone unless this device chose otherwise (kept on this device only). */
export function LanguageSetting() {
  const t = useText(sharedCatalogue)
  const [preference, setPreference] = useState(storedLanguagePreference)
  const deviceLanguage = LANGUAGES.find((code) => navigator.languages.some((tag) => tag.toLowerCase().startsWith(code))) ?? 'en'

  const change = (next: string) => {
    setPreference(next)
    // A toast, not a line here: the app is drawn afresh in the new language.
    chooseLanguage(next).then(
      (locale) => showNotice(sharedCatalogue.formatIn(locale, 'shared.language.saved')),
      () => showNotice(t('shared.language.failed')),
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
    </section>
  )
}
