import type { Room } from './floor-types';
import { useRef, useState } from 'react';
import { useT } from '../../app/use-t';

/** Rooms as tabs; arrow keys move between them (WAI-ARIA tabs pattern). */
export function RoomTabs(props: {
  rooms: readonly Room[];
  roomId: string | null;
  panelId: string;
  onSelect: (roomId: string) => void;
}) {
  const t = useT();
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const move = (delta: number) => {
    const index = props.rooms.findIndex((r) => r.id === props.roomId);
    const next = props.rooms[(index + delta + props.rooms.length) % props.rooms.length];
    if (next) {
      props.onSelect(next.id);
      refs.current.get(next.id)?.focus();
    }
  };
  return (
    <div className="floor-tabs" role="tablist" aria-label={t('floor.rooms')}>
      {props.rooms.map((room) => {
        const selected = room.id === props.roomId;
        return (
          <button
            key={room.id}
            ref={(el) => {
              if (el) refs.current.set(room.id, el);
              else refs.current.delete(room.id);
            }}
            type="button"
            role="tab"
            className="floor-tab"
            aria-selected={selected}
            aria-controls={props.panelId}
            tabIndex={selected ? 0 : -1}
            onClick={() => props.onSelect(room.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              if (e.key === 'ArrowLeft') move(-1);
            }}
          >
            {room.name}
          </button>
        );
      })}
    </div>
  );
}

/** Add a room, or rename/resize the current one (edit mode). */
export function RoomForm(props: {
  room: Room | null;
  onSave: (fields: { name: string; width: number; height: number }) => Promise<boolean>;
}) {
  const t = useT();
  const [name, setName] = useState(props.room?.name ?? '');
  const [width, setWidth] = useState(String(props.room?.width ?? 1000));
  const [height, setHeight] = useState(String(props.room?.height ?? 700));
  const title = props.room ? t('floor.edit.renameRoom') : t('floor.edit.addRoom');
  const w = Number(width);
  const h = Number(height);
  const valid = name.trim().length > 0 && w >= 100 && w <= 100_000 && h >= 100 && h <= 100_000;
  return (
    <form
      className="floor-panel floor-edit-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        void props.onSave({ name: name.trim(), width: w, height: h }).then((ok) => {
          if (ok && !props.room) setName('');
        });
      }}
    >
      <h2>{title}</h2>
      <label className="field">
        <span>{t('floor.edit.roomName')}</span>
        <input
          type="text"
          value={name}
          maxLength={100}
          required
          placeholder={t('floor.edit.newRoom')}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <div className="field-row">
        <label className="field field-number">
          <span>{t('floor.edit.roomWidth')}</span>
          <input
            type="number"
            min={100}
            max={100000}
            value={width}
            onChange={(e) => setWidth(e.target.value)}
          />
        </label>
        <label className="field field-number">
          <span>{t('floor.edit.roomHeight')}</span>
          <input
            type="number"
            min={100}
            max={100000}
            value={height}
            onChange={(e) => setHeight(e.target.value)}
          />
        </label>
      </div>
      <button type="submit" className="button button-primary" disabled={!valid}>
        {props.room ? t('floor.edit.saveRoom') : t('floor.edit.addRoom')}
      </button>
    </form>
  );
}
