import type { RedeemedHandoff } from '../../../handla/redeemHandoff'

import { getBetalsattLabel } from '../../../components/StartPage/labels'
import { formatStockholmDateTime } from '../../../delivery/stockholmTime'

const formatPostnummer = (postnummer: string): string =>
  /^\d{5}$/.test(postnummer) ? `${postnummer.slice(0, 3)} ${postnummer.slice(3)}` : postnummer

/** Whom the shop is buying for and where and when the groceries go. */
export const DeliverySummary = ({ details }: { details: RedeemedHandoff }) => {
  const { bestallare, enhet, leverans, slutkund } = details
  return (
    <section aria-labelledby="demo-butik-kund">
      <h2 id="demo-butik-kund">Du handlar åt {slutkund.namn}</h2>
      <dl>
        <dt>Adress</dt>
        <dd>{`${slutkund.gatuadress}, ${formatPostnummer(slutkund.postnummer)} ${slutkund.ort}`}</dd>
        <dt>Portkod</dt>
        <dd>{slutkund.portkod || 'Ingen'}</dd>
        <dt>Kommentar till beställare och plockare</dt>
        <dd>{slutkund.kommentarBestallare || 'Ingen'}</dd>
        <dt>Kommentar till chaufför</dt>
        <dd>{slutkund.kommentarChauffor || 'Ingen'}</dd>
        <dt>Betalsätt</dt>
        <dd>{getBetalsattLabel(slutkund.betalsatt)}</dd>
        <dt>Enhet</dt>
        <dd>{enhet.namn}</dd>
        <dt>Beställare</dt>
        <dd>{bestallare.namn}</dd>
        <dt>Leverans</dt>
        <dd>{leverans ? leverans.beskrivning : 'Ingen leveranstid'}</dd>
        <dt>Stopptid</dt>
        <dd>{leverans ? formatStockholmDateTime(new Date(leverans.stopptid)) : '–'}</dd>
      </dl>
    </section>
  )
}
