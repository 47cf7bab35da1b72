import { useState } from 'react';
import { useDeskStore } from '../../app/desk-store';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import { formatMoney } from './form-issues';
import { offerDates } from './offer-dates';
import { OfferEditor } from './offer-editor';
import { useCurrency, useOffers, useServices } from './use-settings-data';

/** Offers: list, create, edit, deactivate. */
export function OffersSection() {
  const t = useT();
  const locale = useDeskStore((s) => s.locale);
  const { repos } = useDeskData();
  const offers = useOffers();
  const services = useServices();
  const currency = useCurrency();
  const [editing, setEditing] = useState<string | null>(null); // an id, 'new', or null;
  const [error, setError] = useState<string | null>(null);
  const edited = offers.find((o) => o.id === editing);
  const money = (minor: number | undefined) => {
    if (minor === undefined) return '—';
    try {
      return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
        style: 'currency',
        currency,
      }).format(minor / 100);
    } catch {
      return `${formatMoney(minor)} ${currency}`;
    }
  };

  const toggle = async (id: string, active: boolean) => {
    setError(null);
    try {
      await repos.offers.update(id, { active });
    } catch (caught) {
      setError(t('settings.saveFailed', { message: (caught as Error).message }));
    }
  };

  return (
    <section aria-labelledby="offers-title">
      <div className="section-head">
        <h2 id="offers-title">{t('settings.offers.heading')}</h2>
        <button type="button" className="button settings-primary" onClick={() => setEditing('new')}>
          {t('settings.offers.new')}
        </button>
      </div>
      {error === null ? null : (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {editing === null ? null : (
        <OfferEditor
          key={editing}
          offer={edited}
          services={services}
          currency={currency}
          onDone={() => setEditing(null)}
        />
      )}
      {offers.length === 0 ? (
        <p className="muted">{t('settings.offers.empty')}</p>
      ) : (
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.offer.name')}</th>
              <th scope="col">{t('settings.offer.dates')}</th>
              <th scope="col">{t('settings.offer.partySizes')}</th>
              <th scope="col">{t('settings.offer.priceColumn')}</th>
              <th scope="col">{t('settings.active')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {offers.map((o) => (
              <tr key={o.id} className={o.active ? undefined : 'inactive'}>
                <th scope="row">{o.name}</th>
                <td>{offerDates(o.startDate, o.endDate, locale) ?? t('settings.offer.always')}</td>
                <td>
                  {o.partySizeMin}–{o.partySizeMax}
                </td>
                <td>{money(o.pricePerPersonMinor)}</td>
                <td>{o.active ? t('settings.active') : t('settings.inactive')}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('settings.editNamed', { name: o.name })}
                      onClick={() => setEditing(o.id)}
                    >
                      {t('settings.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t(
                        o.active ? 'settings.deactivateNamed' : 'settings.activateNamed',
                        {
                          name: o.name,
                        },
                      )}
                      onClick={() => void toggle(o.id, !o.active)}
                    >
                      {o.active ? t('settings.deactivate') : t('settings.activate')}
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
