import { useT } from '../../app/use-t';
import { SelectField, TextField } from './form-fields';
import { PREPAYMENT_MODES } from './service-form';

type PrepaymentMode = (typeof PREPAYMENT_MODES)[number];

/** What a guest pays or guarantees: the mode, and the amount per person unless it is none. */
export function PrepaymentFields(props: {
  mode: PrepaymentMode;
  amount: string;
  currency: string;
  amountError: string | undefined;
  onChange: (patch: { prepaymentMode?: PrepaymentMode; prepaymentAmount?: string }) => void;
}) {
  const t = useT();
  return (
    <>
      <SelectField
        label={t('settings.service.prepayment')}
        value={props.mode}
        onChange={(mode) =>
          props.onChange({ prepaymentMode: PREPAYMENT_MODES.find((m) => m === mode) ?? 'none' })
        }
        options={PREPAYMENT_MODES.map((m) => ({ value: m, label: t(`settings.prepayment.${m}`) }))}
      />
      {props.mode === 'none' ? null : (
        <TextField
          label={t('settings.service.prepaymentAmount', { currency: props.currency })}
          inputMode="decimal"
          value={props.amount}
          onChange={(prepaymentAmount) => props.onChange({ prepaymentAmount })}
          error={props.amountError}
        />
      )}
    </>
  );
}
