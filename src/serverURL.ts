/** Where the portal is reached; links in e-mails and the Handla hand-off are built from it. */
export const getServerURL = (): string =>
  (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
