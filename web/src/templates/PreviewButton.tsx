import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asFailure, type ApiFailure } from '../api/client';
import { fetchTemplatePreview } from '../api/templates';
import { Notice } from '../ui/Notice';
import { HiddenContext } from './HiddenContext';

interface PreviewButtonProps {
  id: string;
  /** Said to screen readers after the button's text, e.g. which template of a list. */
  context?: string;
}

/**
 * Opens the template printed with sample values in a new tab. The tab is opened at the click (so the
 * browser does not block it) and shown the PDF once it arrives; a blocked tab gets a link instead.
 */
export function PreviewButton({ id, context }: PreviewButtonProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);

  // The PDF's address lives as long as the page shows its link.
  useEffect(() => () => void (fallback && URL.revokeObjectURL(fallback)), [fallback]);

  const open = () => {
    setBusy(true);
    setFailure(null);
    setFallback(null);
    const tab = window.open('', '_blank');
    fetchTemplatePreview(id).then(
      (pdf) => {
        setBusy(false);
        const url = URL.createObjectURL(pdf);
        if (tab) {
          tab.location.href = url;
          // Long enough for the tab to load it (and to save it from there); then the memory is freed.
          window.setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
        } else setFallback(url);
      },
      (error: unknown) => {
        setBusy(false);
        tab?.close();
        setFailure(asFailure(error));
      },
    );
  };

  return (
    <>
      <button type="button" className="button button--secondary" onClick={open} disabled={busy}>
        {busy ? t('templates.action.previewing') : t('templates.action.preview')}
        {context && <HiddenContext text={`(${context})`} />}
      </button>
      {failure && (
        <Notice tone="error">
          <p>{t(`errors.api.${failure.code}`)}</p>
        </Notice>
      )}
      {fallback && (
        <Notice tone="info">
          <p>
            {t('templates.action.previewBlocked')}{' '}
            <a href={fallback} target="_blank" rel="noreferrer">
              {t('templates.action.previewLink')}
            </a>
          </p>
        </Notice>
      )}
    </>
  );
}
