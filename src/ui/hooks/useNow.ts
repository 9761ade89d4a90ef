import { useEffect, useState } from 'react'

/**
 * The current instant, refreshed every minute and whenever the page comes back into view (a
 * phone that slept, a tab left open overnight: timers stall there): the UI reads the clock,
 * the domain never does.
 */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const refresh = () => setNow(Date.now())
    const timer = setInterval(refresh, intervalMs)
    const onVisible = () => document.visibilityState === 'visible' && refresh()
    document.addEventListener('visibilitychange', onVisible)
    window.addEventListener('focus', refresh)
    return () => {
      clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisible)
      window.removeEventListener('focus', refresh)
    }
  }, [intervalMs])
  return now
}

let deviceZone: { zone: string; at: number } | null = null
const DEVICE_ZONE_FRESH_MS = 60_000

/**
 * The device's time zone. Asking Intl builds a date formatter (about 1 ms, far more the first
 * time), and every card asks: it is asked again at most once a minute, as often as useNow
 * refreshes, so a phone that crossed a border follows within a minute.
 */
export function deviceTimeZone(): string {
  const now = Date.now()
  if (!deviceZone || now - deviceZone.at > DEVICE_ZONE_FRESH_MS || now < deviceZone.at) {
    deviceZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now }
  }
  return deviceZone.zone
}
