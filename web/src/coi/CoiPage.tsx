import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CoiSearchQuery } from '@refugio/contract';
import { searchCoiSources } from '../api/coi';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { formatDate } from '../i18n/dates';
import { useNames } from '../i18n/useNames';
import { CheckboxField } from '../ui/CheckboxField';
import { DateField } from '../ui/DateField';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import './coi.css';
import { CoiSourceForm } from './CoiSourceForm';
import { coiPaths } from './coi-paths';

const empty = { q: '', country: '', topic: '', from: '', to: '' };

/** The country-of-origin information library: search with filters, and new sources for contributors. */
export function CoiPage() {
  const { t } = useTranslation();
  const names = useNames();
  useDocumentTitle(t('coi.title'));
  const [draft, setDraft] = useState(empty);
  const [includeSuperseded, setIncludeSuperseded] = useState(false);
  const [query, setQuery] = useState<CoiSearchQuery>({ page: 1 });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const result = useApi(`coi:${JSON.stringify(query)}`, (signal) => searchCoiSources(query, signal));
  const set = (name: keyof typeof empty) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next: CoiSearchQuery = { page: 1, includeSuperseded };
    for (const [key, value] of Object.entries(draft))
      if (value.trim()) Object.assign(next, { [key]: value.trim() });
    setQuery(next);
  };
  const r = result.data;
  const pages = r ? Math.max(1, Math.ceil(r.total / r.pageSize)) : 1;

  return (
    <section className="page" aria-labelledby="coi-title">
      <div className="page__heading">
        <h1 id="coi-title">{t('coi.title')}</h1>
      </div>
      <p className="page__intro">{t('coi.intro')}</p>
      <OutcomeNotice outcome={outcome} />
      <section className="panel" aria-labelledby="coi-search-title">
        <h2 id="coi-search-title">{t('coi.search.title')}</h2>
        <form className="stacked-form" role="search" onSubmit={search}>
          <TextField
            id="coi-q"
            label={t('coi.search.q')}
            hint={t('coi.search.qHint')}
            value={draft.q}
            onValueChange={set('q')}
          />
          <SelectField
            id="coi-country"
            label={t('coi.search.country')}
            value={draft.country}
            onValueChange={set('country')}
            placeholder={t('app.allOptions')}
            options={names.countryOptions}
          />
          <TextField
            id="coi-topic"
            label={t('coi.search.topic')}
            value={draft.topic}
            onValueChange={set('topic')}
          />
          <DateField
            id="coi-from"
            label={t('coi.search.from')}
            value={draft.from}
            onValueChange={set('from')}
          />
          <DateField id="coi-to" label={t('coi.search.to')} value={draft.to} onValueChange={set('to')} />
          <CheckboxField
            id="coi-superseded"
            label={t('coi.search.includeSuperseded')}
            checked={includeSuperseded}
            onCheckedChange={setIncludeSuperseded}
          />
          <div className="form-buttons">
            <button type="submit" className="button button--primary">
              {t('coi.search.submit')}
            </button>
          </div>
        </form>
      </section>
      {result.error && <FailureNotice failure={result.error} onRetry={result.reload} />}
      {!r && result.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {r && (
        <section className="panel" aria-labelledby="coi-results-title" aria-busy={result.loading}>
          <h2 id="coi-results-title">{t('coi.search.results', { count: r.total })}</h2>
          {r.items.length === 0 ? (
            <p>{t('coi.search.none')}</p>
          ) : (
            <ul className="plain-list">
              {r.items.map((s) => (
                <li key={s.id}>
                  <Link href={coiPaths.source(s.id)}>{s.title}</Link> — {s.publisher},{' '}
                  {formatDate(s.publishedOn)} · {s.countries.map(names.country).join(', ')}
                  {s.topics.length > 0 && <> · {s.topics.join(', ')}</>}
                  {s.status === 'superseded' && <strong> · {t('coi.source.status.superseded')}</strong>}
                </li>
              ))}
            </ul>
          )}
          {pages > 1 && (
            <div className="form-buttons">
              <button
                type="button"
                className="button button--secondary"
                disabled={r.page <= 1}
                onClick={() => setQuery((q) => ({ ...q, page: r.page - 1 }))}
              >
                {t('coi.search.previous')}
              </button>
              <span>{t('coi.search.page', { page: r.page, pages })}</span>
              <button
                type="button"
                className="button button--secondary"
                disabled={r.page >= pages}
                onClick={() => setQuery((q) => ({ ...q, page: r.page + 1 }))}
              >
                {t('coi.search.next')}
              </button>
            </div>
          )}
        </section>
      )}
      {r?.canContribute && (
        <section className="panel panel--form" aria-labelledby="coi-add-title">
          <h2 id="coi-add-title">{t('coi.add.title')}</h2>
          <CoiSourceForm
            onSaved={(source) => {
              setOutcome({ tone: 'success', text: t('coi.add.saved', { title: source.title }) });
              result.reload();
            }}
          />
        </section>
      )}
    </section>
  );
}
