// Besides its audit entries, a row keeps who created it and who last changed it, and when (by id, and by name so
// the stamp survives the account). One shape for every table that carries the stamps.
import type { Actor } from '../auth/roles';

export const createdStamps = (actor: Actor, at: Date) => ({
  createdAt: at,
  createdBy: actor.id,
  createdByName: actor.username,
});

export const updatedStamps = (actor: Actor, at: Date) => ({
  updatedAt: at,
  updatedBy: actor.id,
  updatedByName: actor.username,
});

/** A new row: created and last changed by the actor at the same moment. */
export const stamps = (actor: Actor, at: Date) => ({
  ...createdStamps(actor, at),
  ...updatedStamps(actor, at),
});
