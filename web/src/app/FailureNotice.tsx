import { useTranslation } from 'react-i18next';
import type { ApiFailure } from '../api/client';
import { Notice } from '../ui/Notice';

/** A failed request in the officer's language, with a retry button when retrying can help. */
export function FailureNotice({ failure, onRetry }: { failure: ApiFailure; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Notice tone="error">
      <p>{t(`errors.api.${failure.code}`)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </Notice>
  );
}
