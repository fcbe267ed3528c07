// Answers of hot list reads, remembered per process. Every write request moves the version when it arrives and
// again when its answer has been sent (its transaction committed by then), and an answer is kept only if no
// write began while it was computed: once a write's response is out, no older answer is served. Writes made by
// another process (a second server, the CLI) show within ttlMs. Keys carry the caller's scope, so answers are
// never shared across scopes.
import type { FastifyInstance } from 'fastify';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class ReadCache {
  private version = 0;
  private readonly entries = new Map<string, { version: number; at: number; value: unknown }>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 2_000,
  ) {}

  /** Forget everything: data may have changed. */
  invalidate(): void {
    this.version += 1;
    this.entries.clear();
  }

  async read<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === this.version && this.now() - hit.at < this.ttlMs) return hit.value as T;
    const started = this.version;
    const value = await compute();
    if (started === this.version) {
      if (this.entries.size >= this.maxEntries)
        this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { version: started, at: this.now(), value });
    }
    return value;
  }

  /** Invalidate around every write request of the app. */
  attach(app: FastifyInstance): void {
    app.addHook('onRequest', async (request) => {
      if (!SAFE_METHODS.has(request.method)) this.invalidate();
    });
    app.addHook('onResponse', async (request) => {
      if (!SAFE_METHODS.has(request.method)) this.invalidate();
    });
  }
}
