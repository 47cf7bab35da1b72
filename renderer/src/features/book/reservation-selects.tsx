import { useT } from '../../app/use-t';
import type { DayService } from './book-day';
import { DESK_SOURCES, SOURCE_BRANDS, isDeskSource } from './book-format';
import type { BookRoom, BookTable } from './book-types';
import { invalidProps } from './modal';
import { tableOptions } from './reservation-dialog-model';

/** The day's slots grouped by service; a free time field on a day without services. */
export function TimeField(props: {
  readonly id: string;
  readonly day: readonly DayService[];
  readonly value: string;
  readonly onChange: (time: string) => void;
  readonly error: string | undefined;
}) {
  const { id, day, value, onChange, error } = props;
  if (day.length === 0) {
    return (
      <input
        id={id}
        className="book-input"
        type="time"
        step={900}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...invalidProps(id, error)}
      />
    );
  }
  const slotTimes = new Set(day.flatMap((s) => s.slots.map((slot) => slot.time)));
  return (
    <select
      id={id}
      className="book-input"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...invalidProps(id, error)}
    >
      {value !== '' && !slotTimes.has(value) ? <option value={value}>{value}</option> : null}
      {value === '' ? <option value="">—</option> : null}
      {day.map((s) => (
        <optgroup key={s.service.id} label={s.service.name}>
          {s.slots.map((slot) => (
            <option key={slot.time} value={slot.time}>
              {slot.time}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** One table, or the combination the booking already has (combining is done on the floor plan). */
export function TableSelect(props: {
  readonly id: string;
  readonly tables: readonly BookTable[];
  readonly rooms: readonly BookRoom[];
  readonly value: readonly string[];
  readonly onChange: (tableIds: string[]) => void;
}) {
  const t = useT();
  const joined = props.value.join('+');
  const combined =
    props.value.length > 1
      ? props.value.map((id) => props.tables.find((tb) => tb.id === id)?.label ?? '?').join(' + ')
      : null;
  return (
    <select
      id={props.id}
      className="book-input"
      value={joined}
      onChange={(e) => props.onChange(e.target.value === '' ? [] : e.target.value.split('+'))}
    >
      <option value="">{t('book.form.noTable')}</option>
      {combined !== null ? <option value={joined}>{combined}</option> : null}
      {tableOptions(props.tables, props.rooms).map(({ table, room }) => (
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
  );
}

/** The desk's own sources; a platform's booking keeps its platform. */
export function SourceSelect(props: {
  readonly id: string;
  readonly value: string;
  readonly onChange: (source: string) => void;
}) {
  const t = useT();
  const sources = [...DESK_SOURCES, ...(isDeskSource(props.value) ? [] : [props.value])];
  return (
    <select
      id={props.id}
      className="book-input"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {sources.map((s) => (
        <option key={s} value={s}>
          {isDeskSource(s) ? t(`book.source.${s}`) : (SOURCE_BRANDS[s] ?? s)}
        </option>
      ))}
    </select>
  );
}
