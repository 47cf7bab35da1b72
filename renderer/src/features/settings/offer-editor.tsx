import type { DiningService } from '../../../../shared/domain/dining-service';
import { KNOWN_OFFER_TYPES, type Offer } from '../../../../shared/domain/offer';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import type { MessageKey } from '../../i18n/messages';
import { CheckField, CheckGroup, FormActions, SelectField, TextField } from './form-fields';
import { emptyOfferForm, formToOffer, offerToForm, type OfferForm } from './offer-form';
import { PrepaymentFields } from './prepayment-fields';
import { useEntityForm } from './use-entity-form';

interface Props {
  offer: Snapshot<Offer> | undefined;
  services: readonly Snapshot<DiningService>[];
  currency: string;
  onDone: () => void;
}

/** Create or edit an offer (set menu, event...); typed text survives a refused save. */
export function OfferEditor({ offer, services, currency, onDone }: Props) {
  const t = useT();
  const { repos } = useDeskData();
  const { form, set, err, message, saving, submit } = useEntityForm({
    initial: (): OfferForm => (offer === undefined ? emptyOfferForm() : offerToForm(offer)),
    convert: (f: OfferForm) =>
      formToOffer(f, { currency, ...(offer === undefined ? {} : { previous: offer }) }),
    save: async (value) => {
      if (offer === undefined) return repos.offers.create(value);
      // Optional fields left empty are cleared: the patch names them as undefined.
      return repos.offers.update(offer.id, {
        description: undefined,
        startDate: undefined,
        endDate: undefined,
        pricePerPersonMinor: undefined,
        ...value,
      });
    },
    onDone,
  });

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
        <PrepaymentFields
          mode={form.prepaymentMode}
          amount={form.prepaymentAmount}
          currency={currency}
          amountError={err('prepaymentAmount')}
          onChange={set}
        />
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
