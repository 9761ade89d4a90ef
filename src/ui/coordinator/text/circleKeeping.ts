/** Words of keeping a circle beyond one phone: backups and restoring them. */
export const circleKeepingText = {
  backup: {
    title: 'Backup',
    link: 'Backup of this circle',
    intro:
      'If this phone is lost, broken or reset, a backup brings the whole circle back: the plan, the people and their contacts, and the keys that connect everyone’s phones. It is one file, locked with a passphrase you choose.',
    keepSafe:
      'Keep the file somewhere other than this phone — email it to yourself, or save it to a computer or your cloud storage. Anyone who has both the file and the passphrase can read the whole circle.',
    passphrase: 'Passphrase',
    passphraseHint:
      'Four or more unrelated words are easy to remember and hard to guess, like “lantern orbit velvet cactus”. Kith cannot recover a forgotten passphrase: write it down somewhere safe.',
    again: 'The same passphrase again',
    show: 'Show the passphrase',
    strength: {
      'too-short': 'Too short: use at least 10 characters.',
      weak: 'Easy to guess. Add a few more unusual words.',
      fair: 'Fair. One or two more words would make it strong.',
      strong: 'Strong.',
    },
    mismatch: 'The two passphrases are not the same.',
    save: 'Save a backup',
    saving: 'Locking the backup…',
    saved: 'Backup saved. Keep the file and the passphrase safe: without the passphrase it can’t be opened.',
    failed: 'The backup could not be made. Nothing was changed; please try again.',
    last: (when: string) => `Last backup from this phone: ${when}.`,
    never: 'No backup from this phone yet.',
    fileName: (date: string) => `kith-backup-${date}.kithbackup`,
    reminderNever: 'There is no backup of this circle yet. If this phone were lost, the circle would be lost with it.',
    reminderOld: (days: number) => `This phone last saved a backup of the circle ${days} days ago.`,
    reminderLink: 'Save a backup now',
  },
  restore: {
    title: 'Restore a circle from a backup',
    intro: 'On a new or reset phone: choose the backup file and type its passphrase. The circle comes back and reconnects with everyone’s phones.',
    file: 'Backup file',
    passphrase: 'Passphrase of the backup',
    submit: 'Restore',
    working: 'Opening the backup…',
    noFile: 'Choose the backup file first.',
    unreadable: 'This phone couldn’t read that file. Choose it again; nothing was changed.',
    problems: {
      'not-backup': 'This file isn’t a Kith backup (backups end in “.kithbackup”). Nothing was changed.',
      'too-new': 'This backup was made by a newer version of Kith. Reload Kith to update it, then try again. Nothing was changed.',
      'wrong-passphrase': 'That passphrase doesn’t open this backup. Check for typos and capital letters, and try again. Nothing was changed.',
      damaged: 'This backup file is damaged: it may have been cut short or changed when it was copied. Nothing was changed. Try another copy of the file.',
      'held-otherwise': 'This phone is in this circle as a helper or as the person supported, so it can’t also hold the coordinator’s copy. Restore it on another phone or browser.',
      storage: 'This phone’s storage would not keep the circle. Nothing was changed. Free up some space and try again.',
    },
    restored: (name: string) => `${name}’s circle is back on this phone. It reconnects with everyone’s phones when they are online.`,
    merged: (name: string) => `The backup was added to ${name}’s circle on this phone. Nothing already here was lost.`,
  },
} as const
