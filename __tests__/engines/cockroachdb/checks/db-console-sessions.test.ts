import { describe, expect, it } from '@jest/globals';
import check, { durationHours } from '../../../../src/engines/cockroachdb/checks/db-console-sessions.js';
import { checkTester } from '../../../helpers/check-tester.js';
import { crdbFacts } from '../../../helpers/crdb-facts.js';

describe('durationHours', () => {
  it('reads INTERVAL text and Go durations', () => {
    expect([
      durationHours('168:00:00'),
      durationHours('168h0m0s'),
      durationHours('12:30:00'),
      durationHours('1 day 01:00:00')
    ]).toEqual([168, 168, 12.5, 25]);
    expect(durationHours('soon')).toBeNaN();
  });
});

checkTester(check, {
  pass: [
    {
      name: '12 hours and HSTS (the boundary)',
      facts: crdbFacts(),
      expect: [{ status: 'PASS', detail: 'DB Console sessions last 12:00:00 and HSTS is on.' }]
    }
  ],
  warn: [
    {
      name: 'the defaults: 168 hours, no HSTS',
      facts: crdbFacts({
        settings: { 'server.web_session.timeout': '168:00:00', 'server.hsts.enabled': 'false' }
      }),
      expect: [
        {
          status: 'WARN',
          detail:
            'server.web_session.timeout is 168:00:00 (168 hours, the default): a stolen DB Console cookie stays valid that long.'
        },
        {
          status: 'WARN',
          detail: 'server.hsts.enabled is off: browsers may reach the DB Console over plain HTTP first.'
        }
      ]
    },
    {
      name: 'just over 12 hours',
      facts: crdbFacts({ settings: { 'server.web_session.timeout': '12:00:01' } }),
      expect: [
        {
          status: 'WARN',
          detail:
            'server.web_session.timeout is 12:00:01 (12 hours): a stolen DB Console cookie stays valid that long.'
        }
      ]
    }
  ]
});
