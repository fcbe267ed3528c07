// A write that the rules or the record's state do not allow is a conflict: HTTP 409 with the details. The shared
// DomainError codes have no area conflicts, so an area (communities, rotation) subclasses AreaConflict with its
// own code and maps it in its own routes' error handler; every other error goes on to the app's handler unchanged.
import type { FastifyInstance } from 'fastify';

export abstract class AreaConflict extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Maps the area's own conflict (only that one) to 409 in the routes registered on `app`. */
export function registerConflictHandler(
  app: FastifyInstance,
  conflict: abstract new (message: string, details?: unknown) => AreaConflict,
): void {
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof conflict) {
      return reply.status(409).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.details === undefined ? {} : { details: error.details }),
        },
      });
    }
    // Thrown on, the error reaches the parent (app-wide) handler.
    throw error;
  });
}
