import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { LanguageProvider, startLanguage } from './i18n'
import { openLastUsed } from './local/lastOpened'
import { App } from './ui/App'
import './ui/styles.css'

openLastUsed()
startLanguage()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LanguageProvider>
      <App />
    </LanguageProvider>
  </StrictMode>,
)
