import { useState } from 'react';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { nextPosition } from './room-order';
import { ServiceEditor } from './service-editor';
import { useCurrency, useServices } from './use-settings-data';

/** Services: list, create, edit, deactivate (a service with bookings is never deleted). */
export function ServicesSection() {
  const t = useT();
  const { repos } = useDeskData();
  const services = useServices();
  const rooms = useObservable(() => repos.floor.rooms$(), [repos], []);
  const currency = useCurrency();
  const [editing, setEditing] = useState<string | null>(null); // an id, 'new', or null;
  const [error, setError] = useState<string | null>(null);
  const edited = services.find((s) => s.id === editing);

  const toggle = async (id: string, active: boolean) => {
    setError(null);
    try {
      await repos.floor.services.update(id, { active });
    } catch (caught) {
      setError(t('settings.saveFailed', { message: (caught as Error).message }));
    }
  };

  return (
    <section aria-labelledby="services-title">
      <div className="section-head">
        <h2 id="services-title">{t('settings.services.heading')}</h2>
        <button type="button" className="button settings-primary" onClick={() => setEditing('new')}>
          {t('settings.services.new')}
        </button>
      </div>
      {error === null ? null : (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {editing === null ? null : (
        <ServiceEditor
          key={editing}
          service={edited}
          rooms={rooms}
          currency={currency}
          position={nextPosition(services)}
          onDone={() => setEditing(null)}
        />
      )}
      {services.length === 0 ? (
        <p className="muted">{t('settings.services.empty')}</p>
      ) : (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.service.name')}</th>
              <th scope="col">{t('settings.service.weekdays')}</th>
              <th scope="col">{t('settings.service.hours')}</th>
              <th scope="col">{t('settings.service.maxCovers')}</th>
              <th scope="col">{t('settings.active')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={s.id} className={s.active ? undefined : 'inactive'}>
                <th scope="row">{s.name}</th>
                <td>
                  {[...s.weekdays]
                    .sort()
                    .map((d) => t(`settings.weekday.${d}` as 'settings.weekday.1'))
                    .join(' ')}
                </td>
                <td className="nowrap">
                  {s.startTime}–{s.endTime}
                </td>
                <td>{s.maxCovers}</td>
                <td>{s.active ? t('settings.active') : t('settings.inactive')}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('settings.editNamed', { name: s.name })}
                      onClick={() => setEditing(s.id)}
                    >
                      {t('settings.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t(
                        s.active ? 'settings.deactivateNamed' : 'settings.activateNamed',
                        {
                          name: s.name,
                        },
                      )}
                      onClick={() => void toggle(s.id, !s.active)}
                    >
                      {s.active ? t('settings.deactivate') : t('settings.activate')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
