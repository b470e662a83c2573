import type { Bestallare } from '../payload-types'

export const roller = ['support', 'administrator', 'bestallare'] as const

export type Roll = (typeof roller)[number]

export const rollLabels: Record<Roll, { en: string; sv: string }> = {
  administrator: { en: 'Administrator', sv: 'Administratör' },
  bestallare: { en: 'Orderer', sv: 'Beställare' },
  support: { en: 'Business support', sv: 'Företagssupport' },
}

type MaybeUser = null | undefined | { collection?: string } | Bestallare

/** Integrations authenticate against their own collection and are never portal users. */
export const asPortalUser = (user: MaybeUser): Bestallare | null => {
  if (!user || (user as { collection?: string }).collection !== 'bestallare') {
    return null
  }
  return user as Bestallare
}

export const isSupport = (user: MaybeUser): boolean => asPortalUser(user)?.roll === 'support'

export const isAdministrator = (user: MaybeUser): boolean =>
  asPortalUser(user)?.roll === 'administrator'

export const isBestallare = (user: MaybeUser): boolean => asPortalUser(user)?.roll === 'bestallare'
