import { useT } from '../../app/use-t';
import { useSetupStore } from './setup-store';
import './setup.css';

/**
 * A thin strip above the top bar while the desk shows the demo: simulated restaurant and
 * platforms. Always there, never over the work.
 */
export function SimulatedMark() {
  const t = useT();
  const simulated = useSetupStore((s) => s.state?.simulated === true);
  if (!simulated) return null;
  return (
    <div className="simulated-mark" role="note" aria-label={t('setup.simulated.label')}>
      <span className="simulated-mark-tag" aria-hidden="true">
        {t('setup.simulated.tag')}
      </span>
      <span aria-hidden="true">{t('setup.simulated.text')}</span>
    </div>
  );
}
