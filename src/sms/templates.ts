import { formatStockholmLongDate } from '../delivery/stockholmTime'

/** No names, addresses or personnummer: an SMS may be read by anyone holding the phone. */
export const dagenForeSms = ({
  leveransdatum,
  tider,
}: {
  leveransdatum: string
  tider: null | { sluttid: string; starttid: string }
}): string => {
  const datum = formatStockholmLongDate(new Date(leveransdatum))
  const span = tider ? ` mellan ${tider.starttid} och ${tider.sluttid}` : ''
  return `Hej! I morgon, ${datum}, kommer dina varor från Coop${span}. Vänliga hälsningar, Coop`
}

export const narmarSigSms = ({ sparningslank }: { sparningslank: null | string }): string =>
  sparningslank
    ? `Hej! Chauffören med dina varor från Coop är snart framme. Följ leveransen här: ${sparningslank}`
    : 'Hej! Chauffören med dina varor från Coop är snart framme.'
