import type { UIFieldServerComponent } from 'payload'

import { findAutogiroDokument } from '../../documents/findAutogiroDokument'

const texts = {
  en: { download: 'Download the direct debit form (PDF)', or: 'or', sendTo: 'Send it to' },
  sv: { download: 'Ladda ner autogiroanmälan (PDF)', or: 'eller', sendTo: 'Skicka den till' },
}

/** Shown with an invoice betalsätt: the autogiro form and where the signed form goes. */
export const AutogiroLank: UIFieldServerComponent = async ({ i18n, payload, req }) => {
  const dokument = await findAutogiroDokument({ payload, req })
  if (!dokument?.url) {
    return null
  }
  const { download, or, sendTo } = i18n.language === 'en' ? texts.en : texts.sv
  return (
    <div className="autogiro-lank field-type">
      <a download href={dokument.url}>
        {download}
      </a>
      {dokument.mottagare ? (
        <p>
          {sendTo}: {dokument.mottagare}
          {dokument.epost ? (
            <>
              {' '}
              {or} <a href={`mailto:${dokument.epost}`}>{dokument.epost}</a>
            </>
          ) : null}
        </p>
      ) : null}
    </div>
  )
}
