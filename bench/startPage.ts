import type { Payload, TypedUser } from 'payload'

import type { Latency } from './measure'
import type { Dialect, VisibleScope } from './rawQueries'

import { findVisibleSlutkunder } from '../src/startpage/findVisibleSlutkunder'
import { parseStartPageQuery } from '../src/startpage/startPageQuery'
import { measureLatency } from './measure'
import { rawStartPage } from './rawQueries'

export type StartPageCase = {
  /** The start page's search box; null for the plain list of one enhet. */
  search: null | string
  title: string
}

export type CaseResult = {
  dashboard: Latency
  endpoint: Latency
  raw: Latency
  rest: Latency
  rows: number
  title: string
  totalDocs: number
}

const getJson = async ({ token, url }: { token: string; url: string }) => {
  const response = await fetch(url, { headers: { Authorization: `JWT ${token}` } })
  if (!response.ok) {
    throw new Error(`GET ${new URL(url).pathname} answered ${response.status}`)
  }
  return (await response.json()) as Record<string, unknown>
}

/**
 * One start-page case four ways: the dashboard's own call (findVisibleSlutkunder, in
 * process), the same data over HTTP (`GET /api/startsida`), Payload's REST list with the
 * same filter, and the hand-written SQL floor. The row counts must agree before timing.
 */
export const measureStartPageCase = async ({
  apiUrl,
  count,
  dialect,
  enhetID,
  pageSize,
  payload,
  scope,
  search,
  title,
  token,
  user,
}: {
  apiUrl: string
  count: number
  dialect: Dialect
  enhetID: number
  pageSize: number
  payload: Payload
  scope: VisibleScope
  token: string
  user: TypedUser
} & StartPageCase): Promise<CaseResult> => {
  const params = new URLSearchParams({ antal: String(pageSize) })
  if (search) {
    params.set('sok', search)
  } else {
    params.set('enhet', String(enhetID))
  }
  const query = parseStartPageQuery(params)

  const restParams = new URLSearchParams({
    depth: '0',
    limit: String(pageSize),
    sort: 'efternamn,fornamn,id',
  })
  if (search) {
    restParams.set('where[or][0][namn][like]', search)
    restParams.set('where[or][1][gatuadress][like]', search)
  } else {
    restParams.set('where[enhet][equals]', String(enhetID))
  }

  const dashboard = () => findVisibleSlutkunder({ now: new Date(), payload, query, user })
  const endpoint = () => getJson({ token, url: `${apiUrl}/api/startsida?${params}` })
  const rest = () => getJson({ token, url: `${apiUrl}/api/slutkunder?${restParams}` })
  const raw = () =>
    rawStartPage({
      dialect,
      enhetID: search ? null : enhetID,
      limit: pageSize,
      payload,
      scope,
      search,
    })

  const [dashboardData, endpointData, restData, rawData] = await Promise.all([
    dashboard(),
    endpoint(),
    rest(),
    raw(),
  ])
  const totals = [
    dashboardData.totalDocs,
    Number(endpointData.totalDocs),
    Number(restData.totalDocs),
    rawData.count,
  ]
  if (new Set(totals).size !== 1) {
    throw new Error(`${title}: the four ways disagree on the number of rows: ${totals.join(', ')}`)
  }
  const ids = (list: { id: unknown }[]) => list.map(({ id }) => String(id)).join(',')
  if (ids(dashboardData.rows) !== ids(rawData.rows as { id: unknown }[])) {
    throw new Error(`${title}: the dashboard's page and the SQL floor's page differ`)
  }

  return {
    dashboard: await measureLatency({ count, task: dashboard }),
    endpoint: await measureLatency({ count, task: endpoint }),
    raw: await measureLatency({ count, task: raw }),
    rest: await measureLatency({ count, task: rest }),
    rows: dashboardData.rows.length,
    title,
    totalDocs: dashboardData.totalDocs,
  }
}
