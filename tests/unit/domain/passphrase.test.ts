import { describe, expect, it } from 'vitest'
import { passphraseStrength } from '../../../src/domain/passphrase'

describe('passphrase strength hint', () => {
  it.each([
    ['', 'too-short'],
    ['bruno2026', 'too-short'],
    ['password123', 'weak'],
    ['aaaaaaaaaaaaaaaaaaaa', 'weak'],
    ['1234567890', 'weak'],
    ['qwertyuiop!', 'weak'],
    ['password password password', 'weak'],
    ['bruno2026maria', 'fair'],
    ['Sunflower-Kettle', 'fair'],
    ['correct horse battery staple', 'strong'],
    ['lantern orbit velvet cactus', 'strong'],
    ['Tr0ub4dor&3xq!Lm9', 'strong'],
  ] as const)('%j is %s', (passphrase, expected) => {
    expect(passphraseStrength(passphrase)).toBe(expected)
  })
})
