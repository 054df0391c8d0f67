import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreeSlot, FreeSlotList } from '@refugio/contract';
import { asFailure, type ApiFailure } from '../api/client';
import { findFreeSlots, type FreeSlotSearch } from '../api/interviews';
import { formatDate, weekdayName } from '../i18n/dates';
import { Notice } from '../ui/Notice';

interface Props {
  caseId: string;
  /** The search as the form stands when the button is pressed. */
  search: () => FreeSlotSearch;
  onChoose: (slot: FreeSlot) => void;
}

/** "Buscar horarios libres": asks the server for free slots and lets the officer take one into the form. */
export function FreeSlotFinder({ caseId, search, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<{ list: FreeSlotList; from: string; to: string }>();
  const [failure, setFailure] = useState<ApiFailure>();
  const [chosen, setChosen] = useState<string>();

  const when = (s: FreeSlot) =>
    t('interviews.freeSlots.when', {
      weekday: weekdayName(s.date, i18n.language),
      date: formatDate(s.date),
      start: s.startTime,
      end: s.endTime,
    });

  const find = () => {
    const query = search();
    setBusy(true);
    setFailure(undefined);
    setChosen(undefined);
    findFreeSlots(caseId, query).then(
      (list) => {
        setBusy(false);
        setFound({ list, from: query.from, to: query.to });
      },
      (e: unknown) => {
        setBusy(false);
        setFound(undefined);
        setFailure(asFailure(e));
      },
    );
  };

  return (
    <section className="free-slots" aria-labelledby={`free-slots-${caseId}`} aria-busy={busy}>
      <button type="button" className="button button--secondary" onClick={find} disabled={busy}>
        {busy ? t('interviews.freeSlots.searching') : t('interviews.freeSlots.find')}
      </button>
      <p className="field__hint">{t('interviews.freeSlots.hint')}</p>
      {failure && (
        <Notice tone="error">
          {failure.fields.length > 0
            ? failure.fields.map((f) => f.message).join(' ')
            : t(`errors.api.${failure.code}`)}
        </Notice>
      )}
      {found && (
        <>
          <h3 id={`free-slots-${caseId}`} className="panel__subheading">
            {t('interviews.freeSlots.title')}
          </h3>
          <p className="field__hint">
            {t('interviews.freeSlots.range', {
              from: formatDate(found.from),
              to: formatDate(found.to),
              opens: found.list.officeHours.opens,
              closes: found.list.officeHours.closes,
            })}
          </p>
          {found.list.shortfalls.map((s) => (
            <Notice key={s} tone="warning">
              {t(`interviews.freeSlots.shortfalls.${s}`)}
            </Notice>
          ))}
          {found.list.slots.length === 0 ? (
            <p>{t('interviews.freeSlots.none')}</p>
          ) : (
            <ul className="free-slots__list">
              {found.list.slots.map((s) => (
                <li key={`${s.date}-${s.startTime}`} className="free-slots__item">
                  <div>
                    <strong>{when(s)}</strong>
                    <div>
                      {[
                        s.officer.name,
                        s.interpreter &&
                          (s.interpreterRemote
                            ? t('interviews.freeSlots.remoteInterpreter', { name: s.interpreter.fullName })
                            : s.interpreter.fullName),
                        s.room ? s.room.name : t('interviews.freeSlots.remoteRoom'),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                    {s.sameSexUnmet.length > 0 && (
                      <div className="field__hint">
                        {t('interviews.freeSlots.unmet', {
                          who: s.sameSexUnmet
                            .map((r) => t(`interviews.freeSlots.unmetRoles.${r}`))
                            .join(', '),
                        })}
                      </div>
                    )}
                  </div>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('interviews.freeSlots.chooseLabel', { when: when(s) })}
                    onClick={() => {
                      onChoose(s);
                      setChosen(when(s));
                    }}
                  >
                    {t('interviews.freeSlots.choose')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {chosen && <Notice tone="success">{t('interviews.freeSlots.chosen', { when: chosen })}</Notice>}
    </section>
  );
}
