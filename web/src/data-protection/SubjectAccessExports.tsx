import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type CaseDetail, type SubjectAccessFormat } from '@refugio/contract';
import { fetchSubjectAccess } from '../api/dataProtection';
import { asFailure } from '../api/client';
import { Progress } from '../ui/Progress';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';

/** Saves a blob under a file name (the browser's download). */
function save(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * The subject access export of each person of the case, as PDF or JSON in the language the person
 * reads: everything held about them, other people's data withheld (the server decides what). Shown
 * only to who may make it (`subject_access.export`); each export is recorded on the file.
 */
export function SubjectAccessExports({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<'es' | 'en'>(i18n.language === 'en' ? 'en' : 'es');
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = (personId: string, name: string, format: SubjectAccessFormat) => {
    setBusy(`${personId}:${format}`);
    setOutcome(null);
    const file = `${detail.caseNumber}-${name}-acceso.${format}`.replace(/[^\p{L}\p{N}.-]+/gu, '_');
    fetchSubjectAccess(detail.id, personId, format, language).then(
      (blob) => {
        save(blob, file);
        setBusy(null);
        setOutcome({ tone: 'success', text: t('dataProtection.subjectAccess.done', { name, file }) });
      },
      (error: unknown) => {
        setBusy(null);
        setOutcome({ tone: 'error', text: t(`errors.api.${asFailure(error).code}`) });
      },
    );
  };

  return (
    <div className="subject-access">
      <h3 className="panel__subheading">{t('dataProtection.subjectAccess.title')}</h3>
      <p className="muted">{t('dataProtection.subjectAccess.intro')}</p>
      <label className="subject-access__language">
        {t('dataProtection.subjectAccess.language')}{' '}
        <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'es')}>
          <option value="es">Español</option>
          <option value="en">English</option>
        </select>
      </label>
      <ul className="subject-access__people">
        {detail.people.map((person) => {
          const name = fullName(person);
          return (
            <li key={person.id}>
              <span className="subject-access__name">{name}</span>
              <span className="muted">{t('dataProtection.subjectAccess.label')}</span>
              {(['pdf', 'json'] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button button--secondary"
                  disabled={busy !== null}
                  aria-label={t('dataProtection.subjectAccess.action', {
                    name,
                    format: format.toUpperCase(),
                  })}
                  onClick={() => run(person.id, name, format)}
                >
                  {t(`dataProtection.subjectAccess.${format}`)}
                </button>
              ))}
              {busy?.startsWith(`${person.id}:`) && (
                <Progress label={t('dataProtection.subjectAccess.busy')} />
              )}
            </li>
          );
        })}
      </ul>
      <OutcomeNotice outcome={outcome} />
    </div>
  );
}
