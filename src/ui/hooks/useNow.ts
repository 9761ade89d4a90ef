import { useEffect, useState } from 'react'
import { rememberedDeviceZone } from '../../i18n/dateMemory'

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
 * time in a page), and every card asks: it is asked again at most once a minute, as often as
 * useNow refreshes, so a phone that crossed a border follows within a minute. The zone the last
 * opening kept (i18n/dateMemory.ts) stands in while the clock's offset agrees with it.
 */
export function deviceTimeZone(): string {
  const now = Date.now()
  if (!deviceZone || now - deviceZone.at > DEVICE_ZONE_FRESH_MS || now < deviceZone.at) {
    deviceZone = { zone: rememberedDeviceZone(now) ?? deviceZoneFromIntl(), at: now }
  }
  return deviceZone.zone
}

/** What Intl says the device's zone is (a date formatter: the first in a page is slow). */
export function deviceZoneFromIntl(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}
