import { readFileSync } from 'node:fs'
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
  /** VmHWM in bytes: the kernel's high-water mark of the process's whole life so far. */
  highWaterMark: () => number
  /** Peak sampled RSS in bytes since the last `startPhase`. */
  phasePeak: () => number
  startPhase: () => void
  stop: () => void
}

type ProcStatus = { hwm: number; rss: number }

const readKb = (status: string, field: string): number => {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm'))
  return match ? Number(match[1]) * 1024 : 0
}

/** Null once the process is gone: its last figures are kept by the sampler. */
const readProcStatus = (pid: number): null | ProcStatus => {
  let status: string
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return null
    }
    throw error
  }
  return { hwm: readKb(status, 'VmHWM'), rss: readKb(status, 'VmRSS') }
}

/**
 * Samples the RSS of process `pid` (the benchmark's server child, or this process) every
 * `intervalMs` from `/proc/<pid>/status`. Linux only, as the benchmark machines are: other
 * systems have no `/proc` with VmRSS and VmHWM.
 */
export const startRssSampler = ({
  intervalMs = 50,
  pid = process.pid,
}: { intervalMs?: number; pid?: number } = {}): RssSampler => {
  let last = readProcStatus(pid)
  if (!last) {
    throw new Error(`No /proc/${pid}/status: the RSS sampler needs Linux and a running process`)
  }
  let peak = last.rss
  const sample = () => {
    const current = readProcStatus(pid)
    if (!current) {
      clearInterval(timer)
      return
    }
    last = current
    peak = Math.max(peak, current.rss)
  }
  const timer = setInterval(sample, intervalMs)
  timer.unref()
  return {
    highWaterMark: () => {
      sample()
      return last?.hwm ?? 0
    },
    phasePeak: () => {
      sample()
      return peak
    },
    startPhase: () => {
      sample()
      peak = last?.rss ?? 0
    },
    stop: () => clearInterval(timer),
  }
}

export const formatMs = (value: number): string =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)

export const formatRatio = (value: number): string => `${value.toFixed(2)}×`

export const formatMb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`

export const elapsedSince = (start: number): number => performance.now() - start

export const now = (): number => performance.now()
