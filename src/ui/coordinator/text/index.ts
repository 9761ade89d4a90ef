/**
 * Every sentence the coordinator reads, in one catalogue split by phase so that each
 * screen's words sit together. Import `text` and read `text.<area>.<key>`.
 */
import { assessText } from './assess'
import { mapText } from './map'
import { assignText } from './assign'
import { reassessText } from './reassess'
import { peopleText } from './people'
import { inboxText } from './inbox'
import { circleKeepingText } from './circleKeeping'

export const text = {
  ...assessText,
  ...mapText,
  ...assignText,
  ...reassessText,
  ...peopleText,
  ...inboxText,
  ...circleKeepingText,
} as const
