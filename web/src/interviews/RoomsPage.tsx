import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomView } from '@refugio/contract';
import { listRooms, updateRoom } from '../api/interviews';
import { asFailure } from '../api/client';
import { useApi } from '../api/useApi';
import { FailureNotice } from '../app/FailureNotice';
import { useReference } from '../app/ReferenceContext';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { OutcomeNotice, type Outcome } from '../ui/OutcomeNotice';
import { Progress } from '../ui/Progress';
import { RoomForm } from './RoomForm';

/** The interview rooms of the user's office (an administrator's: every office). */
export function RoomsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('interviews.rooms.title'));
  const { offices } = useReference();
  const rooms = useApi('rooms', (signal) => listRooms(null, signal));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const officeName = (id: string) => offices.find((o) => o.id === id)?.name ?? id;
  const data = rooms.data;

  const toggle = (room: RoomView) => {
    setBusy(room.id);
    updateRoom(room.id, {
      name: room.name,
      capacity: room.capacity,
      features: room.features,
      active: !room.active,
      version: room.version,
    }).then(
      (saved) => {
        setBusy(null);
        setOutcome({ tone: 'success', text: t('interviews.rooms.saved', { name: saved.name }) });
        rooms.reload();
      },
      (e: unknown) => {
        setBusy(null);
        const failure = asFailure(e);
        setOutcome({
          tone: 'error',
          text:
            failure.code === 'conflict' ? t('interviews.rooms.conflict') : t(`errors.api.${failure.code}`),
        });
        rooms.reload();
      },
    );
  };

  return (
    <section className="page" aria-labelledby="rooms-title">
      <h1 id="rooms-title">{t('interviews.rooms.title')}</h1>
      <p className="page__intro">{t('interviews.rooms.intro')}</p>
      <OutcomeNotice outcome={outcome} />
      {rooms.error && <FailureNotice failure={rooms.error} onRetry={rooms.reload} />}
      {!data && rooms.loading && <Progress label={t('app.loading')} className="progress--page" />}
      {data && data.manageableOfficeIds.length > 0 && (
        <section className="panel panel--form" aria-labelledby="room-add-title">
          <h2 id="room-add-title">{t('interviews.rooms.add')}</h2>
          <RoomForm
            officeIds={data.manageableOfficeIds}
            onSaved={(room) => {
              setOutcome({ tone: 'success', text: t('interviews.rooms.saved', { name: room.name }) });
              rooms.reload();
            }}
          />
        </section>
      )}
      {data && data.rooms.length === 0 && <p>{t('interviews.rooms.none')}</p>}
      {data && data.rooms.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('interviews.rooms.columns.name')}</th>
              <th scope="col">{t('interviews.rooms.columns.office')}</th>
              <th scope="col">{t('interviews.rooms.columns.capacity')}</th>
              <th scope="col">{t('interviews.rooms.columns.features')}</th>
              <th scope="col">{t('interviews.rooms.columns.status')}</th>
              <th scope="col">{t('interviews.rooms.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rooms.map((room) => (
              <tr key={room.id}>
                <td>{room.name}</td>
                <td>{officeName(room.officeId)}</td>
                <td>{room.capacity}</td>
                <td>{room.features.map((f) => t(`interviews.rooms.feature.${f}`)).join(', ')}</td>
                <td>{t(room.active ? 'interviews.rooms.active' : 'interviews.rooms.inactive')}</td>
                <td>
                  {data.manageableOfficeIds.includes(room.officeId) && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={busy === room.id}
                      onClick={() => toggle(room)}
                      aria-label={`${t(room.active ? 'interviews.rooms.deactivate' : 'interviews.rooms.activate')}: ${room.name}`}
                    >
                      {t(room.active ? 'interviews.rooms.deactivate' : 'interviews.rooms.activate')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
