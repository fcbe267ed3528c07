import type { Command } from 'commander';
import { EXIT_USAGE } from './exit-codes';

/** A --seed value; anything but an integer is a usage error. */
export function parseSeed(program: Command, text: string): number {
  const seed = Number(text);
  if (!Number.isInteger(seed)) program.error(`invalid seed / 种子无效: ${text}`, { exitCode: EXIT_USAGE });
  return seed;
}
