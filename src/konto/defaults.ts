/** The grocer's default fictive number for residents without a mobile; never sent SMS. */
export const defaultFiktivtMobilnummer = '0765195442'

export const supportContact = {
  email: 'foretag@coop.se',
  hours: '08:00–17:00',
  phone: '0771-17 17 77',
} as const
