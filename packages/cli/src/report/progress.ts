// Reading progress on stderr: a line that updates in place on a terminal, one line per sheet otherwise (logs).
import type { ReadProgress } from '@junheng/server';

export function readingProgress(stream: NodeJS.WriteStream = process.stderr): ReadProgress {
  return ({ sheet, rows, done }) => {
    const text = `读取 / reading ${sheet}: ${rows.toLocaleString('en')} 行 rows${done ? ' ✓' : ' …'}`;
    if (stream.isTTY) stream.write(`\r${text}${done ? '\n' : ''}`);
    else if (done) stream.write(`${text}\n`);
  };
}
