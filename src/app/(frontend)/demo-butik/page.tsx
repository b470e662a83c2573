import { notFound, redirect } from 'next/navigation'

import { isDemoButikEnabled } from '../../../handla/settings'
import { placeDemoOrder } from './actions'
import { demoVaror, formatKronor } from './catalogue'
import { DeliverySummary } from './DeliverySummary'
import { createDemoSession, getDemoSession } from './sessions'
import { redeemOverlamning } from './shopApi'

export const dynamic = 'force-dynamic'

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const first = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value

const Banner = () => (
  <p className="demo-butik__banner">
    Det här är en demo-butik för lokala demonstrationer och tester. Inga varor levereras.
  </p>
)

const BackToPortal = () => (
  <p>
    <a href="/admin">Tillbaka till portalen</a>
  </p>
)

export default async function DemoButikPage({ searchParams }: { searchParams: SearchParams }) {
  if (!isDemoButikEnabled()) {
    notFound()
  }
  const params = await searchParams

  const token = first(params.overlamning)
  if (token) {
    const result = await redeemOverlamning(token)
    if (result.isOk) {
      // The hand-off works once: the shop keeps its own session and drops the token from the URL.
      redirect(`/demo-butik?session=${createDemoSession(result.body)}`)
    }
    return (
      <main className="demo-butik">
        <Banner />
        <h1>Demo-butik</h1>
        <p className="demo-butik__error" role="alert">
          {result.message}
        </p>
        <BackToPortal />
      </main>
    )
  }

  const sessionID = first(params.session)
  const session = getDemoSession(sessionID)
  if (!session || !sessionID) {
    return (
      <main className="demo-butik">
        <Banner />
        <h1>Demo-butik</h1>
        <p>
          Du handlar inte åt någon just nu. Gå till portalen och tryck på Handla vid en slutkund.
        </p>
        <BackToPortal />
      </main>
    )
  }

  return (
    <main className="demo-butik">
      <Banner />
      <h1>Demo-butik</h1>
      <DeliverySummary details={session.details} />
      {session.ordernummer ? (
        <p>
          Order {session.ordernummer} är redan lagd.{' '}
          <a href={`/demo-butik/klar?session=${sessionID}`}>Visa kvittot</a>
        </p>
      ) : (
        <form action={placeDemoOrder} aria-labelledby="demo-butik-varor">
          <h2 id="demo-butik-varor">Välj varor</h2>
          {session.error && (
            <p className="demo-butik__error" role="alert">
              {session.error}
            </p>
          )}
          <input name="session" type="hidden" value={sessionID} />
          <table>
            <thead>
              <tr>
                <th scope="col">Vara</th>
                <th scope="col">Pris</th>
                <th scope="col">Antal</th>
              </tr>
            </thead>
            <tbody>
              {demoVaror.map((vara) => (
                <tr key={vara.id}>
                  <th scope="row">
                    <label htmlFor={`vara-${vara.id}`}>{vara.namn}</label>
                  </th>
                  <td>{formatKronor(vara.pris)}</td>
                  <td>
                    <input
                      defaultValue={0}
                      id={`vara-${vara.id}`}
                      inputMode="numeric"
                      max={20}
                      min={0}
                      name={vara.id}
                      type="number"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button className="demo-butik__primary" type="submit">
            Lägg order
          </button>
        </form>
      )}
      <BackToPortal />
    </main>
  )
}
