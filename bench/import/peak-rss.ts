// The process's peak resident memory: sampled every `everyMs` (what the brief asks for) and, on Linux, the
// kernel's own high-water mark (VmHWM), which also catches peaks between two samples.
import { readFileSync } from 'node:fs';

export interface RssSampler {
  /** Highest sampled RSS so far, in bytes. */
  peak(): number;
  stop(): number;
}

export function sampleRss(everyMs = 100): RssSampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  timer.unref();
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage.rss());
      return peak;
    },
  };
}

/** The kernel's peak RSS of this process in bytes, or null off Linux. */
export function kernelPeakRss(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}
