import { useTranslation } from 'react-i18next';
import { fullName, sharingPurposes, type CaseConsents } from '@refugio/contract';
import type { CasePanelProps } from '../app/feature-pages';
import { getCaseConsents, listDisclosures } from '../api/dataProtection';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { formatDate, formatDateTime } from '../i18n/dates';
import { Progress } from '../ui/Progress';
import { can, useMe } from '../session/SessionContext';
import { useReference } from '../app/ReferenceContext';
import { RecordConsentForm } from './RecordConsentForm';
import { DiscloseForm } from './DiscloseForm';
import { SubjectAccessExports } from './SubjectAccessExports';
import './data-protection.css';

/**
 * The people's consent to each kind of sharing, the disclosures made of the file, and for a
 * supervisor the form to share it (which the server refuses without consent or to an authority of
 * the country of origin).
 */
export function SharingPanel({ detail }: CasePanelProps) {
  const { t } = useTranslation();
  const me = useMe();
  const { profile } = useReference();
  const consents = useApi(`consents:${detail.id}`, (signal) => getCaseConsents(detail.id, signal));
  const disclosures = useApi(`disclosures:${detail.id}`, (signal) => listDisclosures(detail.id, signal));
  const nameOf = (personId: string) => {
    const person = detail.people.find((p) => p.id === personId);
    return person ? fullName(person) : '—';
  };

  return (
    <section className="panel" aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('dataProtection.title')}</h2>
      <p className="panel__intro">{t('dataProtection.intro')}</p>
      {consents.error && <FailureNotice failure={consents.error} onRetry={consents.reload} />}
      {!consents.data && consents.loading && <Progress label={t('app.loading')} />}
      {consents.data && <ConsentTable consents={consents.data} nameOf={nameOf} />}
      <RecordConsentForm detail={detail} onRecorded={consents.replace} />

      <h3 className="panel__subheading">{t('dataProtection.disclosures.title')}</h3>
      {disclosures.error && <FailureNotice failure={disclosures.error} onRetry={disclosures.reload} />}
      {disclosures.data &&
        (disclosures.data.disclosures.length === 0 ? (
          <p className="muted">{t('dataProtection.disclosures.none')}</p>
        ) : (
          <table className="table sharing-table">
            <thead>
              <tr>
                <th scope="col">{t('dataProtection.disclosures.when')}</th>
                <th scope="col">{t('dataProtection.disclosures.recipient')}</th>
                <th scope="col">{t('dataProtection.disclosures.purpose')}</th>
                <th scope="col">{t('dataProtection.disclosures.people')}</th>
                <th scope="col">{t('dataProtection.disclosures.by')}</th>
              </tr>
            </thead>
            <tbody>
              {disclosures.data.disclosures.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.disclosedAt, profile.timeZone)}</td>
                  <td>{d.recipient.name}</td>
                  <td>{t(`dataProtection.purpose.${d.purpose}`)}</td>
                  <td>{d.personIds.map(nameOf).join(', ')}</td>
                  <td>{d.disclosedBy?.name ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      {me.user.role === 'supervisor' && <DiscloseForm detail={detail} onDisclosed={disclosures.reload} />}
      {can(me, 'subject_access.export') && <SubjectAccessExports detail={detail} />}
    </section>
  );
}

function ConsentTable({ consents, nameOf }: { consents: CaseConsents; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  return (
    <table className="table sharing-table">
      <thead>
        <tr>
          <th scope="col">{t('dataProtection.person')}</th>
          {sharingPurposes.map((purpose) => (
            <th scope="col" key={purpose}>
              {t(`dataProtection.purpose.${purpose}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {consents.people.map((person) => (
          <tr key={person.personId}>
            <th scope="row">{nameOf(person.personId)}</th>
            {sharingPurposes.map((purpose) => {
              const standing = person.current[purpose];
              return (
                <td key={purpose} className={`consent consent--${standing?.decision ?? 'none'}`}>
                  {standing
                    ? t('dataProtection.standing', {
                        decision: t(`dataProtection.decision.${standing.decision}`),
                        date: formatDate(standing.expressedOn),
                      })
                    : t('dataProtection.decision.none')}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
