import { describe, expect, it } from 'vitest';

describe('time-zone harness', () => {
  it('runs this project in the time zone it names', () => {
    // Guards the harness itself: if TZ were not applied, the three runs would all be UTC.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
    const offset = new Date('2024-07-01T00:00:00Z').getTimezoneOffset();
    const expected: Record<string, number> = {
      UTC: 0,
      'Asia/Jakarta': -420,
      'America/Los_Angeles': 420,
      'Pacific/Apia': -780,
      'Pacific/Kiritimati': -840,
    };
    expect(offset).toBe(expected[process.env.TZ ?? '']);
  });
});
