import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoiSourceView } from '@refugio/contract';
import { searchCoiSources } from '../api/coi';
import { useApi } from '../api/useApi';
import { formatDate } from '../i18n/dates';
import { TextField } from '../ui/TextField';
import './coi.css';

export interface CoiSourcePickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  chosen: CoiSourceView | null;
  onChoose: (source: CoiSourceView | null) => void;
  /** A source that may not be chosen (the one being superseded). */
  exclude?: string;
}

/** Searches the library's current sources as the officer types, and lets one be chosen. */
export function CoiSourcePicker({ id, label, hint, error, chosen, onChoose, exclude }: CoiSourcePickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = q.trim();
  const results = useApi(
    query.length >= 2 && !chosen ? `coi-pick:${query}` : null,
    (signal) => searchCoiSources({ q: query, pageSize: 8 }, signal),
    300,
  );

  if (chosen)
    return (
      <div className="field">
        <p id={id}>{t('coi.picker.chosen', { title: chosen.title })}</p>
        <button type="button" className="button button--secondary" onClick={() => onChoose(null)}>
          {t('coi.picker.clear')}
        </button>
      </div>
    );
  const items = (results.data?.items ?? []).filter((s) => s.id !== exclude);
  return (
    <div>
      <TextField
        id={id}
        label={label}
        hint={hint ?? t('coi.picker.hint')}
        error={error}
        value={q}
        onValueChange={setQ}
      />
      {query.length >= 2 && items.length > 0 && (
        <ul className="plain-list" aria-label={label}>
          {items.map((s) => (
            <li key={s.id}>
              <span>
                {s.publisher}, {s.title}, {formatDate(s.publishedOn)}
              </span>{' '}
              <button
                type="button"
                className="button button--secondary"
                aria-label={`${t('coi.picker.choose')}: ${s.title}`}
                onClick={() => onChoose(s)}
              >
                {t('coi.picker.choose')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
