// Deployment settings read from the environment (docs/deployment.md), so `npm start` and `junheng serve` behind
// a reverse proxy need no code change. Options given to buildApp win over these; unset variables keep the
// defaults, which suit a single machine serving plain HTTP on 127.0.0.1.
import { DEFAULT_LOCKOUT, type LockoutPolicy } from '../auth/service';

export interface DeploymentSettings {
  /** Fastify trustProxy: true (any), or the proxies' addresses/CIDRs, comma-separated. */
  trustProxy: boolean | string;
  secureCookies: boolean;
  lockout: LockoutPolicy;
  loginRateLimit: { max: number; timeWindow: number };
}

export const DEFAULT_LOGIN_RATE_PER_MINUTE = 20;

function flag(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

function trustProxyOf(value: string | undefined): boolean | string {
  if (value === undefined || value.trim() === '' || /^(0|false|no|off)$/i.test(value.trim())) return false;
  const v = value.trim();
  return /^(1|true|yes|on)$/i.test(v) ? true : v;
}

export function deploymentFromEnv(env: NodeJS.ProcessEnv = process.env): DeploymentSettings {
  return {
    trustProxy: trustProxyOf(env.JUNHENG_TRUST_PROXY),
    secureCookies: flag(env.JUNHENG_SECURE_COOKIES),
    lockout: {
      maxFailures: positiveInt(
        env.JUNHENG_LOCKOUT_FAILURES,
        DEFAULT_LOCKOUT.maxFailures,
        'JUNHENG_LOCKOUT_FAILURES',
      ),
      lockMs:
        positiveInt(env.JUNHENG_LOCKOUT_MINUTES, DEFAULT_LOCKOUT.lockMs / 60_000, 'JUNHENG_LOCKOUT_MINUTES') *
        60_000,
    },
    loginRateLimit: {
      max: positiveInt(
        env.JUNHENG_LOGIN_RATE_PER_MINUTE,
        DEFAULT_LOGIN_RATE_PER_MINUTE,
        'JUNHENG_LOGIN_RATE_PER_MINUTE',
      ),
      timeWindow: 60_000,
    },
  };
}
