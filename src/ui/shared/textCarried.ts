
/**
 * Words of carried updates: opening a link or a `.kith` file, sending one, and what is waiting
 * for the other side. Kith works without phones being online together; these sentences say so
 * plainly and never blame anyone for a link that did not arrive.
 *
 * Superseded by the shared catalogue (src/i18n/catalogues/shared, ids `shared.carried.*`): kept
 * only for the coordinator's screens until they read the catalogue too; then delete this file.
 */

export { describeWaiting } from './waitingWords'

export const carriedText = {
  opening: 'Opening the update…',
  applied: {
    coordinator: (name: string) => `${name}’s update is in.`,
    person: 'Your circle is up to date with this update.',
    map: 'The other coordinator’s update is in.',
  },
  alreadyHere: 'This update was already on this phone. Nothing changed.',
  waitingTitle: 'Waiting for an earlier update',
  waiting: 'This update builds on an earlier one that hasn’t been opened on this phone yet. Kith keeps it and shows everything once the earlier link is opened too — nothing is shown half done.',
  continue: 'Go to the circle',
  problemTitle: 'This update link doesn’t work',
  problems: {
    malformed: 'The link looks damaged. Ask the person who sent it to send it again, and open it exactly as it arrives.',
    truncated: 'The link seems to be cut short — some messaging apps break long links. Ask for it again, or for a .kith file instead.',
    'too-new': 'This update was made by a newer version of Kith. Update Kith on this phone (reload the page), then open the link again.',
    'wrong-key': 'This update is for a circle this phone holds, but it was sealed with another key, so it can’t be opened here. Ask the person who sent it for a fresh link.',
    corrupt: 'Part of the link changed on the way, so Kith can’t trust it and changed nothing. Ask for it again, or for a .kith file.',
    'unknown-doc': 'This update is for a circle that isn’t on this phone. If it’s yours, open the invitation link first, then this one.',
    withdrawn: 'This update comes from someone who is no longer in the circle, so nothing was taken in.',
    storage: 'Kith could not open its storage on this phone to take in the update. Reload the page and open the link again.',
  },
  home: 'Go to Kith’s start page',
  send: {
    share: 'Send…',
    copy: 'Copy link',
    copied: 'Link copied. Paste it into any message.',
    showQr: 'Show QR code',
    hideQr: 'Hide QR code',
    qrTooLong: 'This update is too long for one QR code. Send the link or the file instead.',
    qrAlt: (name: string) => `QR code of the update for ${name}`,
    file: 'Save as a file',
    link: (name: string) => `Update link for ${name}`,
    showLink: 'Show the link',
    linkHint: 'Send it by any messenger or email. Opening it twice changes nothing.',
    preparing: 'Preparing the link…',
    fileName: (name: string) => `Kith update for ${name}.kith`,
  },
  shareText: {
    toHelper: (coordinator: string, link: string) => `${coordinator} updated your tasks in Kith: ${link}`,
    toRecipient: (coordinator: string, link: string) => `${coordinator} sent you an update in Kith: ${link}`,
    toCoordinator: (person: string, link: string) => `An update from ${person} in Kith: ${link}`,
  },
  waitingFor: (name: string, what: string) => `${name} has ${what} waiting.`,
  nothingWaiting: (name: string) => `Nothing is waiting for ${name}.`,
  sendBack: {
    title: (coordinator: string) => `Send to ${coordinator}`,
    intro: (coordinator: string, what: string) => `${coordinator} hasn’t got ${what} yet. If your phones aren’t online together, send it by any messenger.`,
    urgent: (coordinator: string) => `Please send this to ${coordinator} soon, so they can arrange things.`,
  },
  open: {
    title: 'Open an update',
    intro: 'Got a .kith file, or a Kith link that doesn’t open when you tap it? Open it here.',
    file: 'Open a .kith file',
    paste: 'Or paste a Kith link',
    openLink: 'Open link',
    notKith: 'This isn’t a Kith link or file. Kith links contain “#/u/” or “#/join/”.',
  },
} as const
