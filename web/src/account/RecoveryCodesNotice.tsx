import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../ui/Notice';

/** The recovery codes, shown this once, with copy and print. */
export function RecoveryCodesNotice({ codes }: { codes: readonly string[] }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(codes.join('\n')).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  return (
    <section className="recovery-codes" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{t('account.mfa.recoveryTitle')}</h3>
      <Notice tone="warning">{t('account.mfa.recoveryHint')}</Notice>
      <ol className="recovery-codes__list" aria-label={t('account.mfa.recoveryTitle')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-buttons">
        <button type="button" className="button button--secondary" onClick={copy}>
          {t('account.mfa.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('account.mfa.print')}
        </button>
        {copied && <span role="status">{t('account.mfa.copied')}</span>}
      </div>
    </section>
  );
}
