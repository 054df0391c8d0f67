import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterpreterView } from '@refugio/contract';
import { listInterpreters } from '../api/interviews';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useReference } from '../app/ReferenceContext';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { InterpreterForm } from './InterpreterForm';

/** The interpreter register: who interprets which languages, where, and whether bound to confidentiality. */
export function InterpretersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('interviews.interpreters.title'));
  const names = useNames();
  const { offices } = useReference();
  const register = useApi('interpreters', (signal) => listInterpreters(signal));
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const officeName = (id: string) => offices.find((o) => o.id === id)?.name ?? id;

  const saved = (interpreter: InterpreterView) => {
    setEditing(null);
    setOutcome({ tone: 'success', text: t('interviews.interpreters.saved', { name: interpreter.fullName }) });
    register.reload();
  };
  const conflicted = () => {
    setEditing(null);
    setOutcome({ tone: 'error', text: t('interviews.interpreters.conflict') });
    register.reload();
  };
  const data = register.data;

  return (
    <section className="page" aria-labelledby="interpreters-title">
      <h1 id="interpreters-title">{t('interviews.interpreters.title')}</h1>
      <p className="page__intro">{t('interviews.interpreters.intro')}</p>
      <OutcomeNotice outcome={outcome} />
      {register.error && <FailureNotice failure={register.error} onRetry={register.reload} />}
      {!data && register.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {data?.canManage && editing === null && (
        <section className="panel panel--form" aria-labelledby="interpreter-add-title">
          <h2 id="interpreter-add-title">{t('interviews.interpreters.add')}</h2>
          <InterpreterForm key={data.interpreters.length} onSaved={saved} onConflict={conflicted} />
        </section>
      )}
      {data && data.interpreters.length === 0 && <p>{t('interviews.interpreters.none')}</p>}
      {data && data.interpreters.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('interviews.interpreters.columns.name')}</th>
              <th scope="col">{t('interviews.interpreters.columns.sex')}</th>
              <th scope="col">{t('interviews.interpreters.columns.languages')}</th>
              <th scope="col">{t('interviews.interpreters.columns.offices')}</th>
              <th scope="col">{t('interviews.interpreters.columns.confidentiality')}</th>
              <th scope="col">{t('interviews.interpreters.columns.status')}</th>
              {data.canManage && <th scope="col">{t('interviews.interpreters.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {data.interpreters.map((i) =>
              editing === i.id ? (
                <tr key={i.id}>
                  <td colSpan={7}>
                    <InterpreterForm
                      interpreter={i}
                      onSaved={saved}
                      onCancel={() => setEditing(null)}
                      onConflict={conflicted}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={i.id}>
                  <td>{i.fullName}</td>
                  <td>{t(`sex.${i.sex}`)}</td>
                  <td>{i.languages.map(names.spokenLanguage).join(', ')}</td>
                  <td>
                    {i.officeIds.length === 0
                      ? t('interviews.interpreters.anyOffice')
                      : i.officeIds.map(officeName).join(', ')}
                  </td>
                  <td>
                    {i.confidentialitySignedOn
                      ? formatDate(i.confidentialitySignedOn)
                      : t('interviews.interpreters.notSigned')}
                  </td>
                  <td>
                    {t(i.active ? 'interviews.interpreters.active' : 'interviews.interpreters.inactive')}
                  </td>
                  {data.canManage && (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => setEditing(i.id)}
                        aria-label={`${t('interviews.interpreters.edit')}: ${i.fullName}`}
                      >
                        {t('interviews.interpreters.edit')}
                      </button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </section>
  );
}
