// The HTTP app (architecture.md, API): Fastify 5 with zod schemas at the boundary, routes under /api/v1,
// OpenAPI at /api/docs, the built web client with SPA fallback, and security headers on every answer.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { auditRoutes } from './audit/routes';
import { registerAuthHooks } from './auth/hooks';
import { authRoutes } from './auth/routes';
import type { LockoutPolicy } from './auth/service';
import type { Db } from './db/client';
import type { AppContext } from './http/context';
import { deploymentFromEnv } from './http/deployment-env';
import { registerErrorHandler } from './http/error-handler';
import { ReadCache } from './http/read-cache';
import { logSerializers } from './http/log-safety';
import { securityHeaders } from './http/security-headers';
import { communityRoutes } from './communities/routes';
import { evaluationRoutes } from './evaluation/routes';
import { rotationRoutes } from './rotation/routes';
import { importRoutes } from './imports/routes';
import { orgRoutes } from './org/routes';
import type { Clock } from './shared/clock';
import { userRoutes } from './users/routes';

export interface BuildAppOptions {
  db: Db;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
  /** packages/web/dist; served with SPA fallback when it exists. */
  webDist?: string;
  /** The options below default to the environment (http/deployment-env.ts, docs/deployment.md). */
  lockout?: LockoutPolicy;
  loginRateLimit?: { max: number; timeWindow: number };
  secureCookies?: boolean;
  /** Remember hot list answers between writes (http/read-cache.ts); the server turns it on, tests opt in. */
  readCache?: boolean;
  trustProxy?: boolean | string;
  /** Every /api route as registered (for the authorisation sweep). */
  onApiRoute?: (route: RouteOptions) => void;
}

// No personal data in logs: cookies, tokens and passwords are never written (architecture.md, Data).
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  // @fastify/multipart traces the options it hands busboy, request headers included.
  'busboyOptions.headers.cookie',
  'busboyOptions.headers.authorization',
  'busboyOptions.headers["x-csrf-token"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
];

function loggerOption(logger: BuildAppOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  return {
    ...base,
    serializers: logSerializers,
    redact: { paths: REDACT, censor: '[redacted]' },
  } as FastifyServerOptions['logger'];
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const env = deploymentFromEnv();
  const app = Fastify({
    logger: loggerOption(options.logger),
    bodyLimit: 5 * 1024 * 1024,
    // Behind a reverse proxy the client address (rate limit, logs) comes from X-Forwarded-For.
    trustProxy: options.trustProxy ?? env.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const readCache = options.readCache ? new ReadCache(() => options.clock().getTime()) : null;
  const ctx: AppContext = { db: options.db, clock: options.clock, readCache };
  readCache?.attach(app);

  if (options.onApiRoute) {
    const onApiRoute = options.onApiRoute;
    app.addHook('onRoute', (route) => {
      if (route.url.startsWith('/api/v1/')) onApiRoute(route);
    });
  }
  registerErrorHandler(app);
  securityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Junheng 均衡 API', version: '1' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAuthHooks(app, ctx);

  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        ctx,
        lockout: options.lockout ?? env.lockout,
        loginRateLimit: options.loginRateLimit ?? env.loginRateLimit,
        secureCookies: options.secureCookies ?? env.secureCookies,
      });
      await api.register(userRoutes, { ctx });
      await api.register(auditRoutes, { ctx });
      await api.register(orgRoutes, { ctx });
      await api.register(evaluationRoutes, { ctx });
      await api.register(rotationRoutes, { ctx });
      await api.register(communityRoutes, { ctx });
      await api.register(importRoutes, { ctx });
    },
    { prefix: '/api/v1' },
  );

  const webDist = options.webDist;
  const hasWeb = webDist !== undefined && existsSync(join(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifStatic, { root: webDist, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api')) {
      return reply.sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: 'not found / 未找到' } });
  });
  return app;
}
