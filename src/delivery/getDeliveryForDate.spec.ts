import { describe, expect, it } from 'vitest'

import type { Delivery, LeveransfonsterTider } from './types'

import { DeliveryError } from './DeliveryError'
import { getDeliveryForDate } from './getDeliveryForDate'
import { formatDeliverySpan, formatStockholmDateTime } from './stockholmTime'

const toIso = ({ end, leveransdatum, start, stopptid }: Delivery) => ({
  end: end.toISOString(),
  leveransdatum,
  start: start.toISOString(),
  stopptid: stopptid.toISOString(),
})

const tisdag: LeveransfonsterTider = {
  sluttid: '16:00',
  starttid: '14:00',
  stopptidDagarFore: 1,
  stopptidKlockslag: '12:00',
  veckodag: 'tisdag',
}

describe('getDeliveryForDate', () => {
  it('should give the times of a winter delivery', () => {
    expect(toIso(getDeliveryForDate({ fonster: tisdag, leveransdatum: '2026-12-08' }))).toEqual({
      end: '2026-12-08T15:00:00.000Z',
      leveransdatum: '2026-12-08',
      start: '2026-12-08T13:00:00.000Z',
      stopptid: '2026-12-07T11:00:00.000Z',
    })
  })

  it('should give local strings for the delivery and its stopptid', () => {
    const delivery = getDeliveryForDate({ fonster: tisdag, leveransdatum: '2026-12-08' })

    expect([formatDeliverySpan(delivery), formatStockholmDateTime(delivery.stopptid)]).toEqual([
      'tisdag 8 december 14:00–16:00',
      '2026-12-07 12:00',
    ])
  })

  it('should put the stopptid in the previous month at a month end', () => {
    const delivery = getDeliveryForDate({
      fonster: { ...tisdag, stopptidDagarFore: 3, stopptidKlockslag: '09:00' },
      leveransdatum: '2027-03-02',
    })

    expect([delivery.stopptid.toISOString(), formatStockholmDateTime(delivery.stopptid)]).toEqual([
      '2027-02-27T08:00:00.000Z',
      '2027-02-27 09:00',
    ])
  })

  it('should refuse a date whose weekday is not the window’s', () => {
    expect(() => getDeliveryForDate({ fonster: tisdag, leveransdatum: '2026-12-09' })).toThrow(
      'Leveransdatum 2026-12-09 är en onsdag, men leveransfönstret gäller tisdag.',
    )
  })

  it('should give a typed error with an English message for a wrong weekday', () => {
    let caught: unknown
    try {
      getDeliveryForDate({ fonster: tisdag, leveransdatum: '2026-12-09' })
    } catch (error) {
      caught = error
    }

    expect(caught).toBeInstanceOf(DeliveryError)
    expect((caught as DeliveryError).code).toBe('wrong-veckodag')
    expect((caught as DeliveryError).messages.en).toBe(
      'Delivery date 2026-12-09 is a Wednesday, but the delivery window is on Tuesday.',
    )
  })

  it('should refuse a window whose sluttid is not after its starttid', () => {
    expect(() =>
      getDeliveryForDate({
        fonster: { ...tisdag, sluttid: '14:00' },
        leveransdatum: '2026-12-08',
      }),
    ).toThrow('Sluttid 14:00 måste vara efter starttid 14:00.')
  })

  it('should refuse a negative number of days before', () => {
    expect(() =>
      getDeliveryForDate({
        fonster: { ...tisdag, stopptidDagarFore: -1 },
        leveransdatum: '2026-12-08',
      }),
    ).toThrow('Stopptid dagar före måste vara ett heltal, 0 eller större (fick -1).')
  })

  it('should refuse an invalid stopptidKlockslag', () => {
    expect(() =>
      getDeliveryForDate({
        fonster: { ...tisdag, stopptidKlockslag: '12.00' },
        leveransdatum: '2026-12-08',
      }),
    ).toThrow('Ogiltig tid "12.00": ange TT:MM mellan 00:00 och 23:59.')
  })
})
