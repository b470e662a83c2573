import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import './demo-butik.css'

export const metadata: Metadata = {
  referrer: 'no-referrer',
  robots: { follow: false, index: false },
  title: 'Demo-butik – Ombudshandel',
}

export default function DemoButikLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body>{children}</body>
    </html>
  )
}
