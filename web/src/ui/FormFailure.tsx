import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../api/client';
import { Notice } from './Notice';

/** The server's refusal of a form, unless it named fields: those errors stand by their fields. */
export function FormFailure({ failure }: { failure: ApiFailure | undefined }) {
  const { t } = useTranslation();
  if (!failure || failure.fields.length > 0) return null;
  return <Notice tone="error">{t(`errors.api.${failure.code}`)}</Notice>;
}
