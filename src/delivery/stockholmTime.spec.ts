import { describe, expect, it } from 'vitest'

import {
  addDaysToDatum,
  formatDeliverySpan,
  formatStockholmDateTime,
  getStockholmParts,
  getStockholmVeckodag,
  getVeckodagOfDatum,
  isDatum,
  toStockholmInstant,
} from './stockholmTime'

describe('toStockholmInstant', () => {
  it('should read a winter time as UTC+1', () => {
    expect(toStockholmInstant({ datum: '2026-12-08', tid: '12:00' }).toISOString()).toBe(
      '2026-12-08T11:00:00.000Z',
    )
  })

  it('should read a summer time as UTC+2', () => {
    expect(toStockholmInstant({ datum: '2026-07-15', tid: '12:00' }).toISOString()).toBe(
      '2026-07-15T10:00:00.000Z',
    )
  })

  it('should move a time in the spring gap forward to 03:00 summer time', () => {
    expect(toStockholmInstant({ datum: '2027-03-28', tid: '02:30' }).toISOString()).toBe(
      '2027-03-28T01:00:00.000Z',
    )
  })

  it('should read 02:00 on the spring change day as 03:00 summer time', () => {
    expect(toStockholmInstant({ datum: '2026-03-29', tid: '02:00' }).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    )
  })

  it('should read 03:00 on the spring change day as summer time', () => {
    expect(toStockholmInstant({ datum: '2027-03-28', tid: '03:00' }).toISOString()).toBe(
      '2027-03-28T01:00:00.000Z',
    )
  })

  it('should take the first occurrence of a time repeated at the autumn change', () => {
    expect(toStockholmInstant({ datum: '2026-10-25', tid: '02:30' }).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    )
  })

  it('should read 03:00 on the autumn change day as winter time', () => {
    expect(toStockholmInstant({ datum: '2026-10-25', tid: '03:00' }).toISOString()).toBe(
      '2026-10-25T02:00:00.000Z',
    )
  })

  it('should refuse a date that does not exist', () => {
    expect(() => toStockholmInstant({ datum: '2027-02-29', tid: '12:00' })).toThrow(
      'Ogiltigt datum "2027-02-29": ange ÅÅÅÅ-MM-DD.',
    )
  })

  it('should refuse a time outside 00:00–23:59', () => {
    expect(() => toStockholmInstant({ datum: '2026-12-08', tid: '24:00' })).toThrow(
      'Ogiltig tid "24:00": ange TT:MM mellan 00:00 och 23:59.',
    )
  })
})

describe('getStockholmParts', () => {
  it('should give the local date, time and weekday of an instant', () => {
    expect(getStockholmParts(new Date('2026-12-08T11:00:00Z'))).toEqual({
      datum: '2026-12-08',
      tid: '12:00',
      veckodag: 'tisdag',
    })
  })

  it('should give the next local day for a UTC instant late in the evening', () => {
    expect(getStockholmParts(new Date('2026-12-31T23:30:00Z'))).toEqual({
      datum: '2027-01-01',
      tid: '00:30',
      veckodag: 'fredag',
    })
  })

  it('should show the repeated autumn hour in winter time after the change', () => {
    expect(getStockholmParts(new Date('2026-10-25T01:30:00Z')).tid).toBe('02:30')
  })
})

describe('getStockholmVeckodag', () => {
  it('should give the local weekday when UTC is still on the day before', () => {
    expect(getStockholmVeckodag(new Date('2026-12-06T23:30:00Z'))).toBe('mandag')
  })
})

describe('getVeckodagOfDatum', () => {
  it('should give sondag for a Sunday', () => {
    expect(getVeckodagOfDatum('2026-12-13')).toBe('sondag')
  })
})

describe('addDaysToDatum', () => {
  it('should go back across a year end', () => {
    expect(addDaysToDatum({ datum: '2027-01-01', days: -2 })).toBe('2026-12-30')
  })

  it('should go back across the end of February in a leap year', () => {
    expect(addDaysToDatum({ datum: '2028-03-01', days: -1 })).toBe('2028-02-29')
  })

  it('should count whole days across the autumn change', () => {
    expect(addDaysToDatum({ datum: '2026-10-24', days: 2 })).toBe('2026-10-26')
  })
})

describe('isDatum', () => {
  it('should accept a real date', () => {
    expect(isDatum('2028-02-29')).toBe(true)
  })

  it('should refuse 31 April', () => {
    expect(isDatum('2026-04-31')).toBe(false)
  })

  it('should refuse a date-time', () => {
    expect(isDatum('2026-12-08T12:00')).toBe(false)
  })
})

describe('formatStockholmDateTime', () => {
  it('should format an instant as local date and time', () => {
    expect(formatStockholmDateTime(new Date('2026-12-08T11:00:00Z'))).toBe('2026-12-08 12:00')
  })

  it('should format a summer instant in summer time', () => {
    expect(formatStockholmDateTime(new Date('2027-03-28T10:00:00Z'))).toBe('2027-03-28 12:00')
  })
})

describe('formatDeliverySpan', () => {
  it('should format a delivery as weekday, date and time span', () => {
    expect(
      formatDeliverySpan({
        end: new Date('2026-12-08T15:00:00Z'),
        start: new Date('2026-12-08T13:00:00Z'),
      }),
    ).toBe('tisdag 8 december 14:00–16:00')
  })

  it('should write a Saturday with its Swedish letters', () => {
    expect(
      formatDeliverySpan({
        end: new Date('2027-05-01T09:00:00Z'),
        start: new Date('2027-05-01T07:00:00Z'),
      }),
    ).toBe('lördag 1 maj 09:00–11:00')
  })
})
