import { vi } from 'vitest';
import { buildProgram } from '../program';

/** Runs `junheng …args` in process; returns what it printed and the exit code it set. */
export async function junheng(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => (out.push(String(chunk)), true));
  const stderr = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => (err.push(String(chunk)), true));
  const info = vi
    .spyOn(console, 'log')
    .mockImplementation((...parts) => void out.push(parts.join(' ') + '\n'));
  const log = vi.spyOn(console, 'error').mockImplementation((...parts) => void err.push(parts.join(' ')));
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync(['node', 'junheng', ...args]);
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    log.mockRestore();
    info.mockRestore();
  }
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { out: out.join(''), err: err.join('\n'), code };
}
