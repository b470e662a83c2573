import type { AdminViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import type { StartPageQuery } from '../../startpage/startPageQuery'

import { formatDeliverySpan, formatStockholmDateTime } from '../../delivery/stockholmTime'
import { findVisibleSlutkunder } from '../../startpage/findVisibleSlutkunder'
import {
  parseStartPageQuery,
  startPageSortLabels,
  startPageSorts,
  toStartPageSearch,
} from '../../startpage/startPageQuery'
import { getBetalsattLabel, getStatusLabel } from './labels'
import './StartPage.css'

/** The admin dashboard: the slutkunder the user may shop for, with a Handla button each. */
export const StartPage = async ({ initPageResult, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  const query = parseStartPageQuery(
    (searchParams ?? {}) as Record<string, string | string[] | undefined>,
  )
  const data = req.user
    ? await findVisibleSlutkunder({ now: new Date(), payload: req.payload, query, user: req.user })
    : null
  const pageLink = (changes: Partial<StartPageQuery>) =>
    `${adminRoute}${toStartPageSearch({ ...query, ...changes })}`

  return (
    <Gutter className="start-page">
      <h1>Slutkunder</h1>
      <form
        action={adminRoute}
        aria-label="Sök slutkunder"
        className="start-page__filters"
        method="get"
        role="search"
      >
        <div className="start-page__field">
          <label htmlFor="start-enhet">Enhet</label>
          <select defaultValue={query.enhet ?? ''} id="start-enhet" name="enhet">
            <option value="">Alla enheter</option>
            {data?.enheter.map((enhet) => (
              <option key={enhet.id} value={String(enhet.id)}>
                {enhet.namn}
              </option>
            ))}
          </select>
        </div>
        <div className="start-page__field">
          <label htmlFor="start-sok">Sök på namn, adress eller telefon</label>
          <input defaultValue={query.sok} id="start-sok" name="sok" type="search" />
        </div>
        <div className="start-page__field">
          <label htmlFor="start-sortera">Sortera efter</label>
          <select defaultValue={query.sortera} id="start-sortera" name="sortera">
            {startPageSorts.map((sort) => (
              <option key={sort} value={sort}>
                {startPageSortLabels[sort]}
              </option>
            ))}
          </select>
        </div>
        <button className="start-page__submit" type="submit">
          Visa
        </button>
        {(query.enhet || query.sok) && <a href={adminRoute}>Rensa sökningen</a>}
      </form>

      {data && data.rows.length > 0 ? (
        <table className="start-page__table">
          <caption>
            {data.totalDocs === 1 ? '1 slutkund' : `${data.totalDocs} slutkunder`}
            {data.totalPages > 1 ? `, sida ${data.page} av ${data.totalPages}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Namn</th>
              <th scope="col">Enhet</th>
              <th scope="col">Nästa leverans</th>
              <th scope="col">Betalsätt</th>
              <th scope="col">Senaste order</th>
              <th scope="col">
                <span className="visually-hidden">Handla</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={`${adminRoute}/collections/slutkunder/${row.id}`}>{row.namn}</a>
                </th>
                <td>{row.enhet.namn}</td>
                <td>
                  {row.nastaLeverans ? (
                    <>
                      {formatDeliverySpan(row.nastaLeverans)}
                      <span className="start-page__muted">
                        Stopptid {formatStockholmDateTime(row.nastaLeverans.stopptid)}
                      </span>
                    </>
                  ) : (
                    'Ingen leveranstid'
                  )}
                </td>
                <td>{getBetalsattLabel(row.betalsatt)}</td>
                <td>
                  {row.senasteOrder ? (
                    <a href={`${adminRoute}/collections/slutkunder/${row.id}/bestallningar`}>
                      {getStatusLabel(row.senasteOrder.status)}
                      <span className="start-page__muted">
                        Order {row.senasteOrder.ordernummer}
                      </span>
                    </a>
                  ) : (
                    'Ingen order'
                  )}
                </td>
                <td>
                  <a
                    aria-label={`Handla åt ${row.namn}`}
                    className="handla-button"
                    href={`/handla/${row.id}`}
                  >
                    Handla
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>
          {query.enhet || query.sok
            ? 'Inga slutkunder matchar sökningen.'
            : 'Du har inga slutkunder ännu.'}
        </p>
      )}

      {data && data.totalPages > 1 && (
        <nav aria-label="Sidor" className="start-page__paging">
          {data.page > 1 && <a href={pageLink({ sida: data.page - 1 })}>Föregående sida</a>}
          <span aria-current="page">
            Sida {data.page} av {data.totalPages}
          </span>
          {data.page < data.totalPages && (
            <a href={pageLink({ sida: data.page + 1 })}>Nästa sida</a>
          )}
        </nav>
      )}
    </Gutter>
  )
}
