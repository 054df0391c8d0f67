import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../api/client';

const ruleCodes = [
  'version_exists',
  'never_marked',
  'same_event',
  'no_previous_extension',
  'unknown_limit',
] as const;
type RuleCode = (typeof ruleCodes)[number];
const isRuleCode = (code: string): code is RuleCode => (ruleCodes as readonly string[]).includes(code);

/**
 * A field's error, with the time-limit rules' own refusals (a version already on that date, an
 * event no step records…) in the officer's language rather than the server's English.
 */
export function useRuleErrors(
  failure: ApiFailure | undefined,
  error: (path: string) => string | undefined,
): (path: string) => string | undefined {
  const { t } = useTranslation();
  return (path) => {
    const code = failure?.fields.find((f) => f.path === path)?.code;
    return code && isRuleCode(code) ? t(`timeLimits.errors.${code}`) : error(path);
  };
}
