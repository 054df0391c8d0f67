import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, todayIn, type FieldClass, type PersonView } from '@refugio/contract';
import { proofOfRegistrationUrl } from '../api/endpoints';
import { useReference } from '../app/ReferenceContext';
import { ageOn, formatDate } from '../i18n/dates';
import { currentLanguage } from '../i18n/i18n';
import { useNames } from '../i18n/useNames';

interface PersonSectionProps {
  caseId: string;
  person: PersonView;
  canPrint: boolean;
  /** Field classes the server withheld from this user (shown as restricted, never as empty). */
  restricted?: readonly FieldClass[];
}

export function PersonSection({ caseId, person, canPrint, restricted = [] }: PersonSectionProps) {
  const { t, i18n } = useTranslation();
  const names = useNames();
  const { profile } = useReference();
  const language = currentLanguage(i18n);
  const other = language === 'es' ? 'en' : 'es';
  const headingId = `person-${person.id}`;
  const age = ageOn(person.birthDate, todayIn(profile.timeZone));
  const list = (items: string[], none = t('detail.none')) => (items.length ? items.join(', ') : none);

  const rows: [string, ReactNode][] = [
    [t('person.sex'), t(`sex.${person.sex}`)],
    [
      t('person.birthDate'),
      <>
        {formatDate(person.birthDate)}
        {person.birthDateEstimated && ` (${t('detail.estimated')})`}
        {age !== null && ` · ${t('detail.age', { count: age })}`}
      </>,
    ],
    [t('person.countryOfBirth'), names.country(person.countryOfBirth)],
    [t('person.nationalities'), list(person.nationalities.map(names.country))],
    [t('person.countryOfOrigin'), names.country(person.countryOfOrigin)],
    [
      t('person.languages'),
      `${list(person.languages.map(names.spokenLanguage))}${person.needsInterpreter ? ` · ${t('person.needsInterpreter')}` : ''}`,
    ],
    [t('person.otherNames'), list(person.otherNames)],
    [t('person.phone'), person.phone === null ? <Restricted /> : person.phone || t('detail.none')],
    [t('person.address'), person.address === null ? <Restricted /> : person.address || t('detail.none')],
    [
      t('person.documents'),
      list(
        person.documents.map(
          (d) => `${t(`documentType.${d.type}`)} ${d.number} (${names.country(d.issuingCountry)})`,
        ),
      ),
    ],
  ];

  return (
    <section className="person" aria-labelledby={headingId}>
      <div className="person__heading">
        <h3 id={headingId}>{fullName(person)}</h3>
        <span className="badge">
          {person.role === 'principal'
            ? t('detail.principal')
            : `${t('detail.dependant')}${person.relationship ? ` · ${t(`relationship.${person.relationship}`)}` : ''}`}
        </span>
      </div>
      <dl className="facts facts--person">
        {rows.map(([term, value]) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="person__subheading">{t('person.specificNeeds')}</h4>
      {restricted.includes('medical') && (
        <p className="muted">
          <Restricted /> {t('access.restrictedNeeds')}
        </p>
      )}
      {person.specificNeeds.length === 0 ? (
        <p className="muted">{t('detail.noneNeeds')}</p>
      ) : (
        <ul className="needs">
          {person.specificNeeds.map((code) => (
            <li key={code}>
              {names.specificNeed(code)} <span className="code">{code}</span>
            </li>
          ))}
        </ul>
      )}
      {canPrint && (
        <p className="person__actions">
          <a
            className="button button--secondary"
            href={proofOfRegistrationUrl(caseId, person.id, language)}
            download
          >
            {t('detail.proof')}
          </a>
          <a
            className="button button--quiet"
            href={proofOfRegistrationUrl(caseId, person.id, other)}
            download
          >
            {t('detail.proofOtherLanguage')}
          </a>
        </p>
      )}
    </section>
  );
}

function Restricted() {
  const { t } = useTranslation();
  return <span className="badge badge--paused">{t('access.restricted')}</span>;
}
