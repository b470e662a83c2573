import { describe, expect, it } from 'vitest'

import type { Delivery, LeveransfonsterTider } from './types'

import { getNextDelivery, getNextDeliveryOf } from './getNextDelivery'
import { formatDeliverySpan, formatStockholmDateTime } from './stockholmTime'

const toIso = ({ end, leveransdatum, start, stopptid }: Delivery) => ({
  end: end.toISOString(),
  leveransdatum,
  start: start.toISOString(),
  stopptid: stopptid.toISOString(),
})

const mandag: LeveransfonsterTider = {
  sluttid: '10:00',
  starttid: '08:00',
  stopptidDagarFore: 1,
  stopptidKlockslag: '12:00',
  veckodag: 'mandag',
}

describe('getNextDelivery', () => {
  it('should give this Monday when asked on Sunday at 11:59', () => {
    // 2026-12-06 11:59 in Stockholm (CET).
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2026-12-06T10:59:00Z') })

    expect(toIso(delivery)).toEqual({
      end: '2026-12-07T09:00:00.000Z',
      leveransdatum: '2026-12-07',
      start: '2026-12-07T07:00:00.000Z',
      stopptid: '2026-12-06T11:00:00.000Z',
    })
  })

  it('should give the Monday after when asked on Sunday at 12:01', () => {
    // 2026-12-06 12:01 in Stockholm (CET).
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2026-12-06T11:01:00Z') })

    expect(toIso(delivery)).toEqual({
      end: '2026-12-14T09:00:00.000Z',
      leveransdatum: '2026-12-14',
      start: '2026-12-14T07:00:00.000Z',
      stopptid: '2026-12-13T11:00:00.000Z',
    })
  })

  it('should give the Monday after when asked at the exact stopptid', () => {
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2026-12-06T11:00:00Z') })

    expect(delivery.leveransdatum).toBe('2026-12-14')
  })

  it('should put the stopptid in winter time on the Sunday of the October change', () => {
    // 2026-10-25 11:30 in Stockholm, after the change to CET at 03:00 that morning.
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2026-10-25T10:30:00Z') })

    expect(toIso(delivery)).toEqual({
      end: '2026-10-26T09:00:00.000Z',
      leveransdatum: '2026-10-26',
      start: '2026-10-26T07:00:00.000Z',
      stopptid: '2026-10-25T11:00:00.000Z',
    })
  })

  it('should give local strings in winter time after the October change', () => {
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2026-10-24T10:00:00Z') })

    expect([formatDeliverySpan(delivery), formatStockholmDateTime(delivery.stopptid)]).toEqual([
      'måndag 26 oktober 08:00–10:00',
      '2026-10-25 12:00',
    ])
  })

  it('should give the Monday after once the October-change stopptid has passed', () => {
    // 2026-10-25 12:01 in Stockholm (CET).
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2026-10-25T11:01:00Z') })

    expect(delivery.leveransdatum).toBe('2026-11-02')
  })

  it('should put the stopptid in summer time on the Sunday of the March change', () => {
    // 2027-03-28 11:30 in Stockholm, after the change to CEST at 02:00 that morning.
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2027-03-28T09:30:00Z') })

    expect(toIso(delivery)).toEqual({
      end: '2027-03-29T08:00:00.000Z',
      leveransdatum: '2027-03-29',
      start: '2027-03-29T06:00:00.000Z',
      stopptid: '2027-03-28T10:00:00.000Z',
    })
  })

  it('should give local strings in summer time after the March change', () => {
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2027-03-27T12:00:00Z') })

    expect([formatDeliverySpan(delivery), formatStockholmDateTime(delivery.stopptid)]).toEqual([
      'måndag 29 mars 08:00–10:00',
      '2027-03-28 12:00',
    ])
  })

  it('should give the Monday after once the March-change stopptid has passed', () => {
    // 2027-03-28 12:01 in Stockholm (CEST).
    const delivery = getNextDelivery({ fonster: mandag, now: new Date('2027-03-28T10:01:00Z') })

    expect(delivery.leveransdatum).toBe('2027-04-05')
  })

  it('should give a delivery on 31 December', () => {
    const delivery = getNextDelivery({
      fonster: { ...mandag, sluttid: '15:00', starttid: '13:00', veckodag: 'torsdag' },
      now: new Date('2026-12-28T08:00:00Z'),
    })

    expect(toIso(delivery)).toEqual({
      end: '2026-12-31T14:00:00.000Z',
      leveransdatum: '2026-12-31',
      start: '2026-12-31T12:00:00.000Z',
      stopptid: '2026-12-30T11:00:00.000Z',
    })
  })

  it('should put the stopptid in the old year for a delivery on 1 January', () => {
    const delivery = getNextDelivery({
      fonster: { ...mandag, stopptidDagarFore: 2, stopptidKlockslag: '10:00', veckodag: 'fredag' },
      now: new Date('2026-12-30T08:59:00Z'),
    })

    expect([toIso(delivery), formatStockholmDateTime(delivery.stopptid)]).toEqual([
      {
        end: '2027-01-01T09:00:00.000Z',
        leveransdatum: '2027-01-01',
        start: '2027-01-01T07:00:00.000Z',
        stopptid: '2026-12-30T09:00:00.000Z',
      },
      '2026-12-30 10:00',
    ])
  })

  it('should move past 1 January once its stopptid in the old year has passed', () => {
    const delivery = getNextDelivery({
      fonster: { ...mandag, stopptidDagarFore: 2, stopptidKlockslag: '10:00', veckodag: 'fredag' },
      now: new Date('2026-12-30T09:00:00Z'),
    })

    expect([delivery.leveransdatum, delivery.stopptid.toISOString()]).toEqual([
      '2027-01-08',
      '2027-01-06T09:00:00.000Z',
    ])
  })

  it('should cross a month end to the first Tuesday of December', () => {
    const delivery = getNextDelivery({
      fonster: { ...mandag, stopptidDagarFore: 2, stopptidKlockslag: '15:00', veckodag: 'tisdag' },
      now: new Date('2026-11-27T12:00:00Z'),
    })

    expect([delivery.leveransdatum, formatStockholmDateTime(delivery.stopptid)]).toEqual([
      '2026-12-01',
      '2026-11-29 15:00',
    ])
  })

  it('should give this Sunday when asked on Thursday before a stopptid three days before', () => {
    // 2026-12-10 (Thursday) 11:00 in Stockholm.
    const delivery = getNextDelivery({
      fonster: { ...mandag, stopptidDagarFore: 3, veckodag: 'sondag' },
      now: new Date('2026-12-10T10:00:00Z'),
    })

    expect(toIso(delivery)).toEqual({
      end: '2026-12-13T09:00:00.000Z',
      leveransdatum: '2026-12-13',
      start: '2026-12-13T07:00:00.000Z',
      stopptid: '2026-12-10T11:00:00.000Z',
    })
  })

  it('should give the Sunday after when asked on Friday after a stopptid three days before', () => {
    // 2026-12-11 (Friday) 09:00 in Stockholm, two days before Sunday 13 December.
    const delivery = getNextDelivery({
      fonster: { ...mandag, stopptidDagarFore: 3, veckodag: 'sondag' },
      now: new Date('2026-12-11T08:00:00Z'),
    })

    expect([delivery.leveransdatum, formatStockholmDateTime(delivery.stopptid)]).toEqual([
      '2026-12-20',
      '2026-12-17 12:00',
    ])
  })

  it('should give today when the stopptid is later the same day', () => {
    // 2026-12-09 (Wednesday) 09:59 in Stockholm.
    const delivery = getNextDelivery({
      fonster: {
        sluttid: '16:00',
        starttid: '14:00',
        stopptidDagarFore: 0,
        stopptidKlockslag: '10:00',
        veckodag: 'onsdag',
      },
      now: new Date('2026-12-09T08:59:00Z'),
    })

    expect(toIso(delivery)).toEqual({
      end: '2026-12-09T15:00:00.000Z',
      leveransdatum: '2026-12-09',
      start: '2026-12-09T13:00:00.000Z',
      stopptid: '2026-12-09T09:00:00.000Z',
    })
  })

  it('should give next week when a same-day stopptid has passed', () => {
    // 2026-12-09 (Wednesday) 10:00 in Stockholm.
    const delivery = getNextDelivery({
      fonster: {
        sluttid: '16:00',
        starttid: '14:00',
        stopptidDagarFore: 0,
        stopptidKlockslag: '10:00',
        veckodag: 'onsdag',
      },
      now: new Date('2026-12-09T09:00:00Z'),
    })

    expect(delivery.leveransdatum).toBe('2026-12-16')
  })

  it('should still give today when the window has started but its stopptid has not passed', () => {
    // 2026-12-09 (Wednesday) 09:00 in Stockholm; the window opened at 08:00, orders close at 10:00.
    const delivery = getNextDelivery({
      fonster: {
        sluttid: '12:00',
        starttid: '08:00',
        stopptidDagarFore: 0,
        stopptidKlockslag: '10:00',
        veckodag: 'onsdag',
      },
      now: new Date('2026-12-09T08:00:00Z'),
    })

    expect(toIso(delivery)).toEqual({
      end: '2026-12-09T11:00:00.000Z',
      leveransdatum: '2026-12-09',
      start: '2026-12-09T07:00:00.000Z',
      stopptid: '2026-12-09T09:00:00.000Z',
    })
  })

  it('should give the delivery after a long lead time', () => {
    // 2026-12-06 (Sunday) 12:00 in Stockholm; 10 days before Wednesday 16 Dec is Sunday 6 Dec.
    const delivery = getNextDelivery({
      fonster: { ...mandag, stopptidDagarFore: 10, stopptidKlockslag: '13:00', veckodag: 'onsdag' },
      now: new Date('2026-12-06T11:00:00Z'),
    })

    expect([delivery.leveransdatum, formatStockholmDateTime(delivery.stopptid)]).toEqual([
      '2026-12-16',
      '2026-12-06 13:00',
    ])
  })
})

describe('getNextDeliveryOf', () => {
  const fonster: LeveransfonsterTider[] = [
    { ...mandag, veckodag: 'fredag' },
    { ...mandag, veckodag: 'tisdag' },
    mandag,
  ]

  it('should pick the earliest delivery among several windows', () => {
    // 2026-12-07 (Monday) 11:00 in Stockholm: Tuesday 8 Dec is still open until 12:00 today.
    const delivery = getNextDeliveryOf({ fonster, now: new Date('2026-12-07T10:00:00Z') })

    expect(delivery && { ...toIso(delivery), index: delivery.index }).toEqual({
      end: '2026-12-08T09:00:00.000Z',
      index: 1,
      leveransdatum: '2026-12-08',
      start: '2026-12-08T07:00:00.000Z',
      stopptid: '2026-12-07T11:00:00.000Z',
    })
  })

  it('should pick the next window once the earliest one has closed', () => {
    // 2026-12-07 (Monday) 12:30 in Stockholm: Tuesday has closed, Friday 11 Dec is next.
    const delivery = getNextDeliveryOf({ fonster, now: new Date('2026-12-07T11:30:00Z') })

    expect(delivery && [delivery.index, delivery.leveransdatum]).toEqual([0, '2026-12-11'])
  })

  it('should give null for no windows', () => {
    expect(getNextDeliveryOf({ fonster: [], now: new Date('2026-12-07T10:00:00Z') })).toBeNull()
  })
})
