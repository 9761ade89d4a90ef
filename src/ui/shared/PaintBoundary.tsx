import { Component, type ReactNode } from 'react'

/**
 * Around a screen painted from a stored copy: a copy that cannot be drawn (stored by another
 * version, damaged in a way its checks missed) shows the fallback instead, never an error page;
 * the live document follows anyway.
 */
export class PaintBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
