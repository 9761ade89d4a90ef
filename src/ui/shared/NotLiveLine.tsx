import { sharedCatalogue } from '../../i18n'
import { useNotLive } from '../hooks/useNotLive'

const say = sharedCatalogue.format

/**
 * One quiet line on a helper's or the recipient's phone while it is not connected live: what
 * they do is kept and goes later, or by link (SendBack, just below, offers the link once there
 * is something to send). Not an alarm: being apart is how Kith is mostly used. The status
 * region stays in place so that a screen reader hears the line come and go; it is never part of
 * the stored first screen (bootScreen.ts): the next launch knows nothing yet of how it connects.
 */
export function NotLiveLine({ docId }: { docId: string }) {
  const notLive = useNotLive(docId)
  return (
    <div role="status" className="not-live" data-not-stored="">
      {notLive && <p className="small muted">{say(notLive === 'off' ? 'shared.live.off' : 'shared.live.notConnected')}</p>}
    </div>
  )
}
