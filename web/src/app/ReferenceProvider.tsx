import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getReference } from '../api/endpoints';
import { useApi } from '../api/useApi';
import { Progress } from '../ui/Progress';
import { FailureNotice } from './FailureNotice';
import { ReferenceContext } from './ReferenceContext';

export function ReferenceProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const reference = useApi('reference', getReference);
  if (reference.error) return <FailureNotice failure={reference.error} onRetry={reference.reload} />;
  if (!reference.data) return <Progress label={t('app.loading')} className="progress--page" />;
  return <ReferenceContext.Provider value={reference.data}>{children}</ReferenceContext.Provider>;
}
