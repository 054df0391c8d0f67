import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TemplateView } from '@refugio/contract';
import { useNames } from '../i18n/useNames';
import { HiddenContext } from './HiddenContext';
import { PreviewButton } from './PreviewButton';
import { templatePath } from './paths';

interface TemplateRowProps {
  template: TemplateView;
  busy: boolean;
  onActivate: () => void;
  onRetire: () => void;
  onNewNumber: () => void;
}

/** One number of a template in the list, with what the server says may be done with it. */
export function TemplateRow({ template, busy, onActivate, onRetire, onNewNumber }: TemplateRowProps) {
  const { t } = useTranslation();
  const names = useNames();
  const can = (action: TemplateView['actions'][number]) => template.actions.includes(action);
  // Every row has the same buttons: screen readers hear which template each one is for.
  const which = (
    <HiddenContext
      text={`(${t('templates.action.ofTemplate', { title: template.title, number: template.number })})`}
    />
  );
  return (
    <tr>
      <td>
        <Link href={templatePath(template.id)}>{template.title}</Link>
        {template.refugioDraft && <div className="muted">{t('templates.page.refugioDraft')}</div>}
      </td>
      <td>
        {t(`templates.kind.${template.kind}`)}
        {template.outcome && ` · ${t(`decisions.outcome.${template.outcome}`)}`}
      </td>
      <td>{names.spokenLanguage(template.language)}</td>
      <td>{template.number}</td>
      <td>{t(`templates.status.${template.status}`)}</td>
      <td>
        <div className="template-actions">
          {can('edit') && (
            <Link className="button button--primary" href={templatePath(template.id)}>
              {t('templates.action.edit')}
              {which}
            </Link>
          )}
          {can('new_number') && (
            <button type="button" className="button" disabled={busy} onClick={onNewNumber}>
              {t('templates.action.newNumber')}
              {which}
            </button>
          )}
          {can('activate') && (
            <button type="button" className="button" disabled={busy} onClick={onActivate}>
              {t('templates.action.activate')}
              {which}
            </button>
          )}
          {can('retire') && (
            <button type="button" className="button" disabled={busy} onClick={onRetire}>
              {t('templates.action.retire')}
              {which}
            </button>
          )}
          {can('preview') && (
            <PreviewButton
              id={template.id}
              context={t('templates.action.ofTemplate', { title: template.title, number: template.number })}
            />
          )}
        </div>
      </td>
    </tr>
  );
}
