// A write that the campaign's status does not allow (submit a draft, edit a published plan) is a conflict:
// HTTP 409. The shared DomainError codes have no rotation conflict, so this area carries its own error and maps
// it in its own routes' error handler; every other error goes on to the app's handler unchanged.
import type { FastifyInstance } from 'fastify';

export class RotationConflict extends Error {
  override name = 'RotationConflict';
  readonly code = 'ROTATION_CONFLICT';
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function registerConflictHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof RotationConflict) {
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
