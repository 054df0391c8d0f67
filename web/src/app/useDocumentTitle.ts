import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "Page · Refugio" in the tab, so screen-reader users and tab lists know where they are. */
export function useDocumentTitle(page: string | undefined): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} · ${product}` : product;
  }, [page, product]);
}
