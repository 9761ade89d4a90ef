import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { buildSchema, lazySchema } from '../../../../src/store/schema/primitives'

describe('lazySchema and buildSchema', () => {
  it('builds a schema once, when buildSchema asks for it, and parses with what was built', () => {
    let builds = 0
    const schema = lazySchema(() => {
      builds++
      return z.strictObject({ at: z.number() })
    })
    expect(builds).toBe(0)
    buildSchema(schema)
    expect(builds).toBe(1)
    buildSchema(schema)
    expect(schema.safeParse({ at: 3 }).success).toBe(true)
    expect(schema.safeParse({ at: 'three' }).success).toBe(false)
    expect(builds).toBe(1)
  })

  it('leaves a schema that was never lazy as it is', () => {
    const schema = z.string()
    buildSchema(schema)
    expect(schema.safeParse('text').success).toBe(true)
  })
})
