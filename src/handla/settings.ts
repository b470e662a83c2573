import { getServerURL } from '../serverURL'

export const handoffLifetimeMs = 10 * 60 * 1000

export const handoffParameter = 'overlamning'

/** The web shop's base URL; without one the portal's own stand-in shop is used. */
export const getShopURL = (): string =>
  (process.env.SHOP_URL || `${getServerURL()}/demo-butik`).replace(/\/$/, '')

/** The stand-in shop runs in development, and in production only when asked for. */
export const isDemoButikEnabled = (): boolean =>
  process.env.DEMO_BUTIK === 'true' ||
  (process.env.DEMO_BUTIK !== 'false' && process.env.NODE_ENV !== 'production')

export const demoButikNamn = 'Demo-butik'

// A fixed key is acceptable only because the demo integration is created by the demo seed,
// limited to the demo konto; a real shop gets its own key from Företagssupport.
export const getDemoButikApiKey = (): string =>
  process.env.DEMO_BUTIK_API_KEY || 'demo-butik-nyckel-bara-for-lokal-demo-2026'
