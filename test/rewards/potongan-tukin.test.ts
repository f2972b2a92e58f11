import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/errors.js';
import { explain } from '../../src/explain.js';
import { jadwalPotonganSchema, NAMA_PRESET_JADWAL, PRESET_JADWAL_POTONGAN, potonganTukin } from '../../src/rewards/index.js';

const persen = (input: Parameters<typeof potonganTukin>[0], options?: Parameters<typeof potonganTukin>[1]) => potonganTukin(input, options).value.persen;

describe('potonganTukin', () => {
  it('every preset is a valid schedule', () => {
    for (const name of NAMA_PRESET_JADWAL) expect(jadwalPotonganSchema.safeParse(PRESET_JADWAL_POTONGAN[name]).success, name).toBe(true);
  });

  describe('Permentan 68/2012 (table A)', () => {
    const o = { jadwal: 'PERMENTAN_68_2012' } as const;
    it('TV-28: 45 min late + 100 min early + 1 day → 7 %', () => {
      expect(persen({ bulan: '2024-05', terlambat: [45], pulangCepat: [100], hariTidakMasuk: 1 }, o)).toBe('7');
    });
    it.each([
      [1, '0.5'],
      [30, '0.5'],
      [31, '1'],
      [60, '1'],
      [61, '1.5'],
      [90, '1.5'],
      [91, '2'],
      [600, '2'],
    ])('late %i min → %s %%', (m, p) => {
      expect(persen({ bulan: '2024-05', terlambat: [m] }, o)).toBe(p);
      expect(persen({ bulan: '2024-05', pulangCepat: [m] }, o)).toBe(p);
    });
    it('no arrival record counts as TL4', () => {
      expect(persen({ bulan: '2024-05', tanpaRekamMasuk: 2, tanpaRekamPulang: 1 }, o)).toBe('6');
    });
    it('hukuman cuts: teguran lisan 20 % for 1 month', () => {
      const riwayatHukuman = [{ jenis: 'TEGURAN_LISAN', tmt: '2024-05-20' }] as const;
      expect(persen({ bulan: '2024-05', riwayatHukuman: [...riwayatHukuman] }, o)).toBe('20');
      expect(persen({ bulan: '2024-06', riwayatHukuman: [...riwayatHukuman] }, o)).toBe('0');
      expect(persen({ bulan: '2024-06', riwayatHukuman: [...riwayatHukuman] }, { ...o, mulaiPotonganHukuman: 'BULAN_BERIKUTNYA' })).toBe('20');
    });
  });

  describe('Permendikdasmen 14/2025 (table B)', () => {
    const o = { jadwal: 'PERMENDIKDASMEN_14_2025' } as const;
    it('TV-29: 3 days → 7.5 %', () => expect(persen({ bulan: '2025-09', hariTidakMasuk: 3 }, o)).toBe('7.5'));
    it('TV-29b: 10 consecutive days → 100 %, 9 do not', () => {
      const d = potonganTukin({ bulan: '2025-09', hariTidakMasuk: 10, hariBerturutTurut: 10, tukin: 4_000_000 }, o);
      expect(d.value).toMatchObject({ persen: '100', berturutTurut: true, potonganRupiah: '4000000', diterimaRupiah: '0' });
      expect(persen({ bulan: '2025-09', hariTidakMasuk: 10, hariBerturutTurut: 9 }, o)).toBe('25');
    });
    it('the PP 94 sedang hukuman cuts 25 % for 6 months from the TMT month', () => {
      const riwayatHukuman = [{ jenis: 'POTONGAN_TUKIN_6_BULAN' as const, tmt: '2025-03-02' }];
      expect(persen({ bulan: '2025-02', riwayatHukuman }, o)).toBe('0');
      expect(persen({ bulan: '2025-03', riwayatHukuman }, o)).toBe('25');
      expect(persen({ bulan: '2025-08', riwayatHukuman }, o)).toBe('25');
      expect(persen({ bulan: '2025-09', riwayatHukuman }, o)).toBe('0');
    });
    it('under the interim sedang mode the sedang hukuman is not a tukin cut', () => {
      const riwayatHukuman = [{ jenis: 'POTONGAN_TUKIN_9_BULAN' as const, tmt: '2025-03-02' }];
      expect(persen({ bulan: '2025-11', riwayatHukuman }, o)).toBe('25');
      expect(persen({ bulan: '2025-12', riwayatHukuman }, o)).toBe('0');
      expect(persen({ bulan: '2025-03', riwayatHukuman }, { ...o, sedangMode: 'INTERIM_KGB_KP_PANGKAT' })).toBe('0');
      // an instansi's own cut for the same hukuman still applies (KMK 5/2022: 50 %)
      expect(persen({ bulan: '2025-03', riwayatHukuman }, { jadwal: 'KMK_5_2022', sedangMode: 'INTERIM_KGB_KP_PANGKAT' })).toBe('50');
    });
    it('a hukuman ended early (gabungHukuman) stops its cut', () => {
      const riwayatHukuman = [{ jenis: 'POTONGAN_TUKIN_12_BULAN' as const, tmt: '2025-01-01', selesai: '2025-04-01' }];
      expect(persen({ bulan: '2025-03', riwayatHukuman }, o)).toBe('25');
      expect(persen({ bulan: '2025-04', riwayatHukuman }, o)).toBe('0');
    });
  });

  describe('BGN 4/2025 (table C)', () => {
    const o = { jadwal: 'PERBAN_BGN_4_2025' } as const;
    it.each([
      [1, '0'],
      [2, '0.5'],
      [60, '0.5'],
      [61, '1'],
    ])('TV-30: late %i min → %s %%', (m, p) => expect(persen({ bulan: '2025-09', terlambat: [m] }, o)).toBe(p));
  });

  describe('KMK 5/2022 (table F)', () => {
    const o = { jadwal: 'KMK_5_2022' } as const;
    it('turun jabatan 85 %, bebas jabatan 95 %, PDHTAPS 100 % for good', () => {
      expect(persen({ bulan: '2024-01', riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2024-01-15' }] }, o)).toBe('85');
      expect(persen({ bulan: '2024-12', riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-01-15' }] }, o)).toBe('95');
      expect(persen({ bulan: '2025-01', riwayatHukuman: [{ jenis: 'PEMBEBASAN_DARI_JABATAN', tmt: '2024-01-15' }] }, o)).toBe('0');
      expect(persen({ bulan: '2030-01', riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2024-01-15' }] }, o)).toBe('100');
    });
    it('two running hukuman: the larger cut applies', () => {
      const riwayatHukuman = [
        { jenis: 'TEGURAN_LISAN' as const, tmt: '2024-01-15' },
        { jenis: 'PERNYATAAN_TIDAK_PUAS_TERTULIS' as const, tmt: '2024-01-20' },
      ];
      expect(persen({ bulan: '2024-01', riwayatHukuman }, o)).toBe('25');
    });
  });

  it('Bakamla 1/2023: predikat cuts', () => {
    const o = { jadwal: 'PERBAN_BAKAMLA_1_2023' } as const;
    expect(persen({ bulan: '2024-01', predikat: 'SANGAT_KURANG' }, o)).toBe('2');
    expect(persen({ bulan: '2024-01', predikat: 'KURANG' }, o)).toBe('1');
    expect(persen({ bulan: '2024-01', predikat: 'BUTUH_PERBAIKAN' }, o)).toBe('0');
  });

  it('the monthly cap is 100 % (Permentan: 26 days absent = 104 %)', () => {
    const d = potonganTukin({ bulan: '2024-05', hariTidakMasuk: 26, tukin: 3_333_333 }, { jadwal: 'PERMENTAN_68_2012' });
    expect(d.value).toMatchObject({ persen: '100', dibatasi: true, potonganRupiah: '3333333', diterimaRupiah: '0' });
    expect(d.value.rincian.tidakMasuk).toBe('104');
    expect(persen({ bulan: '2024-05', hariTidakMasuk: 25 }, { jadwal: 'PERMENTAN_68_2012' })).toBe('100');
  });

  it('rounds to whole rupiah as set (half up by default)', () => {
    // 0.5 % of 1,234,567 = 6,172.835
    const input = { bulan: '2024-05', tukin: 1_234_567, terlambat: [5] };
    const o = { jadwal: 'PERMENTAN_68_2012' } as const;
    expect(potonganTukin(input, o).value.potonganRupiah).toBe('6173');
    expect(potonganTukin(input, { ...o, pembulatanRupiah: 'KE_BAWAH' }).value).toMatchObject({ potonganRupiah: '6172', diterimaRupiah: '1228395' });
    expect(potonganTukin(input, { ...o, pembulatanRupiah: 'KE_ATAS' }).value.potonganRupiah).toBe('6173');
    expect(explain(potonganTukin(input, o), 'id').at(-1)).toContain('Rp6173');
  });

  it('an instansi can define its own schedule (Kemenag guru madrasah ladder)', () => {
    const jadwal = {
      nama: 'Kemenag guru madrasah',
      terlambat: [
        { lebihDariMenit: 0, persen: '0.5' },
        { lebihDariMenit: 30, persen: 1 },
        { lebihDariMenit: 60, persen: '1.25' },
        { lebihDariMenit: 90, persen: '1.5' },
      ],
      tanpaRekamMasuk: '1.5',
      batasBulanan: 100,
    };
    expect(persen({ bulan: '2024-05', terlambat: [61, 95], tanpaRekamMasuk: 1 }, { jadwal })).toBe('4.25');
  });

  it('rejects bad schedules and inputs with MeritInputError naming the field', () => {
    const bad = [
      [{ bulan: '2024-13' }, undefined, ['bulan']],
      [{ bulan: '2024-05', terlambat: [0] }, undefined, ['terlambat', 0]],
      [{ bulan: '2024-05', hariTidakMasuk: 2, hariBerturutTurut: 3 }, undefined, ['hariBerturutTurut']],
      [{ bulan: '2024-05', tukin: 1.5 }, undefined, ['tukin']],
      [{ bulan: '2024-05' }, { jadwal: 'NOPE' }, ['options', 'jadwal']],
      [{ bulan: '2024-05' }, { jadwal: { nama: 'x', tidakMasukPerHari: 101 } }, ['options', 'jadwal', 'tidakMasukPerHari']],
      [
        { bulan: '2024-05' },
        { jadwal: { nama: 'x', terlambat: [{ lebihDariMenit: 30, persen: 1 }, { lebihDariMenit: 10, persen: 2 }] } },
        ['options', 'jadwal', 'terlambat'],
      ],
    ] as const;
    for (const [input, options, path] of bad) {
      try {
        potonganTukin(input as never, options as never);
        expect.unreachable(JSON.stringify(input));
      } catch (e) {
        expect(e).toBeInstanceOf(MeritInputError);
        expect((e as MeritInputError).issues[0]!.path).toEqual(path);
      }
    }
  });
});
