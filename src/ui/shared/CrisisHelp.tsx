import { useId, useRef } from 'react'
import type { CrisisResource } from '../../domain/model'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

/** The crisis button on every screen: one tap opens the contacts, each a tap to call or open. */
export function CrisisHelp({ resources }: { resources: readonly CrisisResource[] }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  return (
    <>
      <button type="button" className="crisis-button" onClick={() => dialog.current?.showModal()}>
        {say('shared.crisisButton')}
      </button>
      <dialog ref={dialog} className="sheet" aria-labelledby={titleId}>
        <h2 id={titleId}>{say('shared.crisisTitle')}</h2>
        <p>{say('shared.crisisIntro')}</p>
        <CrisisList resources={resources} />
        <p className="muted">{say('shared.crisisEmergency')}</p>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {say('shared.close')}
        </button>
      </dialog>
    </>
  )
}

export function CrisisList({ resources }: { resources: readonly CrisisResource[] }) {
  if (resources.length === 0) return <p>{say('shared.crisisNone')}</p>
  return (
    <ul className="crisis-list">
      {resources.map((resource) => (
        <li key={resource.id}>
          <a className="crisis-link" href={contactHref(resource.contact)}>
            <span className="crisis-name">{resource.name}</span>
            <span className="crisis-contact">{resource.contact}</span>
          </a>
        </li>
      ))}
    </ul>
  )
}

/** A phone number becomes tel:, a web address stays a link, anything else is shown as text. */
export function contactHref(contact: string): string | undefined {
  const trimmed = contact.trim()
  if (/^(https?:|tel:|sms:|mailto:)/i.test(trimmed)) return trimmed
  if (/^\+?[\d\s().-]{3,}$/.test(trimmed)) return `tel:${trimmed.replace(/[^\d+]/g, '')}`
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) return `mailto:${trimmed}`
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(trimmed)) return `https://${trimmed}`
  return undefined
}
