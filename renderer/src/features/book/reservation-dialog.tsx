import { useId, useMemo, useRef, useState } from 'react';
import { localDateOf, localTimeOf } from '../../../../shared/domain/time';
import { useDeskData } from '../../data/desk-data-context';
import { useT } from '../../app/use-t';
import { serviceOf } from './book-day';
import type { BookReservation, BookRoom, BookService, BookTable } from './book-types';
import { useBookStore } from './book-store';
import { Field, Modal, errorText, invalidProps } from './modal';
import { overbookWarning } from './pacing';
import {
  formValuesOf,
  readReservationForm,
  type FormField,
  type FormProblem,
  type ReservationFormValues,
} from './reservation-form';
import { canMove } from './status-flow';
import { useDayBook } from './use-book-data';
import { newFormValues, safeInstant, safeServicesOfDay } from './reservation-dialog-model';
import { SourceSelect, TableSelect, TimeField } from './reservation-selects';

interface Props {
  readonly reservation: BookReservation | null;
  readonly zone: string;
  readonly date: string;
  readonly now: number;
  readonly services: readonly BookService[];
  readonly rooms: readonly BookRoom[];
  readonly tables: readonly BookTable[];
  readonly onSaved: (saved: { date: string; name: string; time: string; covers: number }) => void;
}

export function ReservationDialog(props: Props) {
  const t = useT();
  const { repos } = useDeskData();
  const openDialog = useBookStore((s) => s.openDialog);
  const closeDialog = useBookStore((s) => s.closeDialog);
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const editing = props.reservation;

  const [values, setValues] = useState<ReservationFormValues>(() => {
    if (editing) {
      return formValuesOf(editing, {
        date: localDateOf(editing.startsAt, props.zone),
        time: localTimeOf(editing.startsAt, props.zone),
      });
    }
    return newFormValues({
      services: props.services,
      date: props.date,
      zone: props.zone,
      now: props.now,
    });
  });
  const [problems, setProblems] = useState<Partial<Record<FormField, FormProblem>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const durationTouched = useRef(editing !== null);
  const formRef = useRef<HTMLFormElement>(null);

  const day = useMemo(
    () => safeServicesOfDay(props.services, values.date, props.zone),
    [props.services, values.date, props.zone],
  );
  const dayBook = useDayBook(
    /^\d{4}-\d{2}-\d{2}$/.test(values.date) ? values.date : props.date,
    props.zone,
  );
  const startsAt = safeInstant(values.date, values.time, props.zone);
  const party = Number(values.partySize);
  const warning =
    startsAt !== null && Number.isInteger(party) && party > 0 && dayBook
      ? overbookWarning(
          { ...(editing ? { id: editing.id } : {}), partySize: party, startsAt },
          dayBook,
          day,
        )
      : null;

  const set = <K extends keyof ReservationFormValues>(key: K, value: ReservationFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const chooseTime = (time: string) => {
    setValues((v) => {
      const at = safeInstant(v.date, time, props.zone);
      const service = at === null ? null : serviceOf({ startsAt: at }, day);
      return !durationTouched.current && service
        ? { ...v, time, durationMinutes: String(service.service.defaultDurationMinutes) }
        : { ...v, time };
    });
  };

  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (saving) return;
    const read = readReservationForm(values, props.zone);
    if (!read.ok) {
      setProblems(read.problems);
      setSaveError(null);
      const first = Object.keys(read.problems)[0];
      if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    setSaveError(null);
    const value = read.value;
    const serviceId = serviceOf({ startsAt: value.startsAt }, day)?.service.id;
    try {
      if (editing) {
        await repos.reservations.update(editing.id, {
          ...value,
          phone: value.phone,
          email: value.email,
          notes: value.notes,
          occasion: value.occasion,
          serviceId: serviceId ?? editing.serviceId,
        });
      } else {
        await repos.reservations.create({
          ...value,
          status: 'confirmed',
          dietaryRestrictions: [],
          ...(serviceId !== undefined ? { serviceId } : {}),
        });
      }
      props.onSaved({
        date: values.date,
        name: value.guestName,
        time: values.time,
        covers: value.partySize,
      });
    } catch (error) {
      setSaveError(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  const problem = (field: FormField) =>
    problems[field] === undefined ? undefined : t(`book.form.error.${problems[field]}`);
  const titleId = id('title');

  return (
    <Modal labelledBy={titleId} onClose={closeDialog} wide>
      <form ref={formRef} className="book-form" onSubmit={(e) => void submit(e)} noValidate>
        <header className="book-modal-head">
          <h2 id={titleId}>
            {editing
              ? t('book.form.editTitle', { name: editing.guestName })
              : t('book.form.createTitle')}
          </h2>
          <button
            type="button"
            className="button button-quiet"
            onClick={closeDialog}
            aria-keyshortcuts="Escape"
          >
            {t('book.form.close')}
          </button>
        </header>
        {saveError !== null ? (
          <p className="book-alert" role="alert">
            {t('book.form.saveFailed', { reason: saveError })}
          </p>
        ) : Object.keys(problems).length > 0 ? (
          <p className="book-alert" role="alert">
            {t('book.form.fix')}
          </p>
        ) : null}
        <div className="book-form-grid">
          <Field id={id('guestName')} label={t('book.form.name')} error={problem('guestName')} wide>
            <input
              id={id('guestName')}
              className="book-input"
              autoComplete="off"
              data-autofocus
              value={values.guestName}
              onChange={(e) => set('guestName', e.target.value)}
              {...invalidProps(id('guestName'), problem('guestName'))}
            />
          </Field>
          <Field id={id('phone')} label={t('book.form.phone')} error={problem('phone')}>
            <input
              id={id('phone')}
              className="book-input"
              type="tel"
              autoComplete="off"
              value={values.phone}
              onChange={(e) => set('phone', e.target.value)}
              {...invalidProps(id('phone'), problem('phone'))}
            />
          </Field>
          <Field id={id('email')} label={t('book.form.email')} error={problem('email')}>
            <input
              id={id('email')}
              className="book-input"
              type="email"
              autoComplete="off"
              value={values.email}
              onChange={(e) => set('email', e.target.value)}
              {...invalidProps(id('email'), problem('email'))}
            />
          </Field>
          <Field id={id('partySize')} label={t('book.form.party')} error={problem('partySize')}>
            <input
              id={id('partySize')}
              className="book-input"
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              value={values.partySize}
              onChange={(e) => set('partySize', e.target.value)}
              {...invalidProps(id('partySize'), problem('partySize'))}
            />
          </Field>
          <Field id={id('date')} label={t('book.form.date')} error={problem('date')}>
            <input
              id={id('date')}
              className="book-input"
              type="date"
              value={values.date}
              onChange={(e) => set('date', e.target.value)}
              {...invalidProps(id('date'), problem('date'))}
            />
          </Field>
          <Field id={id('time')} label={t('book.form.time')} error={problem('time')}>
            <TimeField
              id={id('time')}
              day={day}
              value={values.time}
              onChange={chooseTime}
              error={problem('time')}
            />
          </Field>
          <Field
            id={id('durationMinutes')}
            label={t('book.form.duration')}
            error={problem('durationMinutes')}
          >
            <input
              id={id('durationMinutes')}
              className="book-input"
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              step={15}
              value={values.durationMinutes}
              onChange={(e) => {
                durationTouched.current = true;
                set('durationMinutes', e.target.value);
              }}
              {...invalidProps(id('durationMinutes'), problem('durationMinutes'))}
            />
          </Field>
          <Field id={id('table')} label={t('book.form.table')}>
            <TableSelect
              id={id('table')}
              tables={props.tables}
              rooms={props.rooms}
              value={values.tableIds}
              onChange={(ids) => set('tableIds', ids)}
            />
          </Field>
          <Field id={id('source')} label={t('book.form.source')}>
            <SourceSelect
              id={id('source')}
              value={values.source}
              onChange={(source) => set('source', source)}
            />
          </Field>
          <Field id={id('occasion')} label={t('book.form.occasion')} error={problem('occasion')}>
            <input
              id={id('occasion')}
              className="book-input"
              autoComplete="off"
              value={values.occasion}
              onChange={(e) => set('occasion', e.target.value)}
              {...invalidProps(id('occasion'), problem('occasion'))}
            />
          </Field>
          <Field
            id={id('allergies')}
            label={t('book.form.allergies')}
            error={problem('allergies')}
            wide
          >
            <input
              id={id('allergies')}
              className="book-input"
              autoComplete="off"
              value={values.allergies}
              onChange={(e) => set('allergies', e.target.value)}
              {...invalidProps(id('allergies'), problem('allergies'))}
            />
          </Field>
          <Field id={id('notes')} label={t('book.form.notes')} error={problem('notes')} wide>
            <textarea
              id={id('notes')}
              className="book-input book-textarea"
              rows={2}
              value={values.notes}
              onChange={(e) => set('notes', e.target.value)}
              {...invalidProps(id('notes'), problem('notes'))}
            />
          </Field>
        </div>
        <div aria-live="polite">
          {warning ? (
            <p className="book-warning">
              <span aria-hidden="true">⚠ </span>
              {t('book.form.overbook', {
                service: warning.serviceName,
                after: warning.after,
                max: warning.max,
              })}
            </p>
          ) : null}
        </div>
        <footer className="book-modal-foot">
          {editing && canMove(editing.status, 'cancelled') ? (
            <button
              type="button"
              className="button book-button-danger"
              onClick={() => openDialog({ kind: 'cancel', id: editing.id })}
            >
              {t('book.form.cancelBooking')}
            </button>
          ) : null}
          <button
            type="submit"
            className="button book-button-primary"
            aria-keyshortcuts="Enter"
            disabled={saving}
          >
            {saving ? t('book.form.saving') : t('book.form.save')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
