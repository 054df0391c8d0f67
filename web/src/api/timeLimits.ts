import {
  TimeLimitRuleChangeResult,
  TimeLimitRulesView,
  type RecordTimeLimitRuleInput,
  type WithdrawTimeLimitRuleInput,
} from '@refugio/contract';
import { request } from './client';

const rules = '/api/v1/time-limit-rules';

/** Every time limit of the procedure with its versions, and whether the user may change them. */
export const getTimeLimitRules = (signal?: AbortSignal) =>
  request(rules, { schema: TimeLimitRulesView, signal });

/** Records a version of a time limit from a date; answers it and the recomputation it started. */
export const recordTimeLimitRule = (input: RecordTimeLimitRuleInput) =>
  request(rules, { method: 'POST', body: input, schema: TimeLimitRuleChangeResult });

/** Withdraws a version the authority recorded; a second withdrawal is a conflict (409). */
export const withdrawTimeLimitRule = (ruleId: string, input: WithdrawTimeLimitRuleInput) =>
  request(`${rules}/${encodeURIComponent(ruleId)}/withdraw`, {
    method: 'POST',
    body: input,
    schema: TimeLimitRuleChangeResult,
  });
