import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateView } from '@refugio/contract';
import { activateTemplate, listTemplates, retireTemplate, templatePreviewUrl } from '../api/templates';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';

/** /templates: the model resolutions and notices, each number with its status; administrators activate and retire. */
export function TemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('templates.page.title'));
  const state = useApi('templates', (signal) => listTemplates({}, signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  const change = (run: () => Promise<TemplateView>, done: string) => {
    setBusy(true);
    setOutcome(null);
    run().then(
      () => {
        setBusy(false);
        setOutcome({ tone: 'success', text: done });
        state.reload();
      },
      (error: unknown) => {
        setBusy(false);
        const failure = asFailure(error);
        setOutcome({
          tone: 'error',
          text: failure.code === 'conflict' ? t('templates.page.conflict') : t(`errors.api.${failure.code}`),
        });
        state.reload();
      },
    );
  };

  const list = state.data;
  return (
    <main className="page">
      <h1>{t('templates.page.title')}</h1>
      <p>{t('templates.page.intro')}</p>
      <OutcomeNotice outcome={outcome} />
      {list && list.templates.length === 0 && <p>{t('templates.page.empty')}</p>}
      {list && list.templates.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('templates.column.title')}</th>
              <th scope="col">{t('templates.column.kind')}</th>
              <th scope="col">{t('templates.column.language')}</th>
              <th scope="col">{t('templates.column.number')}</th>
              <th scope="col">{t('templates.column.status')}</th>
              <th scope="col">{t('templates.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.templates.map((template) => (
              <tr key={template.id}>
                <td>
                  {template.title}
                  {template.refugioDraft && <div className="muted">{t('templates.page.refugioDraft')}</div>}
                </td>
                <td>
                  {t(`templates.kind.${template.kind}`)}
                  {template.outcome && ` · ${t(`decisions.outcome.${template.outcome}`)}`}
                </td>
                <td>{template.language}</td>
                <td>{template.number}</td>
                <td>{t(`templates.status.${template.status}`)}</td>
                <td>
                  {template.actions.includes('activate') && (
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() =>
                        change(
                          () => activateTemplate(template.id, template.version),
                          t('templates.page.activated'),
                        )
                      }
                    >
                      {t('templates.action.activate')}
                    </button>
                  )}
                  {template.actions.includes('retire') && (
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() =>
                        change(
                          () => retireTemplate(template.id, template.version),
                          t('templates.page.retired'),
                        )
                      }
                    >
                      {t('templates.action.retire')}
                    </button>
                  )}
                  <form
                    method="post"
                    action={templatePreviewUrl(template.id)}
                    target="_blank"
                    className="inline-form"
                  >
                    <button type="submit" className="button">
                      {t('templates.action.preview')}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
