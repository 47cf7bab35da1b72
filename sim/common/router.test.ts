import { describe, expect, it } from 'vitest';
import { createRouter, isMatch } from './router';

describe('router', () => {
  const router = createRouter([
    { method: 'GET', pattern: '/api/:r/booking/:from/:days', handler: 'window' },
    { method: 'PUT', pattern: '/api/:r/booking/checkin/:uid', handler: 'checkin' },
    { method: 'GET', pattern: '/api/:r/booking/:uid', handler: 'get' },
    { method: 'PUT', pattern: '/api/:r/booking/:uid', handler: 'update' },
  ]);

  it('prefers literal segments and extracts parameters', () => {
    const checkin = router.match('PUT', ['api', 'r1', 'booking', 'checkin', 'abc']);
    expect(isMatch(checkin) && [checkin.route.handler, checkin.params]).toEqual([
      'checkin',
      { r: 'r1', uid: 'abc' },
    ]);
    const window = router.match('GET', ['api', 'r1', 'booking', '2030-01-01', '3']);
    expect(isMatch(window) && window.params).toEqual({ r: 'r1', from: '2030-01-01', days: '3' });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(router.match('DELETE', ['api', 'r1', 'booking', 'x'])).toEqual({ pathExists: true });
    expect(router.match('GET', ['api', 'r1', 'nothing'])).toEqual({ pathExists: false });
    expect(router.match('GET', [])).toEqual({ pathExists: false });
  });
});
