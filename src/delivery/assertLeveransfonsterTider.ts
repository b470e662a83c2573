import type { LeveransfonsterTider } from './types'

import { DeliveryError } from './DeliveryError'
import { veckodagar } from './types'
import { assertTid } from './validateTid'

export const assertLeveransfonsterTider = (fonster: LeveransfonsterTider): void => {
  if (!(veckodagar as readonly string[]).includes(fonster.veckodag)) {
    throw new DeliveryError({
      code: 'invalid-veckodag',
      messages: {
        en: `Unknown weekday "${fonster.veckodag}".`,
        sv: `Okänd veckodag "${fonster.veckodag}".`,
      },
    })
  }

  assertTid(fonster.starttid)
  assertTid(fonster.sluttid)
  assertTid(fonster.stopptidKlockslag)

  // 'HH:mm' strings compare in clock order; a window never runs past midnight.
  if (fonster.sluttid <= fonster.starttid) {
    throw new DeliveryError({
      code: 'sluttid-not-after-starttid',
      messages: {
        en: `End time ${fonster.sluttid} must be after start time ${fonster.starttid}.`,
        sv: `Sluttid ${fonster.sluttid} måste vara efter starttid ${fonster.starttid}.`,
      },
    })
  }

  const dagarFore = fonster.stopptidDagarFore
  if (!Number.isInteger(dagarFore) || dagarFore < 0) {
    throw new DeliveryError({
      code: 'invalid-stopptidDagarFore',
      messages: {
        en: `Cut-off days before delivery must be a whole number, 0 or more (got ${dagarFore}).`,
        sv: `Stopptid dagar före måste vara ett heltal, 0 eller större (fick ${dagarFore}).`,
      },
    })
  }
}
