import type { Endpoint, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'
import { addDataAndFileToRequest, createOperation, Forbidden } from 'payload'

import type { PortalMessageKey } from '../../src/i18n/portalMessages'
import type { Order } from '../../src/payload-types'

import { integrationOrSupport } from '../../access/integrationOrSupport'
import { getID } from '../../src/db/getID'
import { runExclusive } from '../../src/handla/runExclusive'
import { getRequestMessage } from './orderMessages'

const findByOrdernummer = async ({
  ordernummer,
  req,
}: {
  ordernummer: string
  req: PayloadRequest
}): Promise<null | Order> => {
  const found = await req.payload.find({
    collection: 'ordrar',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { ordernummer: { equals: ordernummer } },
  })
  return found.docs[0] ?? null
}

const conflict = ({ key, req }: { key: PortalMessageKey; req: PayloadRequest }): Response =>
  Response.json({ errors: [{ message: getRequestMessage({ key, req }) }] }, { status: 409 })

const parseDepth = (value: unknown): number | undefined => {
  const depth = Number(value)
  return Number.isInteger(depth) && depth >= 0 ? depth : undefined
}

/** The same report again: the order already made, as the caller may see it, with 200. */
const answerExisting = async ({
  existing,
  req,
}: {
  existing: Order
  req: PayloadRequest
}): Promise<Response> => {
  const requestedSlutkund = getID(req.data?.slutkund)
  if (
    requestedSlutkund !== null &&
    String(requestedSlutkund) !== String(getID(existing.slutkund))
  ) {
    return conflict({ key: 'ordrar.ordernummerAnnanSlutkund', req })
  }

  const visible = await req.payload.find({
    collection: 'ordrar',
    depth: parseDepth(req.query?.depth) ?? 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user: req.user,
    where: { id: { equals: existing.id } },
  })
  if (visible.docs.length === 0) {
    return conflict({ key: 'ordrar.ordernummerUpptaget', req })
  }
  return Response.json(
    { doc: visible.docs[0], message: getRequestMessage({ key: 'ordrar.finnsRedan', req }) },
    { status: 200 },
  )
}

/**
 * `POST /api/ordrar`, idempotent on `ordernummer`: a new order answers 201, the same report
 * again (also two at once) answers 200 with the order that already exists.
 */
export const createOrderEndpoint: Endpoint = {
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    if (!(await integrationOrSupport({ data: req.data, req }))) {
      throw new Forbidden(req.t)
    }

    const ordernummer = typeof req.data?.ordernummer === 'string' ? req.data.ordernummer.trim() : ''
    const create = async (): Promise<Response> => {
      const doc = await createOperation({
        collection: req.payload.collections.ordrar,
        data: { ...req.data, ordernummer } as Order,
        // Ids, not populated documents, unless the caller asks for `?depth=`: an integration
        // needs the order's id and status, and the answer is the same shape as for a repeat.
        depth: parseDepth(req.query?.depth) ?? 0,
        req,
      })
      return Response.json(
        {
          doc,
          message: req.t('general:successfullyCreated', {
            label: getTranslation(req.payload.collections.ordrar.config.labels.singular, req.i18n),
          }),
        },
        { status: 201 },
      )
    }
    if (!ordernummer) {
      return create()
    }

    return runExclusive({
      key: `ordrar:${ordernummer}`,
      task: async () => {
        const existing = await findByOrdernummer({ ordernummer, req })
        if (existing) {
          return answerExisting({ existing, req })
        }

        try {
          return await create()
        } catch (error) {
          // Another server process may have stored the same report first: the unique index
          // refused ours, and the caller gets that order instead.
          const stored = await findByOrdernummer({ ordernummer, req })
          if (stored) {
            req.payload.logger.warn({ msg: 'Samtidig orderrapport slogs ihop', orderID: stored.id })
            return answerExisting({ existing: stored, req })
          }
          throw error
        }
      },
    })
  },
  method: 'post',
  path: '/',
}
