import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { BreakGlassRequestForm } from './BreakGlassRequestForm';

/** Emergency access to a case outside one's scope, asked for with its number and a reason. */
export function BreakGlassPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('access.breakGlass.title'));
  return (
    <section className="page page--narrow" aria-labelledby="break-glass-request-title">
      <h1 id="break-glass-request-title">{t('access.breakGlass.title')}</h1>
      <BreakGlassRequestForm />
    </section>
  );
}
