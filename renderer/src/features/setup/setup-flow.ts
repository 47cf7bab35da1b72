import type { SetupState } from '../../../../shared/contract/setup-commands';

/**
 * The first-launch step machine: which screen the desk shows, from the desk's setup state and
 * what the person did. Pure, so that every path is unit-tested; the zustand store only holds it.
 */

export const SETUP_STEPS = ['how', 'restaurant', 'platforms'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export type FlowPosition =
  | { kind: 'loading' }
  /** The normal screens. */
  | { kind: 'desk' }
  | { kind: 'step'; step: SetupStep };

export type FlowEvent =
  /** The first answer of `setup:state`. */
  | { type: 'loaded'; state: SetupState }
  /** `setup:state` failed: the desk opens anyway (the Relay section shows why). */
  | { type: 'loadFailed'; message: string }
  /** `setup:joinRelay` or `setup:standalone` answered. */
  | { type: 'modeChosen'; state: SetupState }
  /** The restaurant's settings are saved. */
  | { type: 'restaurantSaved' }
  | { type: 'back' }
  /** Platforms connected or skipped. */
  | { type: 'finished' };

const DESK: FlowPosition = { kind: 'desk' };
const at = (step: SetupStep): FlowPosition => ({ kind: 'step', step });

/** Where a desk in this state starts: the demo and a configured desk go straight to work. */
export function startingPosition(state: SetupState): FlowPosition {
  if (state.mode === 'demo') return DESK;
  if (state.mode === 'unconfigured') return at('how');
  if (!state.restaurantConfigured) return at('restaurant');
  return DESK;
}

export function advance(position: FlowPosition, event: FlowEvent): FlowPosition {
  switch (event.type) {
    case 'loaded':
      // A later answer (a refresh) never moves someone who is already somewhere.
      return position.kind === 'loading' ? startingPosition(event.state) : position;
    case 'loadFailed':
      return position.kind === 'loading' ? DESK : position;
    case 'modeChosen':
      if (position.kind !== 'step' || position.step !== 'how') return position;
      if (event.state.mode === 'unconfigured') return position;
      if (event.state.mode === 'demo') return DESK;
      if (!event.state.restaurantConfigured) return at('restaurant');
      // Joined a restaurant whose settings came from the relay.
      return event.state.platformsConnected > 0 ? DESK : at('platforms');
    case 'restaurantSaved':
      return position.kind === 'step' && position.step === 'restaurant'
        ? at('platforms')
        : position;
    case 'back':
      // Once a mode is chosen there is no way back to step 1 (the desk is already set up so).
      return position.kind === 'step' && position.step === 'platforms'
        ? at('restaurant')
        : position;
    case 'finished':
      return position.kind === 'step' && position.step === 'platforms' ? DESK : position;
  }
}

/** "Step n of 3": 1-based. */
export function stepNumber(step: SetupStep): number {
  return SETUP_STEPS.indexOf(step) + 1;
}
