import { useMemo } from 'react'
import { useLocale } from '../../i18n'
import { withStandIns } from '../../i18n/standIns'

/** A person's document as their screens show it: what projection left out reads in this phone's words ("alguien"), wherever it shows. */
export function useStandIns<T>(snapshot: T): T {
  const locale = useLocale()
  return useMemo(() => withStandIns(snapshot, locale), [snapshot, locale])
}
