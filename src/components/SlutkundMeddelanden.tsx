import type { DocumentViewServerProps } from 'payload'

import { formatStockholmDateTime } from '../delivery/stockholmTime'
import { utskickMallar, utskickStatusar } from '../messages/utskickTypes'

type Language = 'en' | 'sv'

const texts = {
  en: {
    columns: ['Kind', 'Recipient', 'Planned', 'Sent', 'Outcome', 'Text'],
    empty: 'No SMS or e-mail has been planned or sent for this resident.',
    heading: 'Messages',
    kanal: { epost: 'E-mail', sms: 'SMS' },
  },
  sv: {
    columns: ['Typ', 'Mottagare', 'Planerad', 'Skickad', 'Status', 'Text'],
    empty: 'Inga SMS eller e-postmeddelanden har planerats eller skickats till slutkunden.',
    heading: 'Meddelanden',
    kanal: { epost: 'E-post', sms: 'SMS' },
  },
} as const

const labelOf = (
  options: readonly { label: { en: string; sv: string }; value: string }[],
  value: string,
  language: Language,
) => options.find((option) => option.value === value)?.label[language] ?? value

const formatTid = (value: null | string | undefined): string =>
  value ? formatStockholmDateTime(new Date(value)) : '–'

/**
 * The "Meddelanden" tab of a slutkund: its SMS and e-mail log, read with the user's own
 * access so that nobody sees more of the log than the rules allow.
 */
export const SlutkundMeddelanden = async ({ doc, initPageResult }: DocumentViewServerProps) => {
  const { req } = initPageResult
  const language: Language = req.i18n?.language === 'en' ? 'en' : 'sv'
  const text = texts[language]
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
    // Payload's gutter classes, without importing its client bundle into a server view.
    <div className="gutter gutter--left gutter--right">
      <h2>{text.heading}</h2>
      {docs.length === 0 ? (
        <p>{text.empty}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              {text.columns.map((column) => (
                <th key={column}>{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {docs.map((utskick) => (
              <tr key={utskick.id}>
                <td>
                  {text.kanal[utskick.kanal]}: {labelOf(utskickMallar, utskick.mall, language)}
                </td>
                <td>{utskick.mottagare}</td>
                <td>{formatTid(utskick.planeradTid)}</td>
                <td>{formatTid(utskick.skickadTid)}</td>
                <td>
                  {labelOf(utskickStatusar, utskick.status, language)}
                  {utskick.fel ? ` – ${utskick.fel}` : ''}
                </td>
                <td>{utskick.innehall}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
