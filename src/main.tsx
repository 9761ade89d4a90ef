import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { openLastUsed } from './local/lastOpened'
import { App } from './ui/App'
import './ui/styles.css'

openLastUsed()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
