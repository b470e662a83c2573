import type { Betalsatt } from '../betalsatt'
import type { Konto } from '../payload-types'

/**
 * What the slutkund form needs to know about the konto's agreement. The form's conditions
 * run synchronously in the browser, so the document carries these beside its own fields.
 */
export type KontoInstallningar = {
  anvanderKanHandlaSjalv: boolean
  bestallareSerFaktura: boolean
  betalsatt: Betalsatt[]
  /** Field name → the konto's own help text for it. */
  falthjalp: Record<string, string>
}

export const toKontoInstallningar = (konto: Konto | null): KontoInstallningar | null => {
  if (!konto) {
    return null
  }
  const falthjalp: Record<string, string> = {}
  for (const row of konto.falthjalp ?? []) {
    if (row.falt && row.text) {
      falthjalp[row.falt] = row.text
    }
  }
  return {
    anvanderKanHandlaSjalv: Boolean(konto.anvanderKanHandlaSjalv),
    bestallareSerFaktura: konto.bestallareSerFaktura !== false,
    betalsatt: (konto.betalsatt ?? []) as Betalsatt[],
    falthjalp,
  }
}
