import { describe, expect, it } from 'vitest'
import { isTimeZone, timeZoneValidator } from '../../../../src/store/schema/primitives'

describe('time zone names read from a document', () => {
  it('accepts IANA names and refuses anything else, the same on every read (answers are remembered)', () => {
    for (let read = 0; read < 3; read++) {
      expect(isTimeZone('Europe/Madrid')).toBe(true)
      expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true)
      expect(isTimeZone('Mars/Olympus_Mons')).toBe(false)
      expect(isTimeZone('')).toBe(false)
      expect(timeZoneValidator.safeParse('Asia/Kolkata').success).toBe(true)
      expect(timeZoneValidator.safeParse('Europe/Atlantis').success).toBe(false)
    }
  })

  it('stays right past its bound of remembered names', () => {
    for (let i = 0; i < 1200; i++) expect(isTimeZone(`Nowhere/Place_${i}`)).toBe(false)
    expect(isTimeZone('Pacific/Auckland')).toBe(true)
    expect(isTimeZone('Nowhere/Place_3')).toBe(false)
  })
})
