import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { Leveransfonster, Order } from '../../payload-types'

import { isActiveStatus } from '../../../collections/Ordrar/enforceStatusFlow'
import { toLeveransdatum } from '../../../collections/Ordrar/toLeveransdatum'
import { getID } from '../../db/getID'
import { getDeliveryForDate } from '../../delivery/getDeliveryForDate'
import { formatDeliverySpan, formatStockholmDateTime } from '../../delivery/stockholmTime'
import { supportContact } from '../../konto/defaults'
import { getStatusLabel } from '../StartPage/labels'
import { MakuleraButton } from './MakuleraButton'
import './Bestallningar.css'

const orderLimit = 100

const describeDelivery = ({
  fonster,
  order,
}: {
  fonster: Leveransfonster | undefined
  order: Order
}): string => {
  const leveransdatum = toLeveransdatum(order.leveransdatum)
  if (!leveransdatum) {
    return ''
  }
  if (!fonster) {
    return leveransdatum
  }
  try {
    return formatDeliverySpan(getDeliveryForDate({ fonster, leveransdatum }))
  } catch {
    // A window edited after the order was placed may no longer match its date.
    return leveransdatum
  }
}

const formatBelopp = (belopp: null | number | undefined): string =>
  typeof belopp === 'number'
    ? new Intl.NumberFormat('sv-SE', { currency: 'SEK', style: 'currency' }).format(belopp)
    : '–'

/** The slutkund's "Beställningar" tab: its orders, newest first, each with Makulera. */
export const BestallningarTab = async ({ doc, initPageResult }: DocumentViewServerProps) => {
  const { req } = initPageResult
  const { payload } = req
  const apiRoute = payload.config.routes.api
  const slutkundID = doc?.id as number | undefined

  const orders = slutkundID
    ? await payload.find({
        collection: 'ordrar',
        depth: 0,
        limit: orderLimit,
        overrideAccess: false,
        sort: '-createdAt',
        user: req.user,
        where: { slutkund: { equals: slutkundID } },
      })
    : null
  const fonsterIDs = [
    ...new Set((orders?.docs ?? []).map((order) => getID(order.leveransfonster))),
  ].filter((id) => id !== null)
  const fonster =
    fonsterIDs.length > 0
      ? await payload.find({
          collection: 'leveransfonster',
          depth: 0,
          overrideAccess: false,
          pagination: false,
          user: req.user,
          where: { id: { in: fonsterIDs } },
        })
      : null
  const fonsterByID = new Map((fonster?.docs ?? []).map((item) => [String(item.id), item]))

  return (
    <Gutter className="bestallningar">
      <h2>Beställningar</h2>
      <p>
        En order kan makuleras fram till stopptiden. Efter stopptiden: ring Coop Företagssupport på{' '}
        <a href={`tel:${supportContact.phone.replace(/[^0-9+]/g, '')}`}>{supportContact.phone}</a> (
        {supportContact.hours}).
      </p>
      {orders && orders.docs.length > 0 ? (
        <table className="bestallningar__table">
          <caption className="visually-hidden">Slutkundens beställningar, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Ordernummer</th>
              <th scope="col">Lagd</th>
              <th scope="col">Leverans</th>
              <th scope="col">Stopptid</th>
              <th scope="col">Status</th>
              <th scope="col">Belopp</th>
              <th scope="col">Åtgärd</th>
            </tr>
          </thead>
          <tbody>
            {orders.docs.map((order) => (
              <tr key={order.id}>
                <th scope="row">{order.ordernummer}</th>
                <td>{formatStockholmDateTime(new Date(order.createdAt))}</td>
                <td>
                  {describeDelivery({
                    fonster: fonsterByID.get(String(getID(order.leveransfonster))),
                    order,
                  })}
                </td>
                <td>{formatStockholmDateTime(new Date(order.stopptid))}</td>
                <td>
                  {getStatusLabel(order.status)}
                  {order.status === 'makulerad' && order.makuleradTid && (
                    <span className="bestallningar__muted">
                      {formatStockholmDateTime(new Date(order.makuleradTid))}
                    </span>
                  )}
                </td>
                <td>{formatBelopp(order.belopp)}</td>
                <td>
                  {isActiveStatus(order.status) ? (
                    <MakuleraButton
                      apiRoute={apiRoute}
                      orderID={order.id}
                      ordernummer={order.ordernummer}
                    />
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Slutkunden har inga beställningar ännu.</p>
      )}
    </Gutter>
  )
}
