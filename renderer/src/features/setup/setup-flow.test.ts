import { describe, expect, it } from 'vitest';
import type { SetupState } from '../../../../shared/contract/setup-commands';
import { advance, startingPosition, stepNumber, type FlowPosition } from './setup-flow';

const state = (patch: Partial<SetupState> = {}): SetupState => ({
  mode: 'unconfigured',
  simulated: false,
  relay: null,
  restaurantConfigured: false,
  platformsConnected: 0,
  ...patch,
});

const LOADING: FlowPosition = { kind: 'loading' };
const DESK: FlowPosition = { kind: 'desk' };
const how: FlowPosition = { kind: 'step', step: 'how' };
const restaurant: FlowPosition = { kind: 'step', step: 'restaurant' };
const platforms: FlowPosition = { kind: 'step', step: 'platforms' };
const relay = { url: 'https://r.example', tenantId: 't', deviceId: 'd', deviceName: 'Bar' };

describe('where a desk starts', () => {
  it('asks how the desk works on a first launch, even with a restaurant already saved', () => {
    expect(startingPosition(state())).toEqual(how);
    expect(startingPosition(state({ restaurantConfigured: true }))).toEqual(how);
  });

  it('asks for the restaurant when a mode is chosen but the restaurant is not saved', () => {
    expect(startingPosition(state({ mode: 'standalone' }))).toEqual(restaurant);
    expect(startingPosition(state({ mode: 'relay', relay }))).toEqual(restaurant);
  });

  it('opens the desk when configured, and always in the demo', () => {
    expect(startingPosition(state({ mode: 'standalone', restaurantConfigured: true }))).toEqual(
      DESK,
    );
    expect(startingPosition(state({ mode: 'demo', simulated: true }))).toEqual(DESK);
    expect(startingPosition(state({ mode: 'demo', restaurantConfigured: false }))).toEqual(DESK);
  });
});

describe('the steps', () => {
  it('walks standalone → restaurant → platforms → desk', () => {
    let p = advance(LOADING, { type: 'loaded', state: state() });
    expect(p).toEqual(how);
    p = advance(p, { type: 'modeChosen', state: state({ mode: 'standalone' }) });
    expect(p).toEqual(restaurant);
    p = advance(p, { type: 'restaurantSaved' });
    expect(p).toEqual(platforms);
    p = advance(p, { type: 'back' });
    expect(p).toEqual(restaurant);
    p = advance(p, { type: 'restaurantSaved' });
    p = advance(p, { type: 'finished' });
    expect(p).toEqual(DESK);
  });

  it('skips the restaurant when joining a relay that already holds it', () => {
    const joined = state({ mode: 'relay', relay, restaurantConfigured: true });
    expect(advance(how, { type: 'modeChosen', state: joined })).toEqual(platforms);
    expect(
      advance(how, { type: 'modeChosen', state: { ...joined, platformsConnected: 2 } }),
    ).toEqual(DESK);
  });

  it('stays on step 1 when the answer still says unconfigured', () => {
    expect(advance(how, { type: 'modeChosen', state: state() })).toEqual(how);
  });

  it('opens the desk when the setup state cannot be read', () => {
    expect(advance(LOADING, { type: 'loadFailed', message: 'no answer' })).toEqual(DESK);
  });

  it('ignores events that do not belong to the current step', () => {
    expect(advance(how, { type: 'restaurantSaved' })).toEqual(how);
    expect(advance(how, { type: 'finished' })).toEqual(how);
    expect(advance(restaurant, { type: 'back' })).toEqual(restaurant);
    expect(advance(restaurant, { type: 'finished' })).toEqual(restaurant);
    expect(advance(DESK, { type: 'modeChosen', state: state({ mode: 'standalone' }) })).toEqual(
      DESK,
    );
    expect(
      advance(platforms, { type: 'modeChosen', state: state({ mode: 'standalone' }) }),
    ).toEqual(platforms);
  });

  it('a later answer of setup:state never moves someone already somewhere', () => {
    expect(advance(DESK, { type: 'loaded', state: state() })).toEqual(DESK);
    expect(advance(restaurant, { type: 'loaded', state: state({ mode: 'demo' }) })).toEqual(
      restaurant,
    );
    expect(advance(platforms, { type: 'loadFailed', message: 'no answer' })).toEqual(platforms);
  });

  it('numbers the steps from 1 to 3', () => {
    expect([stepNumber('how'), stepNumber('restaurant'), stepNumber('platforms')]).toEqual([
      1, 2, 3,
    ]);
  });
});
