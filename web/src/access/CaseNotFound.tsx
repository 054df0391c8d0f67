import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../app/NotFoundPage';
import { useMe } from '../session/SessionContext';
import { BreakGlassRequestForm } from './BreakGlassRequestForm';

/**
 * A case the user may not open answers "not found", as one that does not exist. Users who may ask for
 * emergency access are offered it here, with the case number and a reason; once granted, `onGranted`
 * opens the case (the page loads it again).
 */
export function CaseNotFound({ onGranted }: { onGranted?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [asking, setAsking] = useState(false);
  const mayAsk = me.permissions.includes('break_glass.request');
  return (
    <>
      <NotFoundPage />
      {mayAsk && (
        <section className="page page--narrow" aria-labelledby="break-glass-offer">
          <h2 id="break-glass-offer">{t('access.breakGlass.offer')}</h2>
          {asking ? (
            <BreakGlassRequestForm onGranted={onGranted} />
          ) : (
            <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
              {t('access.breakGlass.submit')}
            </button>
          )}
        </section>
      )}
    </>
  );
}
