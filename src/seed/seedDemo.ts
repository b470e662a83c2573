import type { Payload } from 'payload'

import type { Slutkund } from '../payload-types'

import { isInvoiceBetalsatt } from '../betalsatt'
import { seedDemoButik } from '../handla/seedDemoButik'
import {
  demoAdresser,
  demoBetalsatt,
  demoEfternamn,
  demoEnheter,
  demoFornamn,
  demoKonto,
  demoPassword,
  demoUsers,
  fictionalMobile,
  fictivePersonnummer,
} from './demoData'
import { seedHelpAndDocuments } from './seedHelpAndDocuments'

const slutkundCount = 40

export type DemoSeedResult = { isSeeded: boolean; logins: { email: string; roll: string }[] }

/**
 * Loads the Falkenberg demo on an empty database: one konto, three enheter with their
 * leveransfönster, five users and forty slutkunder across every betalsätt.
 */
export const seedDemo = async (payload: Payload): Promise<DemoSeedResult> => {
  const logins = demoUsers.map(({ email, roll }) => ({ email, roll }))
  const { totalDocs } = await payload.count({ collection: 'konton', overrideAccess: true })
  if (totalDocs > 0) {
    return { isSeeded: false, logins }
  }

  const konto = await payload.create({ collection: 'konton', data: demoKonto })

  const enheter = []
  for (const { fonster, namn } of demoEnheter) {
    const enhet = await payload.create({ collection: 'enheter', data: { konto: konto.id, namn } })
    const fonsterIDs = []
    for (const tider of fonster) {
      const created = await payload.create({
        collection: 'leveransfonster',
        data: { ...tider, enhet: enhet.id, stopptidDagarFore: 1, stopptidKlockslag: '12:00' },
      })
      fonsterIDs.push(created.id)
    }
    enheter.push({ enhet, fonsterIDs })
  }

  for (const user of demoUsers) {
    await payload.create({
      collection: 'bestallare',
      data: {
        ...user,
        enheter: enheter
          .filter(({ enhet }) => (user.enheter as readonly string[]).includes(enhet.namn))
          .map(({ enhet }) => enhet.id),
        konto: user.roll === 'support' ? null : konto.id,
        password: demoPassword,
        telefon: demoKonto.bestallareTelefon,
      },
      disableVerificationEmail: true,
    })
  }

  for (let index = 0; index < slutkundCount; index++) {
    const { enhet, fonsterIDs } = enheter[index % enheter.length]
    const adress = demoAdresser[index % demoAdresser.length]
    const betalsatt = demoBetalsatt[Math.floor(index / 3) % demoBetalsatt.length]
    const fornamn = demoFornamn[index % demoFornamn.length]
    const efternamn = demoEfternamn[(index * 5) % demoEfternamn.length]
    const hasMobile = index % 4 !== 3
    const gatuadress = `${adress.gatuadress} ${3 + ((index * 7) % 40)}`

    const data: Omit<Slutkund, 'createdAt' | 'id' | 'namn' | 'updatedAt'> = {
      betalsatt,
      digitalNyckel: index === 4,
      efternamn,
      enhet: enhet.id,
      fornamn,
      gatuadress,
      kommentarBestallare: index % 5 === 0 ? 'Laktosintolerant, inga mjölkprodukter.' : null,
      kommentarChauffor:
        index % 6 === 0
          ? 'Ring på dörrklockan, kunden hör dåligt.'
          : index === 4
            ? 'Använd digital nyckel vid leverans.'
            : null,
      leveransfonster: [fonsterIDs[Math.floor(index / 3) % fonsterIDs.length]],
      medmeraId: index % 3 === 0 ? String(1234500 + index) : null,
      mobilnummer: hasMobile ? fictionalMobile(index) : null,
      ort: adress.ort,
      portkod: index % 2 === 0 ? String(1000 + index * 37) : null,
      postnummer: adress.postnummer,
      smsNummer: hasMobile ? fictionalMobile(index) : '',
      telefonnummer: hasMobile ? null : `0346-1${String(10000 + index * 13).slice(-5)}`,
      upplockningshjalp: index % 7 === 0,
    }
    if (isInvoiceBetalsatt(betalsatt)) {
      data.faktura = {
        co: index % 8 === 1 ? 'God man Birgitta Ek' : null,
        efternamn,
        fornamn,
        gatuadress,
        ort: adress.ort,
        personnummer: fictivePersonnummer(index),
        postnummer: adress.postnummer,
      }
    }
    await payload.create({ collection: 'slutkunder', data })
  }
  await seedHelpAndDocuments(payload)
  await seedDemoButik({ kontoID: konto.id, payload })

  return { isSeeded: true, logins }
}

export const logDemoLogins = ({
  logins,
  payload,
}: {
  logins: DemoSeedResult['logins']
  payload: Payload
}) => {
  const lines = logins.map(({ email, roll }) => `  ${roll.padEnd(14)} ${email}`).join('\n')
  payload.logger.info(`Demo-inloggningar (lösenord ${demoPassword}):\n${lines}`)
}
