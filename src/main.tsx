import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { LanguageProvider, startLanguage } from './i18n'
import { keepDatesLater, recallDates } from './i18n/dateMemory'
import { openLastUsed } from './local/lastOpened'
import { App } from './ui/App'
import { afterBootScreenDrawn, takeOverBootScreen } from './ui/shared/bootScreen'
import { afterStartUp } from './ui/shared/afterStartUp'
import { deviceZoneFromIntl } from './ui/hooks/useNow'
import './ui/styles.css'

openLastUsed()
startLanguage()
// Zone offsets and date labels from the last opening: the first screen needs no Intl date formatter.
recallDates()
keepDatesLater(afterStartUp(), deviceZoneFromIntl)

// The stored first screen (index.html) stays until the app draws that screen (PaintThenLive);
// an error or another address hands over at once, so it never hides what the app says.
addEventListener('hashchange', takeOverBootScreen, { once: true })
afterBootScreenDrawn(() => {
  const root = createRoot(document.getElementById('root')!, {
    onCaughtError: (error, info) => {
      takeOverBootScreen()
      console.error(error, info.componentStack)
    },
    onUncaughtError: (error) => {
      takeOverBootScreen()
      reportError(error)
    },
  })
  // As a transition, React renders in slices of a few milliseconds and lets the page answer in
  // between, instead of one long task: the stored first screen is already on show, so nothing waits.
  startTransition(() => root.render(
    <StrictMode>
      <LanguageProvider>
        <App />
      </LanguageProvider>
    </StrictMode>,
  ))
})
