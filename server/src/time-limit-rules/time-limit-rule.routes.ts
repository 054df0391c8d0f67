import { z } from 'zod';
import {
  ApiError,
  RecordTimeLimitRuleInput,
  TimeLimitRuleChangeResult,
  TimeLimitRulesView,
  WithdrawTimeLimitRuleInput,
} from '@refugio/contract';
import { jurisdictionSource, nowIn, type App, type AppContext } from '../http/context';
import { requireUser } from '../http/session-cookie';
import {
  listTimeLimitRules,
  recordTimeLimitRule,
  withdrawTimeLimitRule,
  type TimeLimitRuleDeps,
} from './time-limit-rule.service';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };

export function timeLimitRuleRoutes(app: App, ctx: AppContext): void {
  const deps = (): TimeLimitRuleDeps => ({
    source: jurisdictionSource(ctx),
    onError: (error) => app.log.error({ err: error }, 'deadline recomputation failed'),
    now: nowIn(ctx),
  });

  app.get(
    '/api/v1/time-limit-rules',
    {
      schema: {
        tags: ['procedure'],
        summary:
          "The procedure's time limits with every version: the profile's and those the authority recorded",
        response: { 200: TimeLimitRulesView, ...errors },
      },
    },
    async (request) => listTimeLimitRules(ctx.db, requireUser(request), jurisdictionSource(ctx)),
  );

  app.post(
    '/api/v1/time-limit-rules',
    {
      schema: {
        tags: ['procedure'],
        summary: 'Record a version of a time limit from a date; running deadlines are recomputed',
        body: RecordTimeLimitRuleInput,
        response: { 201: TimeLimitRuleChangeResult, ...errors },
      },
    },
    async (request, reply) => {
      const result = await recordTimeLimitRule(ctx.db, requireUser(request), request.body, deps());
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/v1/time-limit-rules/:id/withdraw',
    {
      schema: {
        tags: ['procedure'],
        summary: 'Withdraw a recorded version of a time limit; running deadlines are recomputed',
        params: z.object({ id: z.uuid() }),
        body: WithdrawTimeLimitRuleInput,
        response: { 200: TimeLimitRuleChangeResult, ...errors, 409: ApiError },
      },
    },
    async (request) =>
      withdrawTimeLimitRule(ctx.db, requireUser(request), request.params.id, request.body, deps()),
  );
}
