import { Component, type ReactNode } from 'react'

interface PaintBoundaryProps {
  fallback: ReactNode
  /** The view shows the open document: its errors are the screen's, for the error boundary above. */
  live: boolean
  children: ReactNode
}

/** What failed, and whether it was the live view (null: not known until the next render reads the props). */
type Failed = { error: unknown; live: boolean | null }

/**
 * Around a screen painted from a stored copy: a copy that cannot be drawn (stored by another
 * version, damaged in a way its checks missed) shows the fallback instead, never an error page;
 * the live document follows anyway, and an error of the live screen goes on to the boundary above.
 */
export class PaintBoundary extends Component<PaintBoundaryProps, { failed: Failed | null }> {
  state: { failed: Failed | null } = { failed: null }

  static getDerivedStateFromError(error: unknown): { failed: Failed } {
    return { failed: { error, live: null } }
  }

  static getDerivedStateFromProps(props: PaintBoundaryProps, { failed }: { failed: Failed | null }) {
    if (failed && failed.live === null) return { failed: { ...failed, live: props.live } }
    // The painted view is left behind once the document is open: the live one gets its chance.
    if (failed && !failed.live && props.live) return { failed: null }
    return null
  }

  render() {
    const { failed } = this.state
    if (failed?.live) throw failed.error
    return failed ? this.props.fallback : this.props.children
  }
}
