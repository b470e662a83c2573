'use server'

import { notFound, redirect } from 'next/navigation'
import { randomBytes } from 'node:crypto'

import { isDemoButikEnabled } from '../../../handla/settings'
import { demoVaror } from './catalogue'
import { getDemoSession } from './sessions'
import { reportOrder } from './shopApi'

const maxAntal = 20

/** "Lägg order": reports the basket to the portal as the shop would, then shows the receipt. */
export const placeDemoOrder = async (formData: FormData): Promise<void> => {
  if (!isDemoButikEnabled()) {
    notFound()
  }
  const sessionID = String(formData.get('session') ?? '')
  const session = getDemoSession(sessionID)
  if (!session) {
    redirect('/demo-butik')
  }

  const belopp = demoVaror.reduce((sum, vara) => {
    const antal = Math.min(maxAntal, Math.max(0, Math.trunc(Number(formData.get(vara.id)) || 0)))
    return sum + antal * vara.pris
  }, 0)
  const { leverans } = session.details
  if (belopp === 0 || !leverans) {
    session.error = belopp === 0 ? 'Välj minst en vara.' : 'Slutkunden saknar leveranstid.'
    redirect(`/demo-butik?session=${sessionID}`)
  }

  const ordernummer =
    session.ordernummer ??
    `DEMO-${Date.now().toString(36).toUpperCase()}-${randomBytes(2).toString('hex')}`
  const result = await reportOrder({
    belopp: Math.round(belopp * 100) / 100,
    bestallare: session.details.bestallare.id,
    leveransdatum: leverans.leveransdatum,
    leveransfonster: leverans.leveransfonster,
    ordernummer,
    slutkund: session.details.slutkund.id,
  })
  if (!result.isOk) {
    session.error = `Ordern kunde inte läggas: ${result.message}`
    redirect(`/demo-butik?session=${sessionID}`)
  }

  session.error = null
  session.ordernummer = result.body.doc.ordernummer
  redirect(`/demo-butik/klar?session=${sessionID}`)
}
