const queues = new Map<string, Promise<unknown>>()

/**
 * Runs `task` after every earlier task with the same key has settled. Serialises work such
 * as redeeming one hand-off or creating one ordernummer inside this server process; the
 * database's unique indexes remain the guard across processes.
 */
export const runExclusive = async <T>({
  key,
  task,
}: {
  key: string
  task: () => Promise<T>
}): Promise<T> => {
  const previous = queues.get(key) ?? Promise.resolve()
  const current = previous.then(task, task)
  const settled = current.then(
    () => undefined,
    () => undefined,
  )
  queues.set(key, settled)

  try {
    return await current
  } finally {
    if (queues.get(key) === settled) {
      queues.delete(key)
    }
  }
}
