import type { Delivery, LeveransfonsterTider } from './types'

import { assertLeveransfonsterTider } from './assertLeveransfonsterTider'
import { DeliveryError } from './DeliveryError'
import { addDaysToDatum, getVeckodagOfDatum, toStockholmInstant } from './stockholmTime'
import { veckodagLabels } from './types'

export const getDeliveryForDate = ({
  fonster,
  leveransdatum,
}: {
  fonster: LeveransfonsterTider
  leveransdatum: string
}): Delivery => {
  assertLeveransfonsterTider(fonster)

  const veckodag = getVeckodagOfDatum(leveransdatum)
  if (veckodag !== fonster.veckodag) {
    const actual = veckodagLabels[veckodag]
    const expected = veckodagLabels[fonster.veckodag]
    throw new DeliveryError({
      code: 'wrong-veckodag',
      messages: {
        en:
          `Delivery date ${leveransdatum} is a ${actual.en}, ` +
          `but the delivery window is on ${expected.en}.`,
        sv:
          `Leveransdatum ${leveransdatum} är en ${actual.sv.toLowerCase()}, ` +
          `men leveransfönstret gäller ${expected.sv.toLowerCase()}.`,
      },
    })
  }

  const stopptidDatum = addDaysToDatum({ datum: leveransdatum, days: -fonster.stopptidDagarFore })

  return {
    end: toStockholmInstant({ datum: leveransdatum, tid: fonster.sluttid }),
    leveransdatum,
    start: toStockholmInstant({ datum: leveransdatum, tid: fonster.starttid }),
    stopptid: toStockholmInstant({ datum: stopptidDatum, tid: fonster.stopptidKlockslag }),
  }
}
