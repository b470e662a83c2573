import { describe, expect, it } from 'vitest'

import { isTid } from './validateTid'

describe('isTid', () => {
  it('should accept the first and last minute of the day', () => {
    expect([isTid('00:00'), isTid('23:59')]).toEqual([true, true])
  })

  it('should refuse 24:00', () => {
    expect(isTid('24:00')).toBe(false)
  })

  it('should refuse minute 60', () => {
    expect(isTid('12:60')).toBe(false)
  })

  it('should refuse a time without a leading zero', () => {
    expect(isTid('8:00')).toBe(false)
  })

  it('should refuse a time with seconds', () => {
    expect(isTid('08:00:00')).toBe(false)
  })

  it('should refuse a value that is not a string', () => {
    expect(isTid(800)).toBe(false)
  })
})
