import type { LaunchOptions } from '@playwright/test'

/**
 * Debian's Chromium, never a downloaded browser. The flags keep it from calling any host
 * of its own (updates, sync, field trials) so the run only talks to our loopback server.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  executablePath: '/usr/bin/chromium',
}
