import { performance } from 'node:perf_hooks'

export type Latency = { mean: number; p50: number; p95: number; samples: number }

const percentile = (sorted: number[], fraction: number): number => {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

/** Runs `task` `warmup` times unmeasured, then `count` times one after another. */
export const measureLatency = async ({
  count,
  task,
  warmup = 10,
}: {
  count: number
  task: () => Promise<unknown>
  warmup?: number
}): Promise<Latency> => {
  for (let i = 0; i < warmup; i += 1) {
    await task()
  }
  const durations: number[] = []
  for (let i = 0; i < count; i += 1) {
    const start = performance.now()
    await task()
    durations.push(performance.now() - start)
  }
  durations.sort((a, b) => a - b)
  return {
    mean: durations.reduce((sum, value) => sum + value, 0) / durations.length,
    p50: percentile(durations, 0.5),
    p95: percentile(durations, 0.95),
    samples: durations.length,
  }
}

export type RssSampler = {
  /** Peak RSS in bytes since the last `startPhase`. */
  phasePeak: () => number
  startPhase: () => void
  stop: () => void
  /** Peak RSS in bytes of the whole run (the kernel's own high-water mark). */
  totalPeak: () => number
}

/** Samples this process's RSS every `intervalMs`; the server runs in this process. */
export const startRssSampler = (intervalMs = 50): RssSampler => {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, intervalMs)
  timer.unref()
  return {
    phasePeak: () => Math.max(peak, process.memoryUsage.rss()),
    startPhase: () => {
      peak = process.memoryUsage.rss()
    },
    stop: () => clearInterval(timer),
    totalPeak: () => process.resourceUsage().maxRSS * 1024,
  }
}

export const formatMs = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)

export const formatRatio = (value: number): string => `${value.toFixed(2)}×`

export const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export const elapsedSince = (start: number): number => performance.now() - start

export const now = (): number => performance.now()
