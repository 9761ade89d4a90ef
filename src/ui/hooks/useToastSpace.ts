import { useLayoutEffect, type RefObject } from 'react'

/**
 * While a toast shows at the bottom edge, the room it takes (its height and a gap) is kept in a
 * CSS variable on the page's root, so what also sits at the bottom moves above it instead of
 * under it: the update prompt sets `--update-toast-space` (notices sit above it), a notice
 * `--toast-space` (a sticky "Add a need" button rises above both).
 */
export function useToastSpace(toast: RefObject<HTMLElement | null>, variable: '--toast-space' | '--update-toast-space', shown: string | null): void {
  useLayoutEffect(() => {
    const element = toast.current
    const style = document.documentElement.style
    if (!shown || !element) return
    const measure = () => style.setProperty(variable, `${element.getBoundingClientRect().height + 8}px`)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => {
      observer.disconnect()
      style.removeProperty(variable)
    }
  }, [toast, variable, shown])
}
