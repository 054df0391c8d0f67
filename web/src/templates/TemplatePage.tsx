import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TemplateView } from '@refugio/contract';
import { getTemplate, listTemplateFields } from '../api/templates';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useNames } from '../i18n/useNames';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { TemplateEditor } from './TemplateEditor';
import { TemplateReadOnly } from './TemplateReadOnly';
import { templatesPath } from './paths';
import './templates.css';

/**
 * /templates/:id: a draft in the editor (for whoever may edit it), any other number as it prints,
 * with "Nueva versión" to change it.
 */
export function TemplatePage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.id ?? '';
  const { t } = useTranslation();
  const names = useNames();
  const template = useApi(`template:${id}`, (signal) => getTemplate(id, signal));
  const fields = useApi('template-fields', listTemplateFields);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Bumped by "reload" after a conflict: the editor starts afresh from what is saved.
  const [generation, setGeneration] = useState(0);
  const view = template.data;
  useDocumentTitle(view?.title ?? t('templates.page.title'));

  const reload = () => {
    setOutcome(null);
    setGeneration((n) => n + 1);
    template.reload();
  };
  const activated = (active: TemplateView) => {
    template.replace(active);
    setOutcome({ tone: 'success', text: t('templates.page.activated') });
    // Activated from the foot of a long editor: back to the top, where the page says so.
    heading.current?.focus();
  };

  const failure = template.error ?? fields.error;
  const fieldList = fields.data?.fields;
  const ready = view && fieldList && !(template.loading && generation > 0);
  return (
    <section className="page" aria-labelledby="template-title">
      <p className="breadcrumb">
        <Link href={templatesPath}>← {t('templates.editor.back')}</Link>
      </p>
      {failure && (
        <FailureNotice
          failure={failure}
          onRetry={() => (template.error ? template.reload() : fields.reload())}
        />
      )}
      {!ready && !failure && <Progress label={t('app.loading')} className="progress--page" />}
      {view && (
        <div className="page__heading">
          <h1 id="template-title" ref={heading} tabIndex={-1}>
            {view.title}
          </h1>
          <p className="muted">
            {t('templates.editor.summary', {
              kind: [
                t(`templates.kind.${view.kind}`),
                view.outcome ? t(`decisions.outcome.${view.outcome}`) : null,
              ]
                .filter(Boolean)
                .join(' · '),
              language: names.spokenLanguage(view.language),
              number: view.number,
              status: t(`templates.status.${view.status}`),
            })}
          </p>
        </div>
      )}
      <OutcomeNotice outcome={outcome} />
      {ready &&
        (view.actions.includes('edit') ? (
          <TemplateEditor
            key={`${view.id}:${generation}`}
            template={view}
            fields={fieldList}
            onSaved={template.replace}
            onActivated={activated}
            onReload={reload}
          />
        ) : (
          <TemplateReadOnly template={view} />
        ))}
    </section>
  );
}
