/**
 * Every sentence the coordinator reads, in one catalogue split by phase so that each
 * screen's words sit together. Import `text` and read `text.<area>.<key>`.
 */
import { assessText } from './assess'

export const text = {
  ...assessText,
} as const
