import { TableShape } from '../../../../shared/domain/dining-table';
import { useT } from '../../app/use-t';
import type { MessageKey } from '../../i18n/messages';
import type { Table } from './floor-types';

/** Fields and checks shared by the "add a table" and "edit a table" forms. */
const SHAPES = TableShape.options;
const SHAPE_KEY: Record<TableShape, MessageKey> = {
  round: 'floor.shape.round',
  square: 'floor.shape.square',
  rectangle: 'floor.shape.rectangle',
  booth: 'floor.shape.booth',
};

/** Default footprint per shape, in centimetres. */
export const DEFAULT_SIZE: Record<TableShape, { width: number; height: number }> = {
  round: { width: 80, height: 80 },
  square: { width: 80, height: 80 },
  rectangle: { width: 160, height: 80 },
  booth: { width: 180, height: 100 },
};

export interface TableDraft {
  label: string;
  shape: TableShape;
  seatsMin: number;
  seatsMax: number;
}

/** Checks a table draft before it goes to the store; null when it is fine. */
export function draftProblem(
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  draft: { label: string; seatsMin: number; seatsMax: number },
  others: readonly Table[],
): string | null {
  const label = draft.label.trim();
  if (others.some((o) => o.label.toLowerCase() === label.toLowerCase())) {
    return t('floor.edit.labelTaken', { label });
  }
  if (draft.seatsMin > draft.seatsMax) return t('floor.edit.seatsOrder');
  return null;
}

export function ShapeSelect(props: { value: TableShape; onChange: (shape: TableShape) => void }) {
  const t = useT();
  return (
    <label className="field">
      <span>{t('floor.edit.shape')}</span>
      <select
        value={props.value}
        onChange={(e) => {
          const parsed = TableShape.safeParse(e.target.value);
          if (parsed.success) props.onChange(parsed.data);
        }}
      >
        {SHAPES.map((s) => (
          <option key={s} value={s}>
            {t(SHAPE_KEY[s])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function NumberField(props: {
  label: string;
  value: string;
  min: number;
  max: number;
  onChange: (v: string) => void;
}) {
  const n = Number(props.value);
  return (
    <label className="field field-number">
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        value={props.value}
        aria-invalid={!Number.isInteger(n) || n < props.min || n > props.max}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}
