import { randomBytes } from 'node:crypto'

import type { RedeemedHandoff } from '../../../handla/redeemHandoff'

export type DemoSession = {
  createdAt: number
  details: RedeemedHandoff
  error: null | string
  ordernummer: null | string
}

const sessionLifetimeMs = 60 * 60 * 1000

// Kept on globalThis so that a development reload of this module keeps open sessions.
const store = ((
  globalThis as { demoButikSessions?: Map<string, DemoSession> }
).demoButikSessions ??= new Map<string, DemoSession>())

/**
 * The stand-in shop's own memory of whom it shops for, as a real shop would keep a session
 * after redeeming a hand-off. In memory and short-lived: it is a demo, not a store.
 */
export const createDemoSession = (details: RedeemedHandoff): string => {
  const now = Date.now()
  for (const [id, session] of store) {
    if (now - session.createdAt > sessionLifetimeMs) {
      store.delete(id)
    }
  }
  const id = randomBytes(16).toString('base64url')
  store.set(id, { createdAt: now, details, error: null, ordernummer: null })
  return id
}

export const getDemoSession = (id: unknown): DemoSession | null => {
  if (typeof id !== 'string') {
    return null
  }
  const session = store.get(id)
  return session && Date.now() - session.createdAt <= sessionLifetimeMs ? session : null
}
