// How far this process's memory rises while some work runs: sampled every
// few milliseconds, resident memory (worker threads' included) and the heap
// with the bytes held outside it. Only work that yields (awaits) is seen
// between its steps; a correctness bound, never a timing.
const MIB = 1024 * 1024;

export interface Growth<T> {
  value: T;
  /** Resident memory's rise, in MiB. */
  rssMiB: number;
  /** The heap's and its outside bytes' rise, in MiB. */
  heapMiB: number;
}

export async function memoryGrowth<T>(work: () => Promise<T>): Promise<Growth<T>> {
  const start = process.memoryUsage();
  const heapOf = (m: NodeJS.MemoryUsage) => m.heapUsed + m.external;
  let rss = start.rss;
  let heap = heapOf(start);
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, heapOf(now));
  };
  const timer = setInterval(sample, 5);
  try {
    const value = await work();
    sample();
    return { value, rssMiB: (rss - start.rss) / MIB, heapMiB: (heap - heapOf(start)) / MIB };
  } finally {
    clearInterval(timer);
  }
}
