import type { Condition, FieldAccess, FieldHook, JSONField, Option, PayloadRequest } from 'payload'

import type { KontoInstallningar } from '../../src/konto/kontoInstallningar'

import { getUserScope } from '../../src/auth/getUserScope'
import { getID } from '../../src/db/getID'
import { getKonto } from '../../src/konto/getKonto'
import { toKontoInstallningar } from '../../src/konto/kontoInstallningar'

type WithInstallningar = { kontoInstallningar?: KontoInstallningar | null } | undefined

const getInstallningar = (data: unknown): KontoInstallningar | null =>
  (data as WithInstallningar)?.kontoInstallningar ?? null

/**
 * The konto's settings carried on the document for the form, which decides synchronously
 * what to show. A new slutkund starts from the user's own konto; support, who has none,
 * sees every option and the server refuses what the chosen enhet's konto does not offer.
 */
export const kontoInstallningarField: JSONField = {
  name: 'kontoInstallningar',
  type: 'json',
  access: { create: () => false, update: () => false },
  admin: { hidden: true },
  defaultValue: async ({ req, user }) => {
    const scope = getUserScope(user)
    if (scope.kind !== 'administrator' && scope.kind !== 'bestallare') {
      return null
    }
    return toKontoInstallningar(await getKonto({ id: scope.kontoID, req }))
  },
  hooks: {
    afterRead: [
      async ({ data, req }) => {
        const kontoID = getID((data as { konto?: number | string } | undefined)?.konto)
        return kontoID === null ? null : toKontoInstallningar(await getKonto({ id: kontoID, req }))
      },
    ],
  },
  label: { en: 'Account settings', sv: 'Kontots inställningar' },
  virtual: true,
}

/** Only the betalsätt of the konto's agreement are offered (the API refuses the others). */
export const filterBetalsattOfKonto = ({
  data,
  options,
}: {
  data: unknown
  options: Option[]
}): Option[] => {
  const installningar = getInstallningar(data)
  if (!installningar) {
    return options
  }
  return options.filter((option) =>
    installningar.betalsatt.includes(
      (typeof option === 'string'
        ? option
        : option.value) as KontoInstallningar['betalsatt'][number],
    ),
  )
}

export const isKanHandlaSjalvShown: Condition = (data) =>
  getInstallningar(data)?.anvanderKanHandlaSjalv !== false

/** A konto that does not use "Kan handla själv" never shows it as set, whatever was stored. */
export const readKanHandlaSjalvByKonto: FieldHook = async ({ data, req, value }) => {
  const kontoID = getID((data as { konto?: number | string } | undefined)?.konto)
  if (kontoID === null) {
    return value
  }
  const konto = await getKonto({ id: kontoID, req })
  return konto?.anvanderKanHandlaSjalv ? value : false
}

/** Where the konto says so, a beställare neither reads nor writes the invoice recipient. */
export const canUserSeeFaktura = async (req: PayloadRequest): Promise<boolean> => {
  const scope = getUserScope(req.user)
  if (scope.kind !== 'bestallare') {
    return true
  }
  const konto = await getKonto({ id: scope.kontoID, req })
  return konto?.bestallareSerFaktura !== false
}

export const canSeeFaktura: FieldAccess = ({ req }) => canUserSeeFaktura(req)
