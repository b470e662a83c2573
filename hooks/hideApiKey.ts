import type { CollectionAfterReadHook } from 'payload'

const secretKeys = ['apiKey', 'apiKeyIndex', 'enableAPIKey'] as const

/**
 * An integration's key is shown once, to whoever sets it, and never read back: Payload
 * already withholds `apiKey` and `apiKeyIndex`; `enableAPIKey` would still tell an attacker
 * which clients are worth a try. `hasAPIKey` stays for support's overview.
 */
export const hideApiKey: CollectionAfterReadHook = ({ doc }) => {
  const visible = { ...doc }
  for (const key of secretKeys) {
    delete visible[key]
  }
  return visible
}
