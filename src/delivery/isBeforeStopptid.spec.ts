import { describe, expect, it } from 'vitest'

import { isBeforeStopptid } from './isBeforeStopptid'

describe('isBeforeStopptid', () => {
  it('should be true one minute before stopptid', () => {
    expect(
      isBeforeStopptid({
        now: new Date('2026-12-06T10:59:00Z'),
        stopptid: new Date('2026-12-06T11:00:00Z'),
      }),
    ).toBe(true)
  })

  it('should be false at the exact stopptid', () => {
    expect(
      isBeforeStopptid({
        now: new Date('2026-12-06T11:00:00Z'),
        stopptid: new Date('2026-12-06T11:00:00Z'),
      }),
    ).toBe(false)
  })

  it('should read a stored ISO string with its offset', () => {
    expect(
      isBeforeStopptid({
        now: new Date('2026-12-06T10:30:00Z'),
        stopptid: '2026-12-06T12:00:00+01:00',
      }),
    ).toBe(true)
  })

  it('should be false after a stopptid stored as a UTC string', () => {
    expect(
      isBeforeStopptid({
        now: new Date('2026-12-06T11:00:01Z'),
        stopptid: '2026-12-06T11:00:00.000Z',
      }),
    ).toBe(false)
  })

  it('should refuse a string without a time zone', () => {
    expect(() =>
      isBeforeStopptid({ now: new Date('2026-12-06T10:00:00Z'), stopptid: '2026-12-06T12:00:00' }),
    ).toThrow(
      'Ogiltig stopptid "2026-12-06T12:00:00": ange datum och tid enligt ISO 8601 med tidszon.',
    )
  })
})
