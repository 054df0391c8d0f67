import { useTranslation } from 'react-i18next';
import type { InterviewRules } from '@refugio/contract';

/**
 * What the country's law says about the interview being booked (remote, same-sex request), from the
 * profile: the legal basis where the law settles it, the UNHCR practice Refugio follows where it does
 * not. Guidance beside the form, never a hidden rule: the server enforces what the law requires.
 */
export function InterviewRulesNote({
  rules,
  remote,
  sameSexRequested,
}: {
  rules: InterviewRules;
  remote: boolean;
  sameSexRequested: boolean;
}) {
  const { t } = useTranslation();
  const notes: string[] = [];
  if (remote) {
    if (rules.remote.status === 'known')
      notes.push(
        t(rules.remote.allowed ? 'interviews.rules.remoteAllowed' : 'interviews.rules.remoteForbidden', {
          basis: rules.remote.legalBasis,
        }),
      );
    else if (rules.inPerson.status === 'known')
      notes.push(t('interviews.rules.inPersonRemoteUnsettled', { basis: rules.inPerson.legalBasis }));
    else notes.push(t('interviews.rules.remoteUnknown'));
  }
  if (sameSexRequested)
    notes.push(
      rules.sameSexRequest.status === 'known'
        ? t('interviews.rules.sameSexLaw', { basis: rules.sameSexRequest.legalBasis })
        : t('interviews.rules.sameSexPractice'),
    );
  if (notes.length === 0) return null;
  return (
    <div className="interview-rules" role="note" aria-label={t('interviews.rules.title')}>
      {notes.map((note) => (
        <p key={note} className="field__hint">
          {note}
        </p>
      ))}
    </div>
  );
}
