export const startPageSorts = [
  'efternamn',
  '-efternamn',
  'namn',
  '-namn',
  'enhet',
  '-enhet',
  'betalsatt',
  '-betalsatt',
  'gatuadress',
  '-gatuadress',
] as const

export type StartPageSort = (typeof startPageSorts)[number]

export const startPageSortLabels: Record<StartPageSort, string> = {
  '-betalsatt': 'Betalsätt (Ö–A)',
  '-efternamn': 'Efternamn (Ö–A)',
  '-enhet': 'Enhet (fallande)',
  '-gatuadress': 'Adress (Ö–A)',
  '-namn': 'Förnamn (Ö–A)',
  betalsatt: 'Betalsätt (A–Ö)',
  efternamn: 'Efternamn (A–Ö)',
  enhet: 'Enhet',
  gatuadress: 'Adress (A–Ö)',
  namn: 'Förnamn (A–Ö)',
}

/** What the start page shows, exactly as it is written in the URL. */
export type StartPageQuery = {
  antal: number
  enhet: null | string
  sida: number
  sok: string
  sortera: StartPageSort
}

export const defaultPageSize = 25
export const maxPageSize = 100

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams

const readParam = (params: SearchParams, name: string): string => {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name]
  return (Array.isArray(value) ? value[0] : (value ?? '')).trim()
}

const toPositiveInteger = ({ fallback, value }: { fallback: number; value: string }): number => {
  const number = Number(value)
  return Number.isInteger(number) && number > 0 ? number : fallback
}

export const parseStartPageQuery = (params: SearchParams): StartPageQuery => {
  const sortera = readParam(params, 'sortera')
  const enhet = readParam(params, 'enhet')
  return {
    antal: Math.min(
      maxPageSize,
      toPositiveInteger({ fallback: defaultPageSize, value: readParam(params, 'antal') }),
    ),
    enhet: /^[\w-]+$/.test(enhet) ? enhet : null,
    sida: toPositiveInteger({ fallback: 1, value: readParam(params, 'sida') }),
    sok: readParam(params, 'sok').slice(0, 100),
    sortera: (startPageSorts as readonly string[]).includes(sortera)
      ? (sortera as StartPageSort)
      : 'efternamn',
  }
}

/** The URL search of a start page query; defaults are left out so links stay short. */
export const toStartPageSearch = (query: Partial<StartPageQuery>): string => {
  const params = new URLSearchParams()
  if (query.enhet) {
    params.set('enhet', query.enhet)
  }
  if (query.sok) {
    params.set('sok', query.sok)
  }
  if (query.sortera && query.sortera !== 'efternamn') {
    params.set('sortera', query.sortera)
  }
  if (query.antal && query.antal !== defaultPageSize) {
    params.set('antal', String(query.antal))
  }
  if (query.sida && query.sida > 1) {
    params.set('sida', String(query.sida))
  }
  const search = params.toString()
  return search ? `?${search}` : ''
}
