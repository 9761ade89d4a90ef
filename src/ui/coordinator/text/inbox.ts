/** Words for what arrives from the recipient's phone: please stop, suggestions, their answers. */
export const inboxText = {
  inbox: {
    pleaseStop: (name: string) => `${name} asked: please stop, I need some quiet.`,
    pleaseStopNote: (note: string) => `“${note}”`,
    pleaseStopHint: 'Pause what you can, and check in gently — on their terms.',
    seen: 'I’ve seen this',
    suggestionsTitle: (name: string) => `Suggested by ${name}`,
    newNeed: (title: string) => `A need: ${title}`,
    priority: (title: string, priority: string) => `“${title}” matters ${priority === 'high' ? 'more' : priority === 'low' ? 'less' : 'about as much'} (${priority})`,
    addAsNeed: 'Add as a need',
    applyPriority: 'Change the priority',
    notNow: 'Not now',
    answersTitle: (name: string) => `${name}’s own words`,
    worked: 'What worked',
    missing: 'What was missing',
    notHelpful: 'What is not helpful',
    noAnswer: (name: string) => `${name} hasn’t added their own answers yet.`,
  },
} as const
