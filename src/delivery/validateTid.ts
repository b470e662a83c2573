import { DeliveryError } from './DeliveryError'

const tidPattern = /^([01]\d|2[0-3]):[0-5]\d$/

export const isTid = (value: unknown): value is string =>
  typeof value === 'string' && tidPattern.test(value)

export const assertTid = (tid: string): void => {
  if (!isTid(tid)) {
    throw new DeliveryError({
      code: 'invalid-tid',
      messages: {
        en: `Invalid time "${tid}": use HH:mm between 00:00 and 23:59.`,
        sv: `Ogiltig tid "${tid}": ange TT:MM mellan 00:00 och 23:59.`,
      },
    })
  }
}
