import { useId, useState } from 'react';
import { localTimeOf } from '../../../../shared/domain/time';
import { useDeskData } from '../../data/desk-data-context';
import { useT } from '../../app/use-t';
import type { BookReservation } from './book-types';
import { useBookStore } from './book-store';
import { Modal, errorText } from './modal';

/** Cancelling asks once, names the guest, and keeps the booking when in doubt. */
export function CancelDialog(props: {
  readonly reservation: BookReservation;
  readonly zone: string;
  readonly onCancelled: () => void;
}) {
  const t = useT();
  const { repos } = useDeskData();
  const closeDialog = useBookStore((s) => s.closeDialog);
  const uid = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const r = props.reservation;
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await repos.reservations.setStatus(r.id, 'cancelled');
      props.onCancelled();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal labelledBy={`${uid}-title`} onClose={closeDialog}>
      <div className="book-form">
        <h2 id={`${uid}-title`}>{t('book.cancel.title', { name: r.guestName })}</h2>
        <p>
          {t('book.cancel.body', {
            time: localTimeOf(r.startsAt, props.zone),
            covers: r.partySize,
          })}
        </p>
        {error !== null ? (
          <p className="book-alert" role="alert">
            {t('book.cancel.failed', { reason: error })}
          </p>
        ) : null}
        <footer className="book-modal-foot">
          <button type="button" className="button" data-autofocus onClick={closeDialog}>
            {t('book.cancel.keep')}
          </button>
          <button
            type="button"
            className="button book-button-danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {t('book.cancel.confirm')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
