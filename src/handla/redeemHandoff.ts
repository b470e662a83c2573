import type { Payload, TypedUser } from 'payload'

import type { PortalMessageKey } from '../i18n/portalMessages'
import type { Bestallare, Enhet, Konto, Overlamning, Slutkund } from '../payload-types'

import { getIntegrationScope } from '../auth/getIntegrationScope'
import { getID } from '../db/getID'
import { formatDeliverySpan } from '../delivery/stockholmTime'
import { getSlutkundDelivery } from './getSlutkundDelivery'
import { runExclusive } from './runExclusive'
import { hashHandoffToken } from './tokens'

export type RedeemedHandoff = {
  bestallare: { email: string; id: number; namn: string }
  enhet: { id: number; namn: string }
  konto: { id: number; namn: string }
  leverans: null | {
    beskrivning: string
    end: string
    leveransdatum: string
    leveransfonster: number
    start: string
    stopptid: string
  }
  overlamning: { giltigTill: string; inlostTid: string }
  slutkund: {
    betalsatt: Slutkund['betalsatt']
    digitalNyckel: boolean
    efternamn: string
    epost: null | string
    fornamn: string
    gatuadress: string
    id: number
    kommentarBestallare: null | string
    kommentarChauffor: null | string
    kopiaOrderbekraftelse: string[]
    medmeraId: null | string
    mobilnummer: null | string
    namn: string
    ort: string
    portkod: null | string
    postnummer: string
    smsNummer: string
    telefonnummer: null | string
    upplockningshjalp: boolean
  }
}

export type RedeemResult =
  | { kind: 'redeemed'; result: RedeemedHandoff }
  | { kind: 'refused'; messageKey: PortalMessageKey; status: 400 | 403 | 404 | 410 }

const refused = (messageKey: PortalMessageKey, status: 400 | 403 | 404 | 410): RedeemResult => ({
  kind: 'refused',
  messageKey,
  status,
})

const findHandoff = async ({ payload, tokenHash }: { payload: Payload; tokenHash: string }) => {
  const { docs } = await payload.find({
    collection: 'overlamningar',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { tokenHash: { equals: tokenHash } },
  })
  return (docs[0] as Overlamning | undefined) ?? null
}

const describe = async ({
  handoff,
  now,
  payload,
}: {
  handoff: Overlamning
  now: Date
  payload: Payload
}): Promise<null | RedeemedHandoff> => {
  const slutkund = (await payload
    .findByID({
      collection: 'slutkunder',
      depth: 0,
      disableErrors: true,
      id: getID(handoff.slutkund) as number,
      overrideAccess: true,
    })
    .catch(() => null)) as null | Slutkund
  if (!slutkund) {
    return null
  }
  const [bestallare, enhet, konto, delivery] = await Promise.all([
    payload.findByID({
      collection: 'bestallare',
      depth: 0,
      id: getID(handoff.bestallare) as number,
      overrideAccess: true,
    }) as Promise<Bestallare>,
    payload.findByID({
      collection: 'enheter',
      depth: 0,
      id: getID(slutkund.enhet) as number,
      overrideAccess: true,
    }) as Promise<Enhet>,
    payload.findByID({
      collection: 'konton',
      depth: 0,
      id: getID(slutkund.konto) as number,
      overrideAccess: true,
    }) as Promise<Konto>,
    getSlutkundDelivery({ now, payload, slutkund }),
  ])

  return {
    bestallare: {
      email: bestallare.email,
      id: bestallare.id,
      namn: `${bestallare.fornamn} ${bestallare.efternamn}`,
    },
    enhet: { id: enhet.id, namn: enhet.namn },
    konto: { id: konto.id, namn: konto.namn },
    leverans: delivery && {
      beskrivning: formatDeliverySpan(delivery),
      end: delivery.end.toISOString(),
      leveransdatum: delivery.leveransdatum,
      leveransfonster: delivery.fonster.id,
      start: delivery.start.toISOString(),
      stopptid: delivery.stopptid.toISOString(),
    },
    overlamning: { giltigTill: handoff.giltigTill, inlostTid: now.toISOString() },
    slutkund: {
      betalsatt: slutkund.betalsatt,
      digitalNyckel: Boolean(slutkund.digitalNyckel),
      efternamn: slutkund.efternamn,
      epost: slutkund.epost ?? null,
      fornamn: slutkund.fornamn,
      gatuadress: slutkund.gatuadress,
      id: slutkund.id,
      kommentarBestallare: slutkund.kommentarBestallare ?? null,
      kommentarChauffor: slutkund.kommentarChauffor ?? null,
      kopiaOrderbekraftelse: (slutkund.kopiaOrderbekraftelse ?? []).map(({ epost }) => epost),
      medmeraId: slutkund.medmeraId ?? null,
      mobilnummer: slutkund.mobilnummer ?? null,
      namn: slutkund.namn ?? `${slutkund.fornamn} ${slutkund.efternamn}`,
      ort: slutkund.ort,
      portkod: slutkund.portkod ?? null,
      postnummer: slutkund.postnummer,
      smsNummer: slutkund.smsNummer,
      telefonnummer: slutkund.telefonnummer ?? null,
      upplockningshjalp: Boolean(slutkund.upplockningshjalp),
    },
  }
}

/**
 * Turns a hand-off into the slutkund's delivery details for a `butik` integration acting
 * for that konto. It works once, before `giltigTill`; refusals leave it untouched.
 */
export const redeemHandoff = async ({
  now,
  payload,
  token,
  user,
}: {
  now: Date
  payload: Payload
  token: unknown
  user: null | TypedUser
}): Promise<RedeemResult> => {
  const integration = getIntegrationScope(user)
  if (!integration || integration.typ !== 'butik') {
    return refused('overlamning.endastButik', 403)
  }
  if (typeof token !== 'string' || token.length === 0) {
    return refused('overlamning.saknas', 400)
  }

  const tokenHash = hashHandoffToken({ secret: payload.secret, token })
  return runExclusive({
    key: `overlamning:${tokenHash}`,
    task: async () => {
      const handoff = await findHandoff({ payload, tokenHash })
      if (!handoff) {
        return refused('overlamning.okand', 404)
      }
      if (handoff.inlostTid) {
        return refused('overlamning.anvand', 410)
      }
      if (new Date(handoff.giltigTill).getTime() <= now.getTime()) {
        return refused('overlamning.utgangen', 410)
      }
      const kontoID = String(getID(handoff.konto))
      if (integration.kontoIDs.length > 0 && !integration.kontoIDs.map(String).includes(kontoID)) {
        return refused('overlamning.annatKonto', 403)
      }

      await payload.update({
        collection: 'overlamningar',
        data: { inlostAv: (user as { id: number }).id, inlostTid: now.toISOString() },
        id: handoff.id,
        overrideAccess: true,
      })
      const result = await describe({ handoff, now, payload })
      if (!result) {
        return refused('ordrar.slutkundOkand', 404)
      }
      payload.logger.info({ handoffID: handoff.id, msg: 'Överlämning inlöst' })
      return { kind: 'redeemed', result }
    },
  })
}
