import { describe, expect, it } from 'vitest';
import { issueText } from '../../src/index.js';
import { potonganTukin, PRESET_JADWAL_POTONGAN } from '../../src/rewards/index.js';
import { thrownIssues } from '../input-issues.js';

// Impossible records potonganTukin used to decide, and now refuses. (Was refusals.test.ts.)

describe('potonganTukin: a misspelt key is refused, never a silent default', () => {
  it('hariTidakMask: 10 cut nothing in 0.1.0; now refused with a suggestion, in both languages', () => {
    const issues = thrownIssues(() =>
      potonganTukin({ bulan: '2025-09', hariTidakMask: 10 } as never, { jadwal: 'PERMENDIKDASMEN_14_2025' }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['hariTidakMask']);
    expect(issues[0]!.code).toBe('unknown_key');
    expect(issueText(issues[0]!, 'en')).toBe('is not a field of this input; did you mean "hariTidakMasuk"?');
    expect(issueText(issues[0]!, 'id')).toBe('bukan kolom masukan ini; mungkin maksudnya "hariTidakMasuk"?');
    // Spelt right, the same month is cut 25 % (10 days × 2.5 %).
    expect(potonganTukin({ bulan: '2025-09', hariTidakMasuk: 10 }, { jadwal: 'PERMENDIKDASMEN_14_2025' }).value.persen).toBe('25');
  });

  it('a misspelt key inside an instansi schedule is refused at its path, with a suggestion', () => {
    const jadwal = { nama: 'Instansi X', tidakMasukPerHari: 3, terlambat: [{ lebihDariMenit: 0, persenn: 1 }] };
    const issues = thrownIssues(() => potonganTukin({ bulan: '2024-05', terlambat: [10] }, { jadwal }));
    expect(issues.map((i) => [i.path, issueText(i, 'id')])).toEqual([
      [['options', 'jadwal', 'terlambat', 0, 'persenn'], 'bukan pengaturan aturan ini; mungkin maksudnya "persen"?'],
      [['options', 'jadwal', 'terlambat', 0, 'persen'], expect.any(String)],
    ]);
    const typoAtTop = thrownIssues(() => potonganTukin({ bulan: '2024-05' }, { jadwal: { nama: 'Instansi X', tidakMasukPerHar: 3 } }));
    expect(typoAtTop.map((i) => [i.path, i.message])).toEqual([
      [['options', 'jadwal', 'tidakMasukPerHar'], 'is not a setting of this rule; did you mean "tidakMasukPerHari"?'],
    ]);
  });
});

describe('potonganTukin: counts fit inside the month (dates inside the stated period)', () => {
  it('30 days absent in February 2025 (28 days) is refused on hariTidakMasuk, in both languages', () => {
    const issues = thrownIssues(() => potonganTukin({ bulan: '2025-02', hariTidakMasuk: 30 }));
    expect(issues).toEqual([
      {
        path: ['hariTidakMasuk'],
        message: '30 days absent in 2025-02, which has 28 days (each day counts once)',
        text: {
          en: '30 days absent in 2025-02, which has 28 days (each day counts once)',
          id: '30 hari tidak masuk pada 2025-02, padahal bulan itu hanya 28 hari (setiap hari dihitung sekali)',
        },
        code: 'contradiction',
      },
    ]);
    // a leap February has 29 (Permentan 68/2012 covers absence)
    expect(potonganTukin({ bulan: '2024-02', hariTidakMasuk: 29 }, { jadwal: 'PERMENTAN_68_2012' }).value.bulan).toBe('2024-02');
  });

  it('a day absent has no late arrival: 20 days absent and 12 late arrivals in a 31-day month are refused on terlambat', () => {
    const input = { bulan: '2024-05', hariTidakMasuk: 20, terlambat: Array.from({ length: 12 }, () => 5) };
    expect(thrownIssues(() => potonganTukin(input)).map((i) => [i.path, i.text?.id])).toEqual([
      [
        ['terlambat'],
        '32 hari tidak masuk, terlambat atau tanpa rekam masuk pada 2024-05, padahal bulan itu hanya 31 hari (setiap hari dihitung sekali)',
      ],
    ]);
    expect(potonganTukin({ ...input, terlambat: input.terlambat.slice(1) }, { jadwal: 'PERMENTAN_68_2012' }).value.bulan).toBe('2024-05');
  });
});

describe('presets and tables are frozen: a write throws and the next decision is unchanged', () => {
  it('PRESET_JADWAL_POTONGAN (was a raw TypeError or ZodError inside the next decision)', () => {
    const before = potonganTukin({ bulan: '2024-05', hariTidakMasuk: 1 }, { jadwal: 'PERMENTAN_68_2012' });
    const preset = PRESET_JADWAL_POTONGAN.PERMENTAN_68_2012 as unknown as { tidakMasukPerHari: unknown; terlambat: { persen: unknown }[] };
    expect(() => {
      preset.tidakMasukPerHari = 'banyak';
    }).toThrow(TypeError);
    expect(() => {
      preset.terlambat[0]!.persen = -5;
    }).toThrow(TypeError);
    expect(() => (preset.terlambat as unknown[]).push({})).toThrow(TypeError);
    expect(potonganTukin({ bulan: '2024-05', hariTidakMasuk: 1 }, { jadwal: 'PERMENTAN_68_2012' })).toEqual(before);
  });
});
