import { describe, expect, it } from 'vitest'

import type { LeveransfonsterTider } from '../delivery/types'

import { getNextDeliveryOf } from '../delivery/getNextDelivery'
import { createNextDeliveryOf } from './startPageRows'

const mandag: LeveransfonsterTider = {
  sluttid: '13:00',
  starttid: '10:00',
  stopptidDagarFore: 1,
  stopptidKlockslag: '12:00',
  veckodag: 'mandag',
}
const torsdag: LeveransfonsterTider = { ...mandag, stopptidDagarFore: 0, veckodag: 'torsdag' }
// Same start as mandag, other end and stopptid: on a tie the first fönster wins.
const mandagSent: LeveransfonsterTider = { ...mandag, sluttid: '15:00', stopptidKlockslag: '08:00' }

describe('createNextDeliveryOf', () => {
  it('should give what getNextDeliveryOf gives, for every combination and moment', () => {
    const moments = [
      '2030-01-05T10:00:00.000Z',
      '2030-01-06T11:30:00.000Z',
      '2030-03-30T23:00:00.000Z',
    ]
    const combinations = [
      [],
      [mandag],
      [torsdag, mandag],
      [mandag, mandagSent],
      [mandagSent, mandag],
    ]

    const withoutIndex = (delivery: ReturnType<typeof getNextDeliveryOf>) =>
      delivery && {
        end: delivery.end,
        leveransdatum: delivery.leveransdatum,
        start: delivery.start,
        stopptid: delivery.stopptid,
      }
    const cached = moments.map((moment) => {
      const nextDeliveryOf = createNextDeliveryOf(new Date(moment))
      return combinations.map((fonster) => nextDeliveryOf(fonster))
    })

    expect(cached).toEqual(
      moments.map((moment) =>
        combinations.map((fonster) =>
          withoutIndex(getNextDeliveryOf({ fonster, now: new Date(moment) })),
        ),
      ),
    )
  })
})
