import { localTimeOf } from '../../../../shared/domain/time';
import { useT } from '../../app/use-t';
import type { DayService } from './book-day';
import type { ServicePacing } from './pacing';

/** Per service: covers against the limit, and covers arriving per slot. Always in view. */
export function PacingStrip(props: {
  readonly services: readonly DayService[];
  readonly pacing: readonly ServicePacing[];
  readonly zone: string;
}) {
  const t = useT();
  if (props.services.length === 0) return null;
  return (
    <div className="book-pacing">
      {props.services.map((day) => {
        const p = props.pacing.find((x) => x.serviceId === day.service.id);
        if (!p) return null;
        const peak = Math.max(1, ...p.slots.map((s) => s.covers));
        const value =
          p.maxCovers === null
            ? t('book.pacing.noLimit', { covers: p.covers })
            : t('book.pacing.value', { covers: p.covers, max: p.maxCovers });
        const tone = p.over ? 'over' : p.ratio >= 0.9 ? 'near' : 'ok';
        return (
          <section
            key={day.service.id}
            className={`book-pacing-service book-pacing-${tone}`}
            aria-label={t('book.pacing.label', { service: day.service.name })}
          >
            <div className="book-pacing-name">
              <strong>{day.service.name}</strong>
              <span className="muted">
                {localTimeOf(day.window.startMs, props.zone)}–
                {localTimeOf(day.window.endMs, props.zone)}
              </span>
            </div>
            <div className="book-pacing-total">
              <span className="book-pacing-value">{value}</span>
              {p.maxCovers !== null ? (
                <span
                  className="book-meter"
                  role="meter"
                  aria-label={t('book.pacing.label', { service: day.service.name })}
                  aria-valuemin={0}
                  aria-valuemax={p.maxCovers}
                  aria-valuenow={p.covers}
                  aria-valuetext={value}
                >
                  <span
                    className="book-meter-fill"
                    style={{ width: `${Math.min(100, p.ratio * 100)}%` }}
                  />
                </span>
              ) : null}
              {p.over && p.maxCovers !== null ? (
                <strong className="book-pacing-over">
                  <span aria-hidden="true">⚠ </span>
                  {t('book.pacing.over', { count: p.covers - p.maxCovers })}
                </strong>
              ) : null}
            </div>
            <ol className="book-slots">
              {p.slots.map((slot) => (
                <li
                  key={slot.time}
                  className="book-slot"
                  title={t('book.pacing.slot', {
                    time: slot.time,
                    covers: slot.covers,
                    bookings: slot.bookings,
                  })}
                >
                  <span className="book-sr">
                    {t('book.pacing.slot', {
                      time: slot.time,
                      covers: slot.covers,
                      bookings: slot.bookings,
                    })}
                  </span>
                  <span aria-hidden="true" className="book-slot-bar">
                    <span style={{ height: `${(slot.covers / peak) * 100}%` }} />
                  </span>
                  <span aria-hidden="true" className="book-slot-covers">
                    {slot.covers}
                  </span>
                  <span aria-hidden="true" className="book-slot-time">
                    {slot.time}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
