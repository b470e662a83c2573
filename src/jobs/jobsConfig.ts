import type { JobsConfig } from 'payload'

import { isSupport } from '../auth/roles'
import { smsQueue } from './constants'
import { sendSmsTask } from './sendSmsTask'

const supportOnly = ({ req }: { req: { user?: unknown } }) =>
  isSupport(req.user as Parameters<typeof isSupport>[0])

/**
 * Payload's jobs queue: planned SMS wait in it with `waitUntil`. A runner starts with the
 * server (`autoRun`, every `JOBS_CRON`, default every 15 s; `JOBS_AUTORUN=false` turns it
 * off) and `npm run jobs` runs one on its own. Finished jobs stay as history.
 */
export const jobsConfig: JobsConfig = {
  access: { cancel: supportOnly, queue: supportOnly, run: supportOnly },
  autoRun: [{ cron: process.env.JOBS_CRON || '*/15 * * * * *', limit: 10, queue: smsQueue }],
  deleteJobOnComplete: false,
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: supportOnly },
  }),
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  tasks: [sendSmsTask],
}
