import type { Konto } from '../payload-types'

import { isTid } from '../delivery/validateTid'

/** When the day-before SMS goes out unless the konto says otherwise (Swedish local time). */
export const defaultDagenForeTid = '17:00'

/** The konto's time of day (`HH:mm`, Europe/Stockholm) for the day-before delivery SMS. */
export const getDagenForeTid = ({
  konto,
}: {
  konto: null | Pick<Konto, 'smsDagenForeTid'> | undefined
}): string => (konto && isTid(konto.smsDagenForeTid) ? konto.smsDagenForeTid : defaultDagenForeTid)
