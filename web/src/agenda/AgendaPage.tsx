import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { todayIn, type UnavailabilityView } from '@refugio/contract';
import { getAgenda } from '../api/agenda';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useReference } from '../app/ReferenceContext';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { useMe } from '../session/SessionContext';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { AgendaWeek } from './AgendaWeek';
import { MarkUnavailableForm } from './MarkUnavailableForm';
import { ReleaseUnavailabilityForm } from './ReleaseUnavailabilityForm';
import { isLens, lenses, type Lens } from './lanes';
import { agendaPath } from './paths';
import { spanText } from './spanText';
import { addDays, isIsoDate, mondayOf } from './week';
import './agenda.css';

/**
 * The office's week: who interviews when, where and with whom, and who or what is unavailable, by
 * officer, room or interpreter. The week, the lens and (for administrators) the office live in the
 * URL, so a link or the back button shows the same agenda.
 */
export function AgendaPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('agenda.title'));
  const me = useMe();
  const { profile, offices } = useReference();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const today = todayIn(profile.timeZone);
  const week = params.get('week');
  const monday = mondayOf(isIsoDate(week) ? week : today);
  const view = params.get('view');
  const lens: Lens = isLens(view) ? view : 'person';
  const isAdmin = me.user.role === 'administrator';
  const officeId = isAdmin ? params.get('office') || null : (me.user.office?.id ?? null);
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes))
      if (value === null) next.delete(key);
      else next.set(key, value);
    const query = next.toString();
    navigate(query ? `${agendaPath}?${query}` : agendaPath);
  };

  const agenda = useApi(officeId ? `agenda:${officeId}:${monday}` : null, (signal) =>
    getAgenda(
      { officeId: isAdmin ? (officeId ?? undefined) : undefined, from: monday, to: addDays(monday, 6) },
      signal,
    ),
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [marking, setMarking] = useState(false);
  const [releasing, setReleasing] = useState<{ block: UnavailabilityView; name: string } | null>(null);
  const data = agenda.data;
  const canMark =
    !!data &&
    [...data.officers, ...data.rooms, ...data.interpreters].some((resource) => resource.canMarkUnavailable);
  const marked = (block: UnavailabilityView, name: string) => {
    setMarking(false);
    setOutcome({ tone: 'success', text: t('agenda.mark.done', { name, when: spanText(t, block) }) });
    agenda.reload();
  };
  const released = (name: string) => {
    setReleasing(null);
    setOutcome({ tone: 'success', text: t('agenda.release.done', { name }) });
    agenda.reload();
  };

  return (
    <section className="page agenda" aria-labelledby="agenda-title">
      <div className="page__heading">
        <h1 id="agenda-title">
          {t('agenda.title')}
          {data && <span className="agenda__office"> · {data.office.name}</span>}
        </h1>
        {canMark && !marking && (
          <button type="button" className="button button--primary" onClick={() => setMarking(true)}>
            {t('agenda.mark.open')}
          </button>
        )}
      </div>
      <p className="page__intro">{t('agenda.intro')}</p>

      <div className="agenda-toolbar">
        {isAdmin && (
          <SelectField
            id="agenda-office"
            label={t('agenda.office')}
            value={officeId ?? ''}
            placeholder={t('agenda.mark.choose')}
            options={offices.map((o) => ({ value: o.id, label: `${o.code} · ${o.name}` }))}
            onValueChange={(value) => go({ office: value || null })}
            className="field--inline"
          />
        )}
        <div
          className="agenda-toolbar__week"
          role="group"
          aria-label={t('agenda.week', { from: formatDate(monday), to: formatDate(addDays(monday, 6)) })}
        >
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go({ week: addDays(monday, -7) })}
          >
            <span aria-hidden="true">← </span>
            {t('agenda.previousWeek')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => go({ week: null })}>
            {t('agenda.today')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => go({ week: addDays(monday, 7) })}
          >
            {t('agenda.nextWeek')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <fieldset className="agenda-toolbar__lens">
          <legend className="visually-hidden">{t('agenda.lens.label')}</legend>
          {lenses.map((option) => (
            <label key={option} className={option === lens ? 'segment segment--on' : 'segment'}>
              <input
                type="radio"
                name="agenda-lens"
                value={option}
                checked={option === lens}
                onChange={() => go({ view: option === 'person' ? null : option })}
              />
              {t(`agenda.lens.${option}`)}
            </label>
          ))}
        </fieldset>
      </div>

      <OutcomeNotice outcome={outcome} />
      {isAdmin && !officeId && <p className="empty">{t('agenda.chooseOffice')}</p>}
      {agenda.error && <FailureNotice failure={agenda.error} onRetry={agenda.reload} />}
      {agenda.loading && !data && <Progress label={t('app.loading')} className="progress--page" />}

      {data && marking && (
        <section className="panel panel--form agenda__form" aria-labelledby="agenda-mark-title">
          <h2 id="agenda-mark-title">{t('agenda.mark.title')}</h2>
          <MarkUnavailableForm
            view={data}
            defaultDate={today >= monday && today <= addDays(monday, 6) ? today : monday}
            onMarked={marked}
            onCancel={() => setMarking(false)}
          />
        </section>
      )}
      {releasing && (
        <section className="panel panel--form agenda__form" aria-labelledby="agenda-release-title">
          <h2 id="agenda-release-title">{t('agenda.release.title')}</h2>
          <ReleaseUnavailabilityForm
            key={releasing.block.id}
            block={releasing.block}
            name={releasing.name}
            onReleased={() => released(releasing.name)}
            onCancel={() => setReleasing(null)}
          />
        </section>
      )}

      {data && (
        <AgendaWeek
          view={data}
          monday={monday}
          lens={lens}
          busy={agenda.loading}
          onRelease={(block, name) => setReleasing({ block, name })}
        />
      )}
    </section>
  );
}
