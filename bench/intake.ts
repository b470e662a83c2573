import type { Payload } from 'payload'

import { elapsedSince, now } from './measure'
import { countOrdersByPrefix } from './rawQueries'

export type IntakeTarget = { leveransdatum: string; slutkund: number }

export type IntakeResult = {
  clients: number
  created: number
  doubled: number
  duplicatesSent: number
  errors: number
  errorSamples: string[]
  lost: number
  rowsFound: number
  seconds: number
  sent: number
  answeredAsExisting: number
  uniqueOrdernummer: number
}

/**
 * `clients` integration clients post orders (`POST /api/ordrar`, API key) back to back for
 * `seconds`. Every 10th report re-sends one of the client's earlier ordernummer, and every
 * 20th is sent twice at once, so both the sequential and the racing duplicate are tried.
 * Afterwards the rows are counted: every ordernummer sent must be stored exactly once.
 */
export const runIntake = async ({
  apiKey,
  apiUrl,
  clients,
  payload,
  seconds,
  targets,
}: {
  apiKey: string
  apiUrl: string
  clients: number
  payload: Payload
  seconds: number
  targets: IntakeTarget[]
}): Promise<IntakeResult> => {
  // Digits only after the letter: the SMS phase picks the seeded orders by `S-`.
  const prefix = `IN${Date.now() % 100_000_000}-`
  const sentOrdernummer = new Set<string>()
  const counts = { created: 0, duplicatesSent: 0, errors: 0, existing: 0, sent: 0 }
  const errorSamples: string[] = []
  let targetIndex = 0

  const post = async (ordernummer: string, target: IntakeTarget): Promise<void> => {
    counts.sent += 1
    sentOrdernummer.add(ordernummer)
    const response = await fetch(`${apiUrl}/api/ordrar`, {
      body: JSON.stringify({
        belopp: 312,
        leveransdatum: target.leveransdatum,
        ordernummer,
        slutkund: target.slutkund,
      }),
      headers: {
        Authorization: `integrationer API-Key ${apiKey}`,
        'Content-Type': 'application/json',
      },
      method: 'POST',
    })
    const text = await response.text()
    if (response.status === 201) {
      counts.created += 1
    } else if (response.status === 200) {
      counts.existing += 1
    } else {
      counts.errors += 1
      if (errorSamples.length < 5) {
        errorSamples.push(`${response.status} ${text.slice(0, 200)}`)
      }
    }
  }

  const start = now()
  const deadline = start + seconds * 1000
  const client = async (clientIndex: number): Promise<void> => {
    const own: { ordernummer: string; target: IntakeTarget }[] = []
    for (let i = 1; now() < deadline; i += 1) {
      if (i % 10 === 0 && own.length > 0) {
        const again = own[Math.floor(own.length / 2)]
        counts.duplicatesSent += 1
        await post(again.ordernummer, again.target)
        continue
      }
      const target = targets[targetIndex % targets.length]
      targetIndex += 1
      const ordernummer = `${prefix}${clientIndex}-${i}`
      own.push({ ordernummer, target })
      if (i % 20 === 1) {
        counts.duplicatesSent += 1
        await Promise.all([post(ordernummer, target), post(ordernummer, target)])
      } else {
        await post(ordernummer, target)
      }
    }
  }
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)))
  const elapsed = elapsedSince(start) / 1000

  const stored = await countOrdersByPrefix({ payload, prefix })
  const lost = [...sentOrdernummer].filter((value) => !stored.ordernummer.has(value)).length

  return {
    answeredAsExisting: counts.existing,
    clients,
    created: counts.created,
    doubled: stored.doubled + Math.max(0, counts.created - sentOrdernummer.size),
    duplicatesSent: counts.duplicatesSent,
    errors: counts.errors,
    errorSamples,
    lost,
    rowsFound: stored.rows,
    seconds: elapsed,
    sent: counts.sent,
    uniqueOrdernummer: sentOrdernummer.size,
  }
}
