import type { TaskConfig } from 'payload'

import { sendSmsTaskSlug, smsMaxForsok, smsRetryDelayMs } from './constants'
import { sendPlannedSms } from './sendPlannedSms'

export const sendSmsTask: TaskConfig<{
  input: { planId: string; utskickId: string }
  output: { utfall: string }
}> = {
  handler: async ({ input, req }) => ({
    output: {
      utfall: await sendPlannedSms({ planId: input.planId, req, utskickId: input.utskickId }),
    },
  }),
  inputSchema: [
    { name: 'utskickId', type: 'text', required: true },
    { name: 'planId', type: 'text', required: true },
  ],
  label: 'Skicka SMS',
  outputSchema: [{ name: 'utfall', type: 'text', required: true }],
  // The handler gives up by itself after smsMaxForsok; the queue must never stop before it.
  retries: { attempts: smsMaxForsok, backoff: { type: 'exponential', delay: smsRetryDelayMs } },
  slug: sendSmsTaskSlug,
}
