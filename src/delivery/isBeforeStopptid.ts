import { DeliveryError } from './DeliveryError'

// Without an explicit offset a string would be read in the server's own time zone.
const isoWithOffsetPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

const toStopptidMs = (stopptid: Date | string): number => {
  const ms =
    typeof stopptid === 'string'
      ? isoWithOffsetPattern.test(stopptid)
        ? Date.parse(stopptid)
        : Number.NaN
      : stopptid.getTime()
  if (Number.isNaN(ms)) {
    throw new DeliveryError({
      code: 'invalid-stopptid',
      messages: {
        en: `Invalid cut-off "${String(stopptid)}": use an ISO 8601 date-time with a time zone.`,
        sv:
          `Ogiltig stopptid "${String(stopptid)}": ` +
          'ange datum och tid enligt ISO 8601 med tidszon.',
      },
    })
  }

  return ms
}

export const isBeforeStopptid = ({
  now,
  stopptid,
}: {
  now: Date
  stopptid: Date | string
}): boolean => now.getTime() < toStopptidMs(stopptid)
