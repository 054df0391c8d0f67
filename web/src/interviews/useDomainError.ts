import { useTranslation } from 'react-i18next';
import type { FormSubmission } from '../ui/useFormSubmission';
import { interviews } from '../i18n/es/interviews';

type DomainCode = keyof typeof interviews.errors;
const isDomainCode = (code: string): code is DomainCode => code in interviews.errors;

/** A field's error, in the officer's language also for this feature's own codes (double booking, consent…). */
export function useDomainError(submission: FormSubmission): (path: string) => string | undefined {
  const { t } = useTranslation();
  return (path) => {
    const field = submission.failure?.fields.find((f) => f.path === path);
    if (field && isDomainCode(field.code)) return t(`interviews.errors.${field.code}`);
    return submission.error(path);
  };
}
