import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RegisteredCase } from '@refugio/contract';
import { paths } from '../app/paths';

export function RegistrationSuccess({
  registered,
  onAnother,
}: {
  registered: RegisteredCase;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="page page--narrow success" aria-labelledby="registered-title">
      <h1 id="registered-title" ref={heading} tabIndex={-1}>
        {t('registration.success.title')}
      </h1>
      <p className="success__label">{t('registration.success.caseNumber')}</p>
      <p className="success__number" data-testid="case-number">
        {registered.caseNumber}
      </p>
      {registered.filingWindow.late && <p>{t('registration.success.late')}</p>}
      <p className="success__actions">
        <Link href={paths.case(registered.id)} className="button button--primary">
          {t('registration.success.open')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('registration.success.another')}
        </button>
      </p>
    </section>
  );
}
