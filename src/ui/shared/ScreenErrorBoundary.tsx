import { Component, type ErrorInfo, type ReactNode } from 'react'
import { href, navigate } from '../hooks/router'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format


interface Props {
  /** Changes when the address does: the screen is tried afresh on the next one. */
  resetKey: string
  /** Where "go back" leads when there is no earlier page in this tab: the role's first screen. */
  home: string
  children: ReactNode
}

/**
 * Around each role's app: a screen that throws while rendering is replaced by a calm page with
 * "go back", instead of a blank one. Documents live outside React (module-level registries,
 * IndexedDB), so nothing stored is lost or closed when a screen fails; the next address renders
 * the screens again.
 */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean; resetKey: string }> {
  state = { failed: false, resetKey: this.props.resetKey }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  static getDerivedStateFromProps(props: Props, state: { failed: boolean; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A screen failed', error, info.componentStack)
  }

  private back = () => {
    if (window.history.length > 1) window.history.back()
    else navigate(this.props.home, { replace: true })
  }

  render() {
    if (!this.state.failed) return this.props.children
    return (
      <main id="main" className="page role-message">
        <h1>{say('shared.screenFailed.title')}</h1>
        <p className="lead" role="alert">{say('shared.screenFailed.message')}</p>
        <button type="button" className="button block primary" onClick={this.back}>{say('shared.screenFailed.back')}</button>
        <a className="button block" href={href('')}>{say('shared.screenFailed.home')}</a>
      </main>
    )
  }
}

/** The page for an address that cannot be read at all. */
export function BadAddress() {
  return (
    <main id="main" className="page role-message">
      <h1>{say('shared.address.title')}</h1>
      <p className="notice warning" role="alert">{say('shared.address.message')}</p>
      <a className="button block" href={href('')}>{say('shared.address.home')}</a>
    </main>
  )
}
