'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Outcome = { isError: boolean; message: string }

/** Cancels one order through the Makulera endpoint and says the outcome beside the order. */
export const MakuleraButton = ({
  apiRoute,
  orderID,
  ordernummer,
}: {
  apiRoute: string
  orderID: number
  ordernummer: string
}) => {
  const router = useRouter()
  const [isConfirming, setIsConfirming] = useState(false)
  const [isPending, setIsPending] = useState(false)
  const [isSettled, setIsSettled] = useState(false)
  const [outcome, setOutcome] = useState<null | Outcome>(null)

  const makulera = async () => {
    setIsPending(true)
    try {
      const response = await fetch(`${apiRoute}/ordrar/${orderID}/makulera`, {
        credentials: 'include',
        method: 'POST',
      })
      const body = (await response.json()) as { errors?: { message: string }[]; message?: string }
      // A refusal (403, 409) will not change by trying again; a server error might.
      setIsSettled(response.ok || response.status < 500)
      setOutcome(
        response.ok
          ? { isError: false, message: body.message ?? 'Ordern är makulerad.' }
          : { isError: true, message: body.errors?.[0]?.message ?? 'Ordern kunde inte makuleras.' },
      )
      if (response.ok) {
        router.refresh()
      }
    } catch {
      setOutcome({
        isError: true,
        message: 'Ordern kunde inte makuleras: ingen kontakt med servern. Försök igen.',
      })
    } finally {
      setIsPending(false)
      setIsConfirming(false)
    }
  }

  const messageClass = outcome?.isError
    ? 'bestallningar__message bestallningar__message--error'
    : 'bestallningar__message'

  return (
    <div className="bestallningar__makulera">
      {isConfirming && (
        <div aria-label={`Bekräfta makulering av order ${ordernummer}`} role="group">
          <span>Makulera order {ordernummer}?</span>{' '}
          <button
            className="bestallningar__button bestallningar__button--danger"
            disabled={isPending}
            onClick={makulera}
            type="button"
          >
            Ja, makulera
          </button>{' '}
          <button
            className="bestallningar__button"
            disabled={isPending}
            onClick={() => setIsConfirming(false)}
            type="button"
          >
            Nej
          </button>
        </div>
      )}
      {!isConfirming && !isSettled && (
        <button
          aria-label={`Makulera order ${ordernummer}`}
          className="bestallningar__button"
          onClick={() => setIsConfirming(true)}
          type="button"
        >
          Makulera
        </button>
      )}
      <p className={messageClass} role="status">
        {outcome?.message}
      </p>
    </div>
  )
}
