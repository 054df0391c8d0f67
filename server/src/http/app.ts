import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { caseRoutes } from '../cases/case.routes';
import { calendarRoutes } from '../calendars/calendar.routes';
import { timeLimitRuleRoutes } from '../time-limit-rules/time-limit-rule.routes';
import { interviewRoutes } from '../interviews/interview.routes';
import { agendaRoutes } from '../agenda/agenda.routes';
import { coiRoutes } from '../coi/coi.routes';
import { assessmentRoutes } from '../assessments/assessment.routes';
import { templateRoutes } from '../templates/template.routes';
import { decisionRoutes } from '../decisions/decision.routes';
import { appealRoutes } from '../appeals/appeal.routes';
import { qualityRoutes } from '../quality/quality.routes';
import { deadlineRoutes } from '../deadlines/deadline.routes';
import { triageRoutes } from '../triage/triage.routes';
import { presentationRoutes } from '../presentations/presentation.routes';
import { assignmentRoutes } from '../assignments/assignment.routes';
import { sessionRoutes } from '../auth/session.routes';
import { accountRoutes } from '../auth/account.routes';
import { auditRoutes } from '../audit/audit.routes';
import { attachmentRoutes } from '../attachments/attachment.routes';
import { accessRoutes } from '../access/access.routes';
import { dataProtectionRoutes } from '../data-protection/data-protection.routes';
import { retentionRoutes } from '../retention/retention.routes';
import { singleSignOnRoutes } from '../auth/single-sign-on/single-sign-on.routes';
import { identityRoutes } from '../identity/identity.routes';
import { referenceRoutes } from '../offices/reference.routes';
import type { AppContext } from './context';
import { answerFrameworkError, installErrorHandler } from './error-handler';
import { healthRoutes } from './health.routes';
import { installSecurityHeaders } from './security-headers';
import { installCsrfProtection } from './csrf';
import { defaultRateLimits, installRateLimits, type RateLimits } from './rate-limit';
import { installRequestLimits, MAX_HEADER_BYTES, MAX_PARAM_LENGTH } from './request-limits';
import { installSessionResolution } from './session-cookie';
import type { App } from './context';

export interface BuildAppOptions {
  /** The built web app (web/dist); when absent only the API is served. */
  webDist?: string;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** Request budgets (defaults: `defaultRateLimits`); `false` only for tests that flood on purpose. */
  rateLimits?: Partial<RateLimits> | false;
  /** Sees every route as it is registered, schemas included (the route inventory of the tests). */
  onRoute?: (route: RouteOptions) => void;
}

/** The HTTP application: API under /api/v1, OpenAPI at /api/openapi.json, the web app at /. */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    // A 1 MB name must reach validation and be refused by field, not as an anonymous 413.
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    // Request ids in logs let an operator follow one request without logging what it carried.
    genReqId: () => crypto.randomUUID(),
    // A path parameter is an id (36 characters); a longer one is no route of ours.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // Request line and headers together; larger gets 431 from Node before Fastify sees it.
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    frameworkErrors: (error, _request, reply) => answerFrameworkError(error, reply),
  }).withTypeProvider<ZodTypeProvider>();
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  // The API speaks JSON only; a form or text post (the shape of a cross-site request) gets a 415.
  app.removeContentTypeParser(['text/plain']);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Refugio API',
        version: '1',
        description:
          'Case management for refugee status determination. Errors: {error:{code,message,fields?}}.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'refugio_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  installErrorHandler(app);
  installSecurityHeaders(app, { tls: ctx.cookieSecure });
  // Order matters: size and forgery checks cost nothing and come before the session is looked up;
  // per-user budgets need the session.
  installRequestLimits(app);
  installCsrfProtection(app);
  installSessionResolution(app, ctx.db, ctx.sessionPolicy);
  await installRateLimits(
    app,
    options.rateLimits === false ? false : { ...defaultRateLimits, ...options.rateLimits },
  );

  healthRoutes(app, ctx);
  sessionRoutes(app, ctx);
  referenceRoutes(app, ctx);
  caseRoutes(app, ctx);
  deadlineRoutes(app, ctx);
  triageRoutes(app, ctx);
  presentationRoutes(app, ctx);
  assignmentRoutes(app, ctx);
  calendarRoutes(app, ctx);
  timeLimitRuleRoutes(app, ctx);
  interviewRoutes(app, ctx);
  agendaRoutes(app, ctx);
  coiRoutes(app, ctx);
  assessmentRoutes(app, ctx);
  templateRoutes(app, ctx);
  decisionRoutes(app, ctx);
  appealRoutes(app, ctx);
  qualityRoutes(app, ctx);
  accountRoutes(app, ctx);
  auditRoutes(app, ctx);
  attachmentRoutes(app, ctx);
  accessRoutes(app, ctx);
  dataProtectionRoutes(app, ctx);
  retentionRoutes(app, ctx);
  singleSignOnRoutes(app, ctx);
  identityRoutes(app, ctx);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDist = options.webDist;
  const hasWeb = webDist !== undefined && existsSync(join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api/') && hasWeb && request.method === 'GET') {
      // Client-side routes (/casos/…) are the web app's: hand it its page.
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: { code: 'not_found', message: 'No such route' } });
  });
  return app;
}
