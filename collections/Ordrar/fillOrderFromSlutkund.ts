import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { Forbidden, ValidationError } from 'payload'

import type { Bestallare, Leveransfonster, Order, Slutkund } from '../../src/payload-types'

import { getIntegrationScope } from '../../src/auth/getIntegrationScope'
import { getUserScope } from '../../src/auth/getUserScope'
import { rememberLeveransfonster } from '../../src/db/findLeveransfonsterOf'
import { findSlutkundByID } from '../../src/db/findSlutkundByID'
import { getID } from '../../src/db/getID'
import { DeliveryError } from '../../src/delivery/DeliveryError'
import { getDeliveryForDate } from '../../src/delivery/getDeliveryForDate'
import { getVeckodagOfDatum } from '../../src/delivery/stockholmTime'
import { getRequestMessage } from './orderMessages'
import { toLeveransdatum, toStoredLeveransdatum } from './toLeveransdatum'

const refuse = ({
  key,
  path,
  req,
}: {
  key: Parameters<typeof getRequestMessage>[0]['key']
  path: string
  req: PayloadRequest
}) =>
  new ValidationError({
    collection: 'ordrar',
    errors: [{ message: getRequestMessage({ key, req }), path }],
    req,
  })

/** The order's slutkund, unless it is unknown or in the trash. */
const loadSlutkund = async ({ id, req }: { id: number | string; req: PayloadRequest }) => {
  const slutkund = await findSlutkundByID({ id, req })
  return slutkund && !slutkund.deletedAt ? slutkund : null
}

/** An integration acts only for its konton; the caller's own konto field is never read. */
const assertCallerActsForKonto = ({
  kontoID,
  req,
}: {
  kontoID: number | string | null
  req: PayloadRequest
}) => {
  const integration = getIntegrationScope(req.user)
  if (!integration || integration.kontoIDs.length === 0) {
    return
  }
  if (kontoID === null || !integration.kontoIDs.map(String).includes(String(kontoID))) {
    throw new Forbidden(req.t)
  }
}

const assertBestallareSeesSlutkund = async ({
  bestallareID,
  req,
  slutkund,
}: {
  bestallareID: number | string
  req: PayloadRequest
  slutkund: Slutkund
}) => {
  const user = await req.payload
    .findByID({
      collection: 'bestallare',
      depth: 0,
      disableErrors: true,
      id: bestallareID,
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  const scope = getUserScope(user ? { ...(user as Bestallare), collection: 'bestallare' } : null)
  const kontoID = String(getID(slutkund.konto))
  const isVisible =
    scope.kind === 'support' ||
    (scope.kind === 'administrator' && String(scope.kontoID) === kontoID) ||
    (scope.kind === 'bestallare' &&
      String(scope.kontoID) === kontoID &&
      scope.enhetIDs.map(String).includes(String(getID(slutkund.enhet))))
  if (!isVisible) {
    throw refuse({ key: 'ordrar.bestallareOgiltig', path: 'bestallare', req })
  }
}

const chooseFonster = async ({
  fonsterID,
  leveransdatum,
  req,
  slutkund,
}: {
  fonsterID: number | string | null
  leveransdatum: string
  req: PayloadRequest
  slutkund: Slutkund
}): Promise<Leveransfonster> => {
  const enhetID = getID(slutkund.enhet)
  if (fonsterID !== null) {
    const found = await req.payload.find({
      collection: 'leveransfonster',
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      where: { and: [{ id: { equals: fonsterID } }, { enhet: { equals: enhetID } }] },
    })
    if (found.docs.length === 0) {
      throw refuse({ key: 'ordrar.fonsterFelEnhet', path: 'leveransfonster', req })
    }
    rememberLeveransfonster({ fonster: found.docs[0], req })
    return found.docs[0]
  }

  // Without a window the slutkund's own fixed delivery day on that weekday is meant.
  const found = await req.payload.find({
    collection: 'leveransfonster',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: {
      and: [
        { id: { in: (slutkund.leveransfonster ?? []).map((value) => getID(value)) } },
        { veckodag: { equals: getVeckodagOfDatum(leveransdatum) } },
        { aktiv: { not_equals: false } },
      ],
    },
  })
  if (found.docs.length === 0) {
    throw refuse({ key: 'ordrar.fonsterSaknas', path: 'leveransfonster', req })
  }
  rememberLeveransfonster({ fonster: found.docs[0], req })
  return found.docs[0]
}

const computeDelivery = ({
  fonster,
  leveransdatum,
  req,
}: {
  fonster: Leveransfonster
  leveransdatum: string
  req: PayloadRequest
}) => {
  try {
    return getDeliveryForDate({ fonster, leveransdatum })
  } catch (error) {
    if (error instanceof DeliveryError) {
      throw new ValidationError({
        collection: 'ordrar',
        errors: [
          {
            message: req.i18n?.language === 'en' ? error.messages.en : error.messages.sv,
            path: 'leveransdatum',
          },
        ],
        req,
      })
    }
    throw error
  }
}

/**
 * Konto, enhet, stopptid and the leverans snapshot come from the slutkund and its
 * leveransfönster at the time of the report, never from the caller.
 */
export const fillOrderFromSlutkund: CollectionBeforeChangeHook<Order> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'update') {
    return refreshStopptid({ data, originalDoc, req })
  }

  const slutkundID = getID(data.slutkund)
  if (slutkundID === null) {
    throw refuse({ key: 'ordrar.slutkundSaknas', path: 'slutkund', req })
  }
  const slutkund = await loadSlutkund({ id: slutkundID, req })
  if (!slutkund) {
    throw refuse({ key: 'ordrar.slutkundOkand', path: 'slutkund', req })
  }
  assertCallerActsForKonto({ kontoID: getID(slutkund.konto), req })

  const bestallareID = getID(data.bestallare)
  if (bestallareID !== null) {
    await assertBestallareSeesSlutkund({ bestallareID, req, slutkund })
  }

  const leveransdatum = toLeveransdatum(data.leveransdatum)
  if (leveransdatum === null) {
    throw refuse({ key: 'ordrar.leveransdatumFormat', path: 'leveransdatum', req })
  }
  const fonster = await chooseFonster({
    fonsterID: getID(data.leveransfonster),
    leveransdatum,
    req,
    slutkund,
  })
  const delivery = computeDelivery({ fonster, leveransdatum, req })

  return {
    ...data,
    enhet: getID(slutkund.enhet) as number,
    konto: getID(slutkund.konto) as number,
    leverans: {
      gatuadress: slutkund.gatuadress,
      kommentarChauffor: slutkund.kommentarChauffor ?? null,
      namn: slutkund.namn ?? `${slutkund.fornamn} ${slutkund.efternamn}`,
      ort: slutkund.ort,
      portkod: slutkund.portkod ?? null,
      postnummer: slutkund.postnummer,
    },
    leveransdatum: toStoredLeveransdatum(leveransdatum),
    leveransfonster: fonster.id,
    makuleradAv: null,
    makuleradTid: null,
    senaste: true,
    status: 'mottagen',
    stopptid: delivery.stopptid.toISOString(),
  }
}

/** A moved delivery (new date or window) gets the stopptid of its new delivery. */
const refreshStopptid = async ({
  data,
  originalDoc,
  req,
}: {
  data: Partial<Order>
  originalDoc?: Order
  req: PayloadRequest
}): Promise<Partial<Order>> => {
  if (!originalDoc) {
    return data
  }
  const isDateChanged =
    data.leveransdatum !== undefined &&
    toLeveransdatum(data.leveransdatum) !== toLeveransdatum(originalDoc.leveransdatum)
  const isFonsterChanged =
    data.leveransfonster !== undefined &&
    String(getID(data.leveransfonster)) !== String(getID(originalDoc.leveransfonster))
  if (!isDateChanged && !isFonsterChanged) {
    return { ...data, stopptid: originalDoc.stopptid }
  }

  const leveransdatum = toLeveransdatum(data.leveransdatum ?? originalDoc.leveransdatum)
  if (leveransdatum === null) {
    throw refuse({ key: 'ordrar.leveransdatumFormat', path: 'leveransdatum', req })
  }
  const slutkund = await loadSlutkund({ id: getID(originalDoc.slutkund) as number, req })
  if (!slutkund) {
    throw refuse({ key: 'ordrar.slutkundOkand', path: 'slutkund', req })
  }
  const fonster = await chooseFonster({
    fonsterID: getID(data.leveransfonster ?? originalDoc.leveransfonster),
    leveransdatum,
    req,
    slutkund,
  })
  const delivery = computeDelivery({ fonster, leveransdatum, req })

  return {
    ...data,
    leveransdatum: toStoredLeveransdatum(leveransdatum),
    leveransfonster: fonster.id,
    stopptid: delivery.stopptid.toISOString(),
  }
}
