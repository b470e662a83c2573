import type { DocumentViewServerProps } from 'payload'

import { Gutter } from '@payloadcms/ui'

import { formatStockholmDateTime } from '../delivery/stockholmTime'
import { utskickMallar, utskickStatusar } from '../messages/utskickTypes'

const labelOf = (options: readonly { label: { sv: string }; value: string }[], value: string) =>
  options.find((option) => option.value === value)?.label.sv ?? value

const formatTid = (value: null | string | undefined): string =>
  value ? formatStockholmDateTime(new Date(value)) : '–'

/**
 * The "Meddelanden" tab of a slutkund: its SMS and e-mail log, read with the user's own
 * access so that nobody sees more of the log than the rules allow.
 */
export const SlutkundMeddelanden = async ({ doc, initPageResult }: DocumentViewServerProps) => {
  const { req } = initPageResult
  const { docs } = await req.payload.find({
    collection: 'utskick',
    depth: 0,
    limit: 200,
    overrideAccess: false,
    req,
    sort: '-createdAt',
    user: req.user,
    where: { slutkund: { equals: doc?.id } },
  })

  return (
    <Gutter>
      <h2>Meddelanden</h2>
      {docs.length === 0 ? (
        <p>Inga SMS eller e-postmeddelanden har planerats eller skickats till slutkunden.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>Typ</th>
              <th>Mottagare</th>
              <th>Planerad</th>
              <th>Skickad</th>
              <th>Status</th>
              <th>Text</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((utskick) => (
              <tr key={utskick.id}>
                <td>
                  {utskick.kanal === 'sms' ? 'SMS' : 'E-post'}:{' '}
                  {labelOf(utskickMallar, utskick.mall)}
                </td>
                <td>{utskick.mottagare}</td>
                <td>{formatTid(utskick.planeradTid)}</td>
                <td>{formatTid(utskick.skickadTid)}</td>
                <td>
                  {labelOf(utskickStatusar, utskick.status)}
                  {utskick.fel ? ` – ${utskick.fel}` : ''}
                </td>
                <td>{utskick.innehall}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Gutter>
  )
}
