export const smsQueue = 'sms'

export const sendSmsTaskSlug = 'skickaSms'

/** Tries per SMS before it is logged as `misslyckad`. */
export const smsMaxForsok = 5

/** First wait after a provider error; each further try waits twice as long. */
export const smsRetryDelayMs = 30_000
