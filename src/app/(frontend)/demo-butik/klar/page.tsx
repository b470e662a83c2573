import { notFound } from 'next/navigation'

import { isDemoButikEnabled } from '../../../../handla/settings'
import { DeliverySummary } from '../DeliverySummary'
import { getDemoSession } from '../sessions'

export const dynamic = 'force-dynamic'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function DemoButikKlarPage({ searchParams }: { searchParams: SearchParams }) {
  if (!isDemoButikEnabled()) {
    notFound()
  }
  const { session: sessionParam } = await searchParams
  const session = getDemoSession(Array.isArray(sessionParam) ? sessionParam[0] : sessionParam)

  return (
    <main className="demo-butik">
      <p className="demo-butik__banner">
        Det här är en demo-butik för lokala demonstrationer och tester. Inga varor levereras.
      </p>
      <h1>Tack för din beställning</h1>
      {session?.ordernummer ? (
        <>
          <p role="status">
            Order {session.ordernummer} är lagd åt {session.details.slutkund.namn}.
          </p>
          <DeliverySummary details={session.details} />
          <p>
            <a href={`/admin/collections/slutkunder/${session.details.slutkund.id}/bestallningar`}>
              Se beställningarna för {session.details.slutkund.namn}
            </a>
          </p>
        </>
      ) : (
        <p>Det finns ingen lagd order i den här sessionen.</p>
      )}
      <p>
        <a href="/admin">Tillbaka till portalen</a>
      </p>
    </main>
  )
}
