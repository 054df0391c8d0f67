import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type PersonLinkView } from '@refugio/contract';
import type { CasePanelProps } from '../app/feature-pages';
import { asFailure } from '../api/client';
import { fetchCaseIdentityLinks, undoIdentityLink } from '../api/identity';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { formatDate } from '../i18n/dates';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { Link } from 'wouter';
import './identity.css';

/**
 * The case's people as one person across files: "same person as … in case …" and family links, with
 * who linked them and when; registration staff and supervisors undo a link (both records stay).
 */
export function IdentityPanel({ detail }: CasePanelProps) {
  const { t } = useTranslation();
  const links = useApi(`identity-links:${detail.id}`, (signal) => fetchCaseIdentityLinks(detail.id, signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const personName = (id: string) => {
    const p = detail.people.find((x) => x.id === id);
    return p ? fullName(p) : '';
  };
  if (links.data && links.data.links.length === 0) return null;

  const undo = (link: PersonLinkView) => {
    setBusy(link.id);
    setOutcome(null);
    undoIdentityLink(detail.id, link.id)
      .then(
        (updated) => {
          links.replace(updated);
          setOutcome({ tone: 'success', text: t('identity.panel.undoneNotice') });
        },
        (error: unknown) => {
          links.reload();
          setOutcome({ tone: 'error', text: asFailure(error).message });
        },
      )
      .finally(() => setBusy(null));
  };

  return (
    <section className="panel" aria-labelledby="identity-links-title">
      <h2 id="identity-links-title">{t('identity.panel.title')}</h2>
      {links.error && <FailureNotice failure={links.error} onRetry={links.reload} />}
      {!links.data && links.loading && <Progress label={t('app.loading')} />}
      <OutcomeNotice outcome={outcome} />
      {links.data && (
        <ul className="identity-links">
          {links.data.links.map((link) => {
            const person = personName(link.personId);
            const other = link.other;
            return (
              <li key={`${link.id}-${link.personId}`} className={link.undoneAt ? 'is-undone' : ''}>
                {other ? (
                  <p>
                    {t(link.kind === 'same_person' ? 'identity.panel.samePerson' : 'identity.panel.family', {
                      person,
                      other: [other.givenNames, other.firstSurname, other.secondSurname]
                        .filter(Boolean)
                        .join(' '),
                      caseNumber: other.caseNumber,
                      office: other.officeName,
                    })}{' '}
                    <Link href={`/cases/${other.caseId}`}>{other.caseNumber}</Link>
                  </p>
                ) : (
                  <p>{t('identity.panel.restricted', { person })}</p>
                )}
                <p className="hint">
                  {t('identity.panel.linkedBy', {
                    name: link.linkedBy ?? '—',
                    date: formatDate(link.linkedAt.slice(0, 10)),
                  })}
                  {link.undoneAt &&
                    ` · ${t('identity.panel.undone', { date: formatDate(link.undoneAt.slice(0, 10)) })}`}
                </p>
                {link.canUndo && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy === link.id}
                    onClick={() => undo(link)}
                  >
                    {t('identity.panel.undo')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
