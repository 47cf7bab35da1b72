import type { DiningRoom } from '../../../../shared/domain/dining-room';
import { KNOWN_SERVICE_TYPES, type DiningService } from '../../../../shared/domain/dining-service';
import type { Snapshot } from '../../../../shared/store/store-deps';
import { useT } from '../../app/use-t';
import { useDeskData } from '../../data/desk-data-context';
import type { MessageKey } from '../../i18n/messages';
import { CheckField, CheckGroup, FormActions, SelectField, TextField } from './form-fields';
import { PrepaymentFields } from './prepayment-fields';
import { useEntityForm } from './use-entity-form';
import { emptyServiceForm, formToService, serviceToForm, type ServiceForm } from './service-form';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Props {
  /** Undefined to create a new service. */
  service: Snapshot<DiningService> | undefined;
  rooms: readonly Snapshot<DiningRoom>[];
  currency: string;
  position: number;
  onDone: () => void;
}

/** Create or edit a service; what was typed stays in the form when a save is refused. */
export function ServiceEditor({ service, rooms, currency, position, onDone }: Props) {
  const t = useT();
  const { repos } = useDeskData();
  const { form, set, err, message, saving, submit } = useEntityForm({
    initial: (): ServiceForm =>
      service === undefined ? emptyServiceForm() : serviceToForm(service),
    convert: (f: ServiceForm) =>
      formToService(f, {
        currency,
        position: service?.position ?? position,
        ...(service === undefined ? {} : { previous: service }),
      }),
    save: async (value) =>
      service === undefined
        ? repos.floor.services.create(value)
        : repos.floor.services.update(service.id, value),
    onDone,
  });

  const types = KNOWN_SERVICE_TYPES.includes(form.type as (typeof KNOWN_SERVICE_TYPES)[number])
    ? KNOWN_SERVICE_TYPES
    : [form.type, ...KNOWN_SERVICE_TYPES];
  const title =
    service === undefined
      ? t('settings.services.formNew')
      : t('settings.services.formEdit', { name: service.name });
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
          label={t('settings.service.name')}
          value={form.name}
          onChange={(name) => set({ name })}
          error={err('name')}
        />
        <SelectField
          label={t('settings.service.type')}
          value={form.type}
          onChange={(type) => set({ type })}
          options={types.map((v) => ({ value: v, label: typeLabel(v) }))}
          error={err('type')}
        />
        <CheckGroup
          legend={t('settings.service.weekdays')}
          options={WEEKDAYS.map((d) => ({ value: d, label: t(`settings.weekday.${d}`) }))}
          values={form.weekdays}
          onChange={(weekdays) => set({ weekdays })}
          error={err('weekdays')}
        />
        <TextField
          label={t('settings.service.startTime')}
          placeholder="19:30"
          value={form.startTime}
          onChange={(startTime) => set({ startTime })}
          error={err('startTime')}
        />
        <TextField
          label={t('settings.service.endTime')}
          placeholder="19:30"
          value={form.endTime}
          onChange={(endTime) => set({ endTime })}
          error={err('endTime')}
        />
        <TextField
          label={t('settings.service.lastSeatingTime')}
          placeholder="19:30"
          value={form.lastSeatingTime}
          onChange={(lastSeatingTime) => set({ lastSeatingTime })}
          error={err('lastSeatingTime')}
        />
        <TextField
          label={t('settings.service.maxCovers')}
          inputMode="numeric"
          value={form.maxCovers}
          onChange={(maxCovers) => set({ maxCovers })}
          error={err('maxCovers')}
        />
        <TextField
          label={t('settings.service.slotIntervalMinutes')}
          inputMode="numeric"
          value={form.slotIntervalMinutes}
          onChange={(slotIntervalMinutes) => set({ slotIntervalMinutes })}
          error={err('slotIntervalMinutes')}
        />
        <TextField
          label={t('settings.service.defaultDurationMinutes')}
          inputMode="numeric"
          value={form.defaultDurationMinutes}
          onChange={(defaultDurationMinutes) => set({ defaultDurationMinutes })}
          error={err('defaultDurationMinutes')}
        />
        <PrepaymentFields
          mode={form.prepaymentMode}
          amount={form.prepaymentAmount}
          currency={currency}
          amountError={err('prepaymentAmount')}
          onChange={set}
        />
        {rooms.length === 0 ? null : (
          <CheckGroup
            legend={t('settings.service.rooms')}
            options={rooms.map((r) => ({ value: r.id, label: r.name }))}
            values={form.roomIds}
            onChange={(roomIds) => set({ roomIds })}
            error={err('roomIds')}
          />
        )}
      </div>
      <div className="check-column">
        <CheckField
          label={t('settings.service.autoConfirm')}
          checked={form.autoConfirm}
          onChange={(autoConfirm) => set({ autoConfirm })}
        />
        <CheckField
          label={t('settings.service.private')}
          checked={form.private}
          onChange={(value) => set({ private: value })}
        />
        <CheckField
          label={t('settings.service.active')}
          checked={form.active}
          onChange={(active) => set({ active })}
        />
      </div>
      <FormActions saving={saving} message={message} ok={false} onCancel={onDone} />
    </form>
  );

  function typeLabel(value: string): string {
    return (KNOWN_SERVICE_TYPES as readonly string[]).includes(value)
      ? t(`settings.serviceType.${value}` as MessageKey)
      : value;
  }
}
