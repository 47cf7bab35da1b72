import { useState } from 'react';
import type { TableShape } from '../../../../shared/domain/dining-table';
import type { Table } from './floor-types';
import { useT } from '../../app/use-t';
import { ConfirmDialog } from './confirm-dialog';
import type { TableFields } from './floor-actions';
import { centreOf, ROTATION_STEP } from './floor-geometry';
import { draftProblem, NumberField, ShapeSelect } from './table-form-fields';

/** Nearest tables first: the ones a host would push together. */
function byDistance(from: Table, others: readonly Table[]): Table[] {
  const c = centreOf(from);
  const d = (o: Table) => {
    const p = centreOf(o);
    return Math.hypot(p.x - c.x, p.y - c.y);
  };
  return [...others].sort((a, b) => d(a) - d(b));
}

/** Label, shape, seats, size, rotation, combinations and delete for the selected table. */
export function TableEditForm(props: {
  table: Table;
  others: readonly Table[];
  onSave: (patch: Partial<TableFields>) => Promise<boolean>;
  onRotate: (delta: number) => void;
  onDelete: () => void;
}) {
  const t = useT();
  const { table } = props;
  const [label, setLabel] = useState(table.label);
  const [shape, setShape] = useState<TableShape>(table.shape);
  const [min, setMin] = useState(String(table.seatsMin));
  const [max, setMax] = useState(String(table.seatsMax));
  const [width, setWidth] = useState(String(table.width));
  const [height, setHeight] = useState(String(table.height));
  const [combinable, setCombinable] = useState<readonly string[]>(table.combinableWith);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <form
      className="floor-panel floor-edit-form"
      aria-label={t('floor.panel.label', { label: table.label })}
      onSubmit={(e) => {
        e.preventDefault();
        const draft = { label: label.trim(), seatsMin: Number(min), seatsMax: Number(max) };
        const issue = draftProblem(t, draft, props.others);
        setProblem(issue);
        if (issue) return;
        void props.onSave({
          ...draft,
          shape,
          width: Number(width),
          height: Number(height),
          combinableWith: [...combinable],
        });
      }}
    >
      <h2>{t('floor.panel.label', { label: table.label })}</h2>
      <div className="field-row">
        <label className="field">
          <span>{t('floor.edit.label')}</span>
          <input
            type="text"
            value={label}
            maxLength={16}
            required
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <ShapeSelect value={shape} onChange={setShape} />
      </div>
      <div className="field-row">
        <NumberField
          label={t('floor.edit.seatsMin')}
          value={min}
          min={1}
          max={100}
          onChange={setMin}
        />
        <NumberField
          label={t('floor.edit.seatsMax')}
          value={max}
          min={1}
          max={100}
          onChange={setMax}
        />
      </div>
      <div className="field-row">
        <NumberField
          label={t('floor.edit.width')}
          value={width}
          min={30}
          max={2000}
          onChange={setWidth}
        />
        <NumberField
          label={t('floor.edit.height')}
          value={height}
          min={30}
          max={2000}
          onChange={setHeight}
        />
      </div>
      <div className="floor-rotate">
        <button
          type="button"
          className="button"
          aria-label={t('floor.edit.rotateLeft', { label: table.label })}
          onClick={() => props.onRotate(-ROTATION_STEP)}
        >
          ⟲ −15°
        </button>
        <span aria-live="polite">{t('floor.edit.rotation', { degrees: table.rotation })}</span>
        <button
          type="button"
          className="button"
          aria-label={t('floor.edit.rotateRight', { label: table.label })}
          onClick={() => props.onRotate(ROTATION_STEP)}
        >
          ⟳ +15°
        </button>
      </div>
      {props.others.length > 0 ? (
        <fieldset className="floor-combinable">
          <legend>{t('floor.edit.combinable')}</legend>
          {byDistance(table, props.others).map((o) => (
            <label key={o.id} className="check">
              <input
                type="checkbox"
                checked={combinable.includes(o.id)}
                onChange={(e) =>
                  setCombinable(
                    e.target.checked
                      ? [...combinable, o.id]
                      : combinable.filter((id) => id !== o.id),
                  )
                }
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {problem ? (
        <p className="floor-form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field-row">
        <button type="submit" className="button button-primary">
          {t('floor.edit.save')}
        </button>
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('floor.edit.delete', { label: table.label })}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('floor.edit.deleteConfirm', { label: table.label })}
          body={t('floor.edit.deleteBody')}
          confirm={t('floor.edit.deleteYes')}
          cancel={t('floor.edit.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            props.onDelete();
          }}
        />
      ) : null}
    </form>
  );
}
