import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { paths } from './paths';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFound.title'));
  return (
    <section className="page page--narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link href={paths.cases}>{t('app.notFound.back')}</Link>
      </p>
    </section>
  );
}
