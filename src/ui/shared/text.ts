import type { StorageProblem } from '../../sync/persistence'

/**
 * Words every role shares. Calm and kind; peer support is never described as therapy.
 *
 * Superseded by the shared catalogue (src/i18n/catalogues/shared, ids `shared.*`): kept only for
 * the coordinator's screens until they read the catalogue too; then delete this file.
 */
export const sharedText = {
  appName: 'Kith',
  crisisButton: 'Crisis help',
  crisisTitle: 'If someone may be in danger',
  crisisIntro: 'Call now. These people are trained for this; you do not have to handle it alone.',
  crisisEmergency: 'In immediate danger, call your local emergency number.',
  crisisNone: 'No crisis contacts have been added yet. The coordinator can add them in Circle settings.',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  saved: 'Saved',
  delete: 'Delete',
  remove: 'Remove',
  undo: 'Undo',
  loading: 'Opening…',
  storageSlow: 'Your saved circles are taking too long to open. Reload the page; if it keeps happening, your browser storage may be full or blocked.',
  updateReady: 'A new version of Kith is ready.',
  updateNow: 'Update now',
  updateLater: 'Later',
  update: {
    waitingHere: 'Kith will update once the form on this page is saved or cleared — nothing you typed is lost.',
    waitingElsewhere: 'A form in another Kith tab has text that isn’t saved yet. Kith will update once it is saved or cleared there.',
    anyway: 'Update anyway',
    updatedWaiting: 'Kith was updated in another tab. This page switches to the new version once your form is saved or cleared.',
  },
  drafts: {
    restored: 'We kept what you were writing here.',
    startOver: 'Start over',
  },
  offlineReady: 'Kith now works without a connection on this device.',
  tooNew: 'This circle was saved by a newer version of Kith. You can read it here; update Kith to change it.',
  unreadable: (count: number) =>
    `${count} ${count === 1 ? 'entry' : 'entries'} could not be read and ${count === 1 ? 'is' : 'are'} left as they were.`,
  skipToContent: 'Skip to content',
  storage: {
    notSavedTitle: 'Not saved yet',
    notSavedSince: (time: string) => `Your changes since ${time} are not saved on this device yet.`,
    quota: 'This device’s storage is full. Your changes stay on this screen and Kith keeps trying. Free up some space (photos, videos or apps you don’t need), then press “Try again”. Please keep this page open until this message goes away.',
    closed: 'The browser stopped letting Kith store data. Your changes stay on this screen and Kith keeps trying. Please keep this page open until this message goes away; if it stays, check that the browser has space and isn’t in a private window.',
    unknown: 'The browser would not store them. Your changes stay on this screen and Kith keeps trying. Please keep this page open until this message goes away.',
    tryAgain: 'Try again',
    removedTitle: 'Removed from this device',
    removed: 'This circle was removed from this device, in another tab or window. Nothing you change here is saved any more.',
    home: 'Back to all circles',
    savedAgain: 'Everything is saved again.',
    notSavedToast: 'Not saved yet — please read the note at the top of the page.',
    damaged: (count: number) =>
      `${count} saved ${count === 1 ? 'entry' : 'entries'} of this circle could not be read and ${count === 1 ? 'was' : 'were'} left out. Everything else is here.`,
    repair: 'Save a repaired copy',
    repairHint: 'Stores what could be read as a clean copy and drops the unreadable entries, so this note doesn’t come back.',
    repaired: 'Repaired: this circle is stored again without the unreadable entries.',
    repairFailed: 'The repaired copy could not be saved. Nothing was changed; try again later.',
    leaveWarning: 'Some changes are not saved yet.',
    /** Something new (a circle, an example) that could not be stored at all: what, why, what to do. */
    notStarted: 'The circle could not be started.',
    exampleNotLoaded: 'The example could not be loaded.',
    refused: (problem: StorageProblem) => ({
      quota: 'This device’s storage is full. Free up some space (photos, videos or apps you don’t need), then try again.',
      closed: 'The browser stopped letting Kith store data. Check that it has space and isn’t in a private window, then try again.',
      missing: 'The browser would not store it. Please try again in a moment.',
      unknown: 'The browser would not store it. Please try again in a moment.',
    })[problem],
    typingKept: 'What you typed is still here.',
  },
  planning: {
    working: 'Working out who could do what… This large circle takes a moment; you can keep using Kith.',
    cancelled: 'Planning stopped. Nothing was changed.',
    failed: 'Planning could not finish. Nothing was changed; try again.',
    cancel: 'Stop planning',
    retry: 'Plan again',
  },
  address: {
    title: 'This address doesn’t open anything',
    message: 'Part of this address is damaged or incomplete, perhaps from being copied or cut short in a message. Nothing on this phone was changed, and all your circles are still here.',
    home: 'Go to Kith’s start page',
  },
  screenFailed: {
    title: 'This screen ran into a problem',
    message: 'Something on this screen could not be shown. Everything you saved is still on this phone, and nothing was changed.',
    back: 'Go back',
    home: 'Go to Kith’s start page',
  },
  join: {
    joining: 'Joining the circle…',
    problemTitle: 'This invitation link doesn’t work',
    malformed: 'The link looks damaged. Please ask the person who sent it to send it again, and open it exactly as it arrives.',
    truncated: 'The link seems to be cut short — some messaging apps break long links. Ask for it again, or ask for the QR code to scan instead.',
    mistyped: 'Part of the link is wrong, perhaps a character changed when it was copied. Ask the person who sent it for a fresh copy.',
    'unknown-role': 'This link is not a Kith invitation. Ask the person who sent it to check it.',
    revoked: 'This invitation was withdrawn by the coordinator. If you think that is a mistake, ask them directly.',
    'too-new': 'This invitation was made by a newer version of Kith. Update Kith on this phone (reload the page), then open the link again.',
    home: 'Go to Kith’s start page',
  },
} as const
