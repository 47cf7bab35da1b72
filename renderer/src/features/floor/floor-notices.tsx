import { useEffect } from 'react';
import type { Booking } from './floor-types';
import { useT } from '../../app/use-t';
import type { MessageKey } from '../../i18n/messages';
import { partyText } from './floor-labels';
import { useFloorStore } from './floor-store';
import type { TableStateKind } from './table-state';

const DONE_NOTICE_MS = 8_000;

const LEGEND: readonly [TableStateKind, string, MessageKey][] = [
  ['free', '✓', 'floor.state.free'],
  ['soon', '◷', 'floor.state.soon'],
  ['seated', '●', 'floor.state.seated'],
  ['over', '⚠', 'floor.state.over'],
  ['blocked', '⊘', 'floor.state.blocked'],
];

/** What the colours and icons mean (service mode), at the top of the side column. */
export function FloorLegend() {
  const t = useT();
  return (
    <ul className="floor-legend floor-panel" aria-label={t('floor.legend')}>
      {LEGEND.map(([kind, icon, key]) => (
        <li key={kind} className={`legend-item state-${kind}`}>
          <span className="legend-swatch" aria-hidden="true">
            {icon}
          </span>
          {t(key)}
        </li>
      ))}
    </ul>
  );
}

/** The keys of the screen (service mode) or how to edit (edit mode). */
export function FloorHint(props: { editMode: boolean }) {
  const t = useT();
  return props.editMode ? (
    <p className="floor-edit-hint">{t('floor.edit.hint')}</p>
  ) : (
    <p className="floor-keys">{t('floor.keys')}</p>
  );
}

/**
 * The live regions of the floor: a polite one for what was done, an alert for refusals and
 * failures (with the combination offer), and the prompt while a table is being chosen.
 */
export function FloorNotices(props: {
  pickingFor: Booking | null;
  summary: string;
  onCancelPick: () => void;
}) {
  const t = useT();
  const notice = useFloorStore((s) => s.notice);
  const notify = useFloorStore((s) => s.notify);
  const urgent = notice && notice.tone !== 'done' ? notice : null;
  // A "done" message fades after a while; refusals and errors stay until dismissed.
  useEffect(() => {
    if (notice?.tone !== 'done') return;
    const timer = setTimeout(() => {
      if (useFloorStore.getState().notice === notice) notify(null);
    }, DONE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, notify]);
  return (
    <div className="floor-notices">
      {!notice && !props.pickingFor ? <p className="floor-summary">{props.summary}</p> : null}
      <div className="floor-live" aria-live="polite" aria-atomic="true">
        {notice?.tone === 'done' ? <p className="floor-notice notice-done">{notice.text}</p> : null}
      </div>
      <div role="alert" aria-atomic="true">
        {urgent ? (
          <div className={`floor-notice notice-${urgent.tone}`}>
            <p>
              <span aria-hidden="true">⚠ </span>
              {urgent.text}
            </p>
            <div className="floor-notice-actions">
              {urgent.offer ? (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => {
                    urgent.offer?.run();
                  }}
                >
                  {urgent.offer.label}
                </button>
              ) : null}
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('floor.dismiss')}
                onClick={() => notify(null)}
              >
                ✕
              </button>
            </div>
          </div>
        ) : null}
      </div>
      {props.pickingFor ? (
        <div className="floor-notice notice-pick">
          <p>
            {t('floor.pick.prompt', {
              name: props.pickingFor.guestName,
              party: partyText(t, props.pickingFor.partySize),
            })}
          </p>
          <button type="button" className="button" onClick={props.onCancelPick}>
            {t('floor.pick.cancel')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
