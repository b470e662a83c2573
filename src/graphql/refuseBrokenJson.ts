type Handler = (request: Request) => Promise<Response>

const message = {
  en: 'The request body is not valid JSON.',
  sv: 'Anropets innehåll är inte giltig JSON.',
}

/**
 * Payload's GraphQL handler answers a JSON body it cannot parse with a 500; the caller's
 * mistake gets a 400 with a message instead.
 */
export const refuseBrokenJson =
  (handler: Handler): Handler =>
  async (request) => {
    const isJson = request.headers.get('content-type')?.includes('application/json') ?? false
    if (isJson) {
      try {
        JSON.parse(await request.clone().text())
      } catch {
        const isEnglish = request.headers.get('accept-language')?.startsWith('en') ?? false
        return Response.json(
          { errors: [{ message: isEnglish ? message.en : message.sv }] },
          { status: 400 },
        )
      }
    }
    return handler(request)
  }
