import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../http/context';
import { countyRoutes } from './counties/routes';
import { schoolRoutes } from './schools/routes';
import { statsRoutes } from './stats/routes';
import { teacherRoutes } from './teachers/routes';

export const orgRoutes: FastifyPluginAsync<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(countyRoutes, { ctx });
  await app.register(schoolRoutes, { ctx });
  await app.register(statsRoutes, { ctx });
  await app.register(teacherRoutes, { ctx });
};
