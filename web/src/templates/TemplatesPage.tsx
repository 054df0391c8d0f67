import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateView } from '@refugio/contract';
import { activateTemplate, listTemplates, retireTemplate } from '../api/templates';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { NewTemplateForm } from './NewTemplateForm';
import { TemplateRow } from './TemplateRow';
import { useNewNumber } from './useNewNumber';
import './templates.css';

/**
 * /templates: the model resolutions and notices, each number with its status. Administrators open a
 * draft in the editor, start the next number of one in force, create a first one, activate and retire.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('templates.page.title'));
  const state = useApi('templates', (signal) => listTemplates({}, signal));
  const newNumber = useNewNumber();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [creating, setCreating] = useState(false);

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
    <section className="page" aria-labelledby="templates-title">
      <div className="page__heading">
        <h1 id="templates-title">{t('templates.page.title')}</h1>
        {list?.canManage && !creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('templates.action.newTemplate')}
          </button>
        )}
      </div>
      <p className="page__intro">{t('templates.page.intro')}</p>
      {creating && <NewTemplateForm onCancel={() => setCreating(false)} />}
      <OutcomeNotice outcome={outcome} />
      {newNumber.failure && <FailureNotice failure={newNumber.failure} />}
      {state.error && <FailureNotice failure={state.error} onRetry={state.reload} />}
      {!list && state.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {list && list.templates.length === 0 && <p>{t('templates.page.empty')}</p>}
      {list && list.templates.length > 0 && (
        <div className="table-wrap" aria-busy={state.loading}>
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
                <TemplateRow
                  key={template.id}
                  template={template}
                  busy={busy || newNumber.creating}
                  onNewNumber={() => newNumber.create(template)}
                  onActivate={() =>
                    change(
                      () => activateTemplate(template.id, template.version),
                      t('templates.page.activated'),
                    )
                  }
                  onRetire={() =>
                    change(() => retireTemplate(template.id, template.version), t('templates.page.retired'))
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
