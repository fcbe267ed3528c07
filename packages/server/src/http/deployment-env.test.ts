import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCKOUT } from '../auth/service';
import { DEFAULT_LOGIN_RATE_PER_MINUTE, deploymentFromEnv } from './deployment-env';

describe('deploymentFromEnv', () => {
  it('keeps the single-machine defaults when nothing is set', () => {
    expect(deploymentFromEnv({})).toEqual({
      trustProxy: false,
      secureCookies: false,
      lockout: DEFAULT_LOCKOUT,
      loginRateLimit: { max: DEFAULT_LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 },
    });
  });

  it('reads proxy, cookie and login settings', () => {
    const s = deploymentFromEnv({
      JUNHENG_TRUST_PROXY: '10.0.0.2, 10.0.0.3',
      JUNHENG_SECURE_COOKIES: 'true',
      JUNHENG_LOCKOUT_FAILURES: '8',
      JUNHENG_LOCKOUT_MINUTES: '30',
      JUNHENG_LOGIN_RATE_PER_MINUTE: '60',
    });
    expect(s).toEqual({
      trustProxy: '10.0.0.2, 10.0.0.3',
      secureCookies: true,
      lockout: { maxFailures: 8, lockMs: 30 * 60_000 },
      loginRateLimit: { max: 60, timeWindow: 60_000 },
    });
    expect(deploymentFromEnv({ JUNHENG_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(deploymentFromEnv({ JUNHENG_TRUST_PROXY: 'yes' }).trustProxy).toBe(true);
    expect(deploymentFromEnv({ JUNHENG_TRUST_PROXY: 'off', JUNHENG_SECURE_COOKIES: '0' })).toMatchObject({
      trustProxy: false,
      secureCookies: false,
    });
  });

  it('refuses a policy number that is not a positive integer', () => {
    expect(() => deploymentFromEnv({ JUNHENG_LOCKOUT_FAILURES: '0' })).toThrow(/JUNHENG_LOCKOUT_FAILURES/);
    expect(() => deploymentFromEnv({ JUNHENG_LOGIN_RATE_PER_MINUTE: 'many' })).toThrow(/RATE/);
  });
});
