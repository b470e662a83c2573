import type { Betalsatt } from '../betalsatt'
import type { Enhet, Leveransfonster } from '../payload-types'
import type { Message } from './importMessages'

import { betalsattOptions } from '../betalsatt'
import { getID } from '../db/getID'
import {
  formatLeveransfonster,
  leveransfonsterSeparator,
  slutkundColumns,
} from '../export/slutkundColumns'
import { importMessages } from './importMessages'

/** What the import may use: the enheter and leveransfönster the user can read. */
export type ImportLookup = {
  enheter: Enhet[]
  fonster: Leveransfonster[]
}

const normalise = (text: string): string =>
  text.toLowerCase().replace(/[-–—]/g, '–').replace(/\s+/g, ' ').trim()

const parseBoolean = (value: string): boolean | null => {
  const normalised = value.trim().toLowerCase()
  if (['', '0', 'false', 'nej', 'n'].includes(normalised)) {
    return false
  }
  if (['1', 'ja', 'j', 'true', 'x'].includes(normalised)) {
    return true
  }
  return null
}

const parseBetalsatt = (value: string): Betalsatt | null => {
  const normalised = normalise(value)
  const option = betalsattOptions.find(
    ({ label, value: key }) => key === normalised || normalise(label.sv) === normalised,
  )
  return option?.value ?? null
}

const splitList = (value: string): string[] =>
  value
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean)

const setPath = (target: Record<string, unknown>, path: string, value: unknown) => {
  const [head, tail] = path.split('.')
  if (!tail) {
    target[head] = value
    return
  }
  target[head] = { ...(target[head] as Record<string, unknown> | undefined), [tail]: value }
}

/**
 * One CSV row as slutkund data for `payload.create`, or the row's own errors (unknown
 * enhet, leveranstid, betalsätt, Ja/Nej). Everything else is left to the collection's
 * validators, so an import accepts exactly what the form accepts.
 */
export const rowToSlutkund = ({
  cells,
  lookup,
}: {
  cells: Record<string, string>
  lookup: ImportLookup
}): { data: Record<string, unknown>; errors: Message[] } => {
  const data: Record<string, unknown> = {}
  const errors: Message[] = []
  let enhet: Enhet | null = null

  for (const { header, kind, path } of slutkundColumns) {
    const value = cells[header]?.trim() ?? ''
    if (kind === 'id' || (value === '' && kind !== 'boolean')) {
      continue
    }
    switch (kind) {
      case 'betalsatt': {
        const betalsatt = parseBetalsatt(value)
        if (betalsatt) {
          data.betalsatt = betalsatt
        } else {
          errors.push(importMessages.betalsatt(value))
        }
        break
      }
      case 'boolean': {
        const flag = parseBoolean(value)
        if (flag === null) {
          errors.push(importMessages.boolean(header, value))
        } else if (header in cells) {
          setPath(data, path, flag)
        }
        break
      }
      case 'enhet': {
        const matches = lookup.enheter.filter(
          ({ id, namn }) => normalise(namn) === normalise(value) || String(id) === value,
        )
        if (matches.length === 1) {
          enhet = matches[0]
          data.enhet = enhet.id
        } else {
          errors.push(
            matches.length === 0
              ? importMessages.enhetOkand(value)
              : importMessages.enhetTvetydig(value),
          )
        }
        break
      }
      case 'kopia':
        data.kopiaOrderbekraftelse = splitList(value).map((epost) => ({ epost }))
        break
      case 'leveransfonster':
        break
      default:
        setPath(data, path, value)
    }
  }

  const leveranstid = cells['Leveranstid']?.trim() ?? ''
  if (enhet && leveranstid !== '') {
    const ofEnhet = lookup.fonster.filter((fonster) => getID(fonster.enhet) === enhet?.id)
    const ids: (number | string)[] = []
    for (const wanted of leveranstid.split(leveransfonsterSeparator.trim())) {
      const match = ofEnhet.find(
        (fonster) => normalise(formatLeveransfonster(fonster)) === normalise(wanted),
      )
      if (match) {
        ids.push(match.id)
      } else {
        errors.push(importMessages.leveranstidOkand(wanted.trim(), enhet.namn))
      }
    }
    data.leveransfonster = ids
  }

  return { data, errors }
}
