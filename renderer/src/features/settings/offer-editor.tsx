import { useState, type SyntheticEvent } from 'react';
import type { DiningService } from '../../../../shared/domain/dining-service';
import { KNOWN_OFFER_TYPES, type Offer } from '../../../../shared/domain/offer';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import type { MessageKey } from '../../i18n/messages';
import {
  CheckField,
  CheckGroup,
  FormActions,
  SelectField,
  TextField,
  useErrorText,
} from './form-fields';
import type { FormErrors } from './form-issues';
import { emptyOfferForm, formToOffer, offerToForm, type OfferForm } from './offer-form';
import { PREPAYMENT_MODES } from './service-form';

interface Props {
  offer: Snapshot<Offer> | undefined;
  services: readonly Snapshot<DiningService>[];
  currency: string;
  onDone: () => void;
}

/** Create or edit an offer (set menu, event...); typed text survives a refused save. */
export function OfferEditor({ offer, services, currency, onDone }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { repos } = useDeskData();
  const [form, setForm] = useState<OfferForm>(() =>
    offer === undefined ? emptyOfferForm() : offerToForm(offer),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<OfferForm>) => setForm({ ...form, ...patch });
  const err = (field: keyof OfferForm) => errorText(errors[field]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const result = formToOffer(form, {
      currency,
      ...(offer === undefined ? {} : { previous: offer }),
    });
    if (!result.ok) {
      setErrors(result.errors);
      setMessage(t('settings.fixErrors'));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      if (offer === undefined) await repos.offers.create(result.value);
      else {
        // Optional fields left empty are cleared: the patch names them as undefined.
        await repos.offers.update(offer.id, {
          description: undefined,
          startDate: undefined,
          endDate: undefined,
          pricePerPersonMinor: undefined,
          ...result.value,
        });
      }
      onDone();
    } catch (caught) {
      setMessage(t('settings.saveFailed', { message: (caught as Error).message }));
    } finally {
      setSaving(false);
    }
  };

  const types = KNOWN_OFFER_TYPES.includes(form.type as (typeof KNOWN_OFFER_TYPES)[number])
    ? KNOWN_OFFER_TYPES
    : [form.type, ...KNOWN_OFFER_TYPES];
  const title =
    offer === undefined
      ? t('settings.offers.formNew')
      : t('settings.offers.formEdit', { name: offer.name });
  return (
    <form
      className="settings-form editor"
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3>{title}</h3>
      <div className="form-grid">
        <TextField
          label={t('settings.offer.name')}
          value={form.name}
          onChange={(name) => set({ name })}
          error={err('name')}
        />
        <SelectField
          label={t('settings.offer.type')}
          value={form.type}
          onChange={(type) => set({ type })}
          options={types.map((v) => ({
            value: v,
            label: (KNOWN_OFFER_TYPES as readonly string[]).includes(v)
              ? t(`settings.offerType.${v}` as MessageKey)
              : v,
          }))}
          error={err('type')}
        />
        <TextField
          label={t('settings.offer.description')}
          value={form.description}
          onChange={(description) => set({ description })}
          error={err('description')}
          wide
        />
        <TextField
          label={t('settings.offer.startDate')}
          type="date"
          value={form.startDate}
          onChange={(startDate) => set({ startDate })}
          error={err('startDate')}
        />
        <TextField
          label={t('settings.offer.endDate')}
          type="date"
          value={form.endDate}
          onChange={(endDate) => set({ endDate })}
          error={err('endDate')}
        />
        <TextField
          label={t('settings.offer.partySizeMin')}
          inputMode="numeric"
          value={form.partySizeMin}
          onChange={(partySizeMin) => set({ partySizeMin })}
          error={err('partySizeMin')}
        />
        <TextField
          label={t('settings.offer.partySizeMax')}
          inputMode="numeric"
          value={form.partySizeMax}
          onChange={(partySizeMax) => set({ partySizeMax })}
          error={err('partySizeMax')}
        />
        <TextField
          label={t('settings.offer.price', { currency })}
          inputMode="decimal"
          value={form.price}
          onChange={(price) => set({ price })}
          error={err('price')}
        />
        <SelectField
          label={t('settings.service.prepayment')}
          value={form.prepaymentMode}
          onChange={(mode) =>
            set({ prepaymentMode: PREPAYMENT_MODES.find((m) => m === mode) ?? 'none' })
          }
          options={PREPAYMENT_MODES.map((m) => ({
            value: m,
            label: t(`settings.prepayment.${m}`),
          }))}
        />
        {form.prepaymentMode === 'none' ? null : (
          <TextField
            label={t('settings.service.prepaymentAmount', { currency })}
            inputMode="decimal"
            value={form.prepaymentAmount}
            onChange={(prepaymentAmount) => set({ prepaymentAmount })}
            error={err('prepaymentAmount')}
          />
        )}
        {services.length === 0 ? null : (
          <CheckGroup
            legend={t('settings.offer.services')}
            options={services.map((s) => ({ value: s.id, label: s.name }))}
            values={form.serviceIds}
            onChange={(serviceIds) => set({ serviceIds })}
            error={err('serviceIds')}
          />
        )}
      </div>
      <div className="check-column">
        <CheckField
          label={t('settings.offer.bookable')}
          checked={form.bookable}
          onChange={(bookable) => set({ bookable })}
        />
        <CheckField
          label={t('settings.offer.active')}
          checked={form.active}
          onChange={(active) => set({ active })}
        />
      </div>
      <FormActions saving={saving} message={message} ok={false} onCancel={onDone} />
    </form>
  );
}
