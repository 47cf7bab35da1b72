import { useId, useState } from 'react';
import { useDeskData } from '../../data/desk-data-context';
import { useT } from '../../app/use-t';
import type { DayService } from './book-day';
import { serviceAt } from './book-day';
import type { BookReservation, BookRoom, BookTable } from './book-types';
import { countsAsCovers } from './book-types';
import { useBookStore } from './book-store';
import { Modal, errorText } from './modal';
import { tableOptions } from './reservation-dialog-model';

const PARTY_SIZES = [1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Tables busy right now: someone is seated at them or has arrived for them. */
export function busyTables(book: readonly BookReservation[], now: number): Set<string> {
  const busy = new Set<string>();
  for (const r of book) {
    if (!countsAsCovers(r.status)) continue;
    const seatedNow = r.status === 'seated' || r.status === 'arrived';
    const inSlot = r.startsAt <= now && now < r.startsAt + r.durationMinutes * 60_000;
    if ((seatedNow || inSlot) && r.status !== 'completed')
      for (const id of r.tableIds) busy.add(id);
  }
  return busy;
}

/** A walk-in in three clicks: Walk-in → party size → Seat now (2 guests is preselected). */
export function WalkInDialog(props: {
  readonly now: number;
  readonly today: readonly DayService[];
  readonly todayBook: readonly BookReservation[];
  readonly rooms: readonly BookRoom[];
  readonly tables: readonly BookTable[];
  readonly onSeated: (count: number) => void;
}) {
  const t = useT();
  const { repos } = useDeskData();
  const closeDialog = useBookStore((s) => s.closeDialog);
  const uid = useId();
  const [party, setParty] = useState(2);
  const [other, setOther] = useState('');
  const [name, setName] = useState('');
  const [tableId, setTableId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = busyTables(props.todayBook, props.now);
  const options = tableOptions(props.tables, props.rooms).filter(
    ({ table }) => !table.blocked && !busy.has(table.id) && table.seatsMax >= party,
  );

  const seat = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    const at = Math.floor(Date.now() / 60_000) * 60_000;
    const service = serviceAt(props.today, at);
    try {
      await repos.reservations.create({
        guestName: name.trim() === '' ? t('book.walkIn.defaultName') : name.trim(),
        partySize: party,
        startsAt: at,
        durationMinutes: service?.service.defaultDurationMinutes ?? 90,
        status: 'seated',
        source: 'walk_in',
        tableIds: tableId === '' ? [] : [tableId],
        allergies: [],
        dietaryRestrictions: [],
        arrivedAt: at,
        seatedAt: at,
        ...(service ? { serviceId: service.service.id } : {}),
      });
      props.onSeated(party);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  const titleId = `${uid}-title`;
  return (
    <Modal labelledBy={titleId} onClose={closeDialog}>
      <form
        className="book-form"
        onKeyDown={(e) => {
          // Digits pick the party size straight away (not while typing in a field).
          if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
          const n = Number(e.key);
          if (Number.isInteger(n) && n >= 1 && n <= 8) {
            e.preventDefault();
            setParty(n);
            setOther('');
          }
        }}
        onSubmit={(e) => {
          e.preventDefault();
          void seat();
        }}
      >
        <header className="book-modal-head">
          <h2 id={titleId}>{t('book.walkIn.title')}</h2>
          <button type="button" className="button button-quiet" onClick={closeDialog}>
            {t('book.form.close')}
          </button>
        </header>
        {error !== null ? (
          <p className="book-alert" role="alert">
            {t('book.walkIn.failed', { reason: error })}
          </p>
        ) : null}
        <fieldset className="book-party">
          <legend>{t('book.walkIn.party')}</legend>
          <div className="book-party-grid">
            {PARTY_SIZES.map((n) => (
              <button
                key={n}
                type="button"
                className="button book-party-button"
                aria-pressed={party === n}
                aria-label={t('book.walkIn.partyOf', { count: n })}
                onClick={() => {
                  setParty(n);
                  setOther('');
                }}
              >
                {n}
              </button>
            ))}
          </div>
          <label className="book-inline-field" htmlFor={`${uid}-other`}>
            {t('book.walkIn.more')}
            <input
              id={`${uid}-other`}
              className="book-input book-input-short"
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              value={other}
              onChange={(e) => {
                setOther(e.target.value);
                const n = Number(e.target.value);
                if (Number.isInteger(n) && n >= 1 && n <= 1000) setParty(n);
              }}
            />
          </label>
        </fieldset>
        <div className="book-form-grid">
          <div className="book-field">
            <label htmlFor={`${uid}-name`}>{t('book.walkIn.name')}</label>
            <input
              id={`${uid}-name`}
              className="book-input"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="book-field">
            <label htmlFor={`${uid}-table`}>{t('book.walkIn.table')}</label>
            <select
              id={`${uid}-table`}
              className="book-input"
              value={tableId}
              onChange={(e) => setTableId(e.target.value)}
            >
              <option value="">{t('book.form.noTable')}</option>
              {options.map(({ table, room }) => (
                <option key={table.id} value={table.id}>
                  {t('book.form.tableSeats', {
                    label: table.label,
                    min: table.seatsMin,
                    max: table.seatsMax,
                    room,
                  })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <footer className="book-modal-foot">
          <button
            type="submit"
            className="button book-button-primary book-button-big"
            data-autofocus
            disabled={saving}
            aria-keyshortcuts="Enter"
          >
            {t('book.walkIn.seat')} · {t('book.walkIn.partyOf', { count: party })}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
