// Test setup for what the app writes to its log: a stream to hand the logger, and everything it received.
import { Writable } from 'node:stream';

/** A log sink: pass `stream` as the logger's stream; `text()` is all that was written so far. */
export function captureLog(): { stream: Writable; text: () => string } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { stream, text: () => lines.join('') };
}
