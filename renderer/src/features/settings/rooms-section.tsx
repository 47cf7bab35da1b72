import { useState, type SyntheticEvent } from 'react';
import type { DiningRoom } from '../../../../shared/domain/dining-room';
import { Label } from '../../../../shared/domain/primitives';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import { useObservable } from '../../data/use-observable';
import { TextField, useErrorText } from './form-fields';
import { issueToError, type FieldError } from './form-issues';
import { nextPosition, reorderRooms } from './room-order';

/** Size of a new room's plan, in plan units; the floor plan's edit mode reshapes it. */
const NEW_ROOM_SIZE = { width: 1200, height: 800 };

function nameProblem(name: string): FieldError | undefined {
  const result = Label.safeParse(name.trim());
  return result.success
    ? undefined
    : result.error.issues[0] && issueToError(result.error.issues[0]);
}

/** Rooms: add, rename, order of the floor plan's tabs. */
export function RoomsSection() {
  const t = useT();
  const errorText = useErrorText();
  const { repos } = useDeskData();
  const rooms = useObservable(() => repos.floor.rooms$(), [repos], []);
  const [newName, setNewName] = useState('');
  const [newError, setNewError] = useState<FieldError | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  const attempt = async (work: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(t('settings.saveFailed', { message: (caught as Error).message }));
      return false;
    }
  };

  const add = async (event: SyntheticEvent) => {
    event.preventDefault();
    const problem = nameProblem(newName);
    setNewError(problem);
    if (problem !== undefined) return;
    const ok = await attempt(() =>
      repos.floor.rooms.create({
        name: newName.trim(),
        position: nextPosition(rooms),
        ...NEW_ROOM_SIZE,
        active: true,
      }),
    );
    if (ok) setNewName('');
  };

  const move = (id: string, delta: -1 | 1) =>
    void attempt(async () => {
      for (const change of reorderRooms(rooms, id, delta)) {
        await repos.floor.rooms.update(change.id, { position: change.position });
      }
    });

  return (
    <section aria-labelledby="rooms-title">
      <h2 id="rooms-title">{t('settings.rooms.heading')}</h2>
      <p className="muted">{t('settings.rooms.hint')}</p>
      {error === null ? null : (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {rooms.length === 0 ? <p className="muted">{t('settings.rooms.empty')}</p> : null}
      <ol className="room-list" aria-label={t('settings.rooms.order')}>
        {rooms.map((room, index) => (
          <RoomRow
            key={room.id}
            room={room}
            first={index === 0}
            last={index === rooms.length - 1}
            onMove={(delta) => move(room.id, delta)}
            onRename={(name) => attempt(() => repos.floor.rooms.update(room.id, { name }))}
          />
        ))}
      </ol>
      <form className="settings-form inline-form" onSubmit={(e) => void add(e)} noValidate>
        <TextField
          label={t('settings.rooms.new')}
          value={newName}
          onChange={setNewName}
          error={errorText(newError)}
          maxLength={100}
        />
        <button type="submit" className="button settings-primary">
          {t('settings.rooms.add')}
        </button>
      </form>
    </section>
  );
}

function RoomRow(props: {
  room: Snapshot<DiningRoom>;
  first: boolean;
  last: boolean;
  onMove: (delta: -1 | 1) => void;
  onRename: (name: string) => Promise<boolean>;
}) {
  const t = useT();
  const errorText = useErrorText();
  const { room } = props;
  const [name, setName] = useState(room.name);
  const [problem, setProblem] = useState<FieldError | undefined>(undefined);
  const rename = async (event: SyntheticEvent) => {
    event.preventDefault();
    const found = nameProblem(name);
    setProblem(found);
    if (found === undefined) await props.onRename(name.trim());
  };
  return (
    <li className="room-row">
      <form className="inline-form" onSubmit={(e) => void rename(e)} noValidate>
        <TextField
          label={t('settings.rooms.rename', { name: room.name })}
          value={name}
          onChange={setName}
          error={errorText(problem)}
          maxLength={100}
        />
        <button
          type="submit"
          className="button"
          disabled={name.trim() === room.name}
          aria-label={t('settings.rooms.renameSave', { name: room.name })}
        >
          {t('settings.save')}
        </button>
      </form>
      <div className="row-actions">
        <button
          type="button"
          className="button"
          disabled={props.first}
          aria-label={t('settings.rooms.up', { name: room.name })}
          onClick={() => props.onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button"
          disabled={props.last}
          aria-label={t('settings.rooms.down', { name: room.name })}
          onClick={() => props.onMove(1)}
        >
          ↓
        </button>
      </div>
    </li>
  );
}
