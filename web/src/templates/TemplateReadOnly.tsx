import { useTranslation } from 'react-i18next';
import type { TemplateView } from '@refugio/contract';
import { useReference } from '../app/ReferenceContext';
import { FailureNotice } from '../app/FailureNotice';
import { formatDateTime } from '../i18n/dates';
import { Notice } from '../ui/Notice';
import { PreviewButton } from './PreviewButton';
import { TemplateBodyView } from './TemplateBodyView';
import { useNewNumber } from './useNewNumber';

/** An active or retired number (or any number, for someone who does not manage templates), as it prints. */
export function TemplateReadOnly({ template }: { template: TemplateView }) {
  const { t } = useTranslation();
  const { profile } = useReference();
  const newNumber = useNewNumber();
  const when = (instant: string) => formatDateTime(instant, profile.timeZone);
  const canManage = template.actions.includes('new_number') || template.actions.includes('edit');

  return (
    <div className="template-view">
      <Notice tone="info">
        <p>
          {canManage
            ? t('templates.view.frozen', {
                status: t(`templates.status.${template.status}`).toLowerCase(),
              })
            : t('templates.view.readOnly')}
        </p>
      </Notice>
      {newNumber.failure && <FailureNotice failure={newNumber.failure} />}
      <div className="form-buttons">
        {template.actions.includes('new_number') && (
          <button
            type="button"
            className="button button--primary"
            disabled={newNumber.creating}
            onClick={() => newNumber.create(template)}
          >
            {newNumber.creating ? t('app.saving') : t('templates.action.newNumber')}
          </button>
        )}
        {template.actions.includes('preview') && <PreviewButton id={template.id} />}
      </div>
      <dl className="template-facts">
        <dt>{t('templates.view.source')}</dt>
        <dd>{template.source}</dd>
        <dt>{t('templates.view.created')}</dt>
        <dd>
          {template.createdBy
            ? t('templates.view.by', { date: when(template.createdAt), name: template.createdBy.name })
            : when(template.createdAt)}
        </dd>
        {template.activatedAt && (
          <>
            <dt>{t('templates.view.activated')}</dt>
            <dd>{when(template.activatedAt)}</dd>
          </>
        )}
        {template.retiredAt && (
          <>
            <dt>{t('templates.view.retired')}</dt>
            <dd>{when(template.retiredAt)}</dd>
          </>
        )}
      </dl>
      <h2 id="template-body-title">{t('templates.view.body')}</h2>
      <TemplateBodyView body={template.body} labelledBy="template-body-title" />
    </div>
  );
}
