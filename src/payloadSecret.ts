const developmentSecret = 'ombudshandel-development-secret-change-me'

/**
 * The secret signs sessions, reset links and Handla hand-offs. A production server must
 * never run on the development value that is in this repository; `next build` may.
 */
export const getPayloadSecret = (): string => {
  const secret = process.env.PAYLOAD_SECRET
  if (secret) {
    return secret
  }
  const isProductionServer =
    process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'
  if (isProductionServer) {
    throw new Error('PAYLOAD_SECRET must be set when the portal runs in production.')
  }
  return developmentSecret
}
