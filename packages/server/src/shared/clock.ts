/** The clock is passed in (architecture.md) so ages, lockouts and session expiry are testable. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
