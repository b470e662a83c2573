import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * The admin UI follows the browser's language unless told otherwise; municipal staff get
 * Swedish first, and a language chosen in the account settings (the cookie) wins.
 */
export const proxy = (request: NextRequest) => {
  if (request.cookies.has(languageCookie)) {
    return NextResponse.next()
  }
  request.cookies.set(languageCookie, 'sv')
  const response = NextResponse.next({ request })
  response.cookies.set(languageCookie, 'sv', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
