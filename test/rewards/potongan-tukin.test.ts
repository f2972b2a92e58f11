import { describe, expect, it } from 'vitest';
import { safeParse, toJSONSchema } from 'zod/v4/core';
import { MeritInputError } from '../../src/core/errors.js';
import { describeDecision, explain } from '../../src/explain.js';
import {
  jadwalPotonganSchema,
  NAMA_PRESET_JADWAL,
  PRESET_JADWAL_POTONGAN,
  potonganTukin,
  potonganTukinOutput,
} from '../../src/rewards/index.js';
import { citedLines, reasonLines } from '../explain/lines.js';

const KMK_5_2022_HUKUMAN = {
  regulation: 'KMK_5_2022',
  annex: 'Lampiran (pemotongan tunjangan kinerja bagi PNS yang dijatuhi hukuman disiplin)',
};
// Permentan 68/2012's table: the reproduction read names neither its article nor its Lampiran (checked below).
const PERMENTAN_68_2012_TABEL = PRESET_JADWAL_POTONGAN.PERMENTAN_68_2012.sumber[0];

const persen = (input: Parameters<typeof potonganTukin>[0], options?: Parameters<typeof potonganTukin>[1]) =>
  potonganTukin(input, options).value.persen;

describe('potonganTukin', () => {
  it('Permentan 68/2012 is cited as not located, saying what was read and searched', () => {
    expect(PERMENTAN_68_2012_TABEL).toEqual({
      regulation: 'PERMENTAN_68_2012',
      unlocated: expect.stringContaining('Balai Litbang Pertanian Banten'),
    });
    expect(PERMENTAN_68_2012_TABEL.unlocated).toContain('Lampiran 3 (Pasal 8 ayat (2))');
  });

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
      expect(persen({ bulan: '2024-06', riwayatHukuman: [...riwayatHukuman] }, { ...o, mulaiPotonganHukuman: 'BULAN_BERIKUTNYA' })).toBe(
        '20',
      );
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
      const nonAdministratif = riwayatHukuman.map((h) => ({ ...h, sifatPelanggaran: 'NON_ADMINISTRATIF' as const }));
      expect(
        persen({ bulan: '2025-03', riwayatHukuman: nonAdministratif }, { jadwal: 'KMK_5_2022', sedangMode: 'INTERIM_KGB_KP_PANGKAT' }),
      ).toBe('50');
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
    // The cuts of this table apply to non-administrative violations (and administrative ones with an unsur).
    const o = { jadwal: 'KMK_5_2022', potonganHukuman: 'SETIAP_HUKUMAN' } as const;
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
    expect(potonganTukin(input, { ...o, pembulatanRupiah: 'KE_BAWAH' }).value).toMatchObject({
      potonganRupiah: '6172',
      diterimaRupiah: '1228395',
    });
    expect(potonganTukin(input, { ...o, pembulatanRupiah: 'KE_ATAS' }).value.potonganRupiah).toBe('6173');
    expect(reasonLines(potonganTukin(input, o), 'id').at(-1)).toContain('Rp6173');
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
        {
          jadwal: {
            nama: 'x',
            terlambat: [
              { lebihDariMenit: 30, persen: 1 },
              { lebihDariMenit: 10, persen: 2 },
            ],
          },
        },
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

const T = 'rewards.potonganTukin';
const PERMENTAN_NAMA = 'Permentan 68/2012 (historis: era PP 53/2010, diganti Permentan 45/2014)';
const PP94_PASAL_8 = { regulation: 'PP_94_2021', article: 'Pasal 8' };
const codes = (d: ReturnType<typeof potonganTukin>) => d.reasons.map((r) => r.code.slice(T.length + 1));
const reasonOf = (d: ReturnType<typeof potonganTukin>, code: string) => d.reasons.find((r) => r.code === `${T}.${code}`);

describe('potonganTukin reasons: each cause, its facts, citations and text', () => {
  const permentan = { jadwal: 'PERMENTAN_68_2012' } as const;
  const KMK = [KMK_5_2022_HUKUMAN];

  it('attendance (jam kerja): days without an arrival and without a leave record are added up (Permentan 68/2012: TL4/PSW4 = 2 % each)', () => {
    const d = potonganTukin({ bulan: '2024-05', tanpaRekamMasuk: 2, tanpaRekamPulang: 1 }, permentan);
    expect(d.value.rincian.tanpaRekam).toBe('6');
    expect(reasonOf(d, 'jamKerja')).toEqual({
      rule: T,
      code: `${T}.jamKerja`,
      outcome: 'INFO',
      citations: [PERMENTAN_68_2012_TABEL],
      facts: {
        jumlahTerlambat: 0,
        persenTerlambat: '0',
        jumlahPulangCepat: 0,
        persenPulangCepat: '0',
        hariTanpaRekam: 3,
        persenTanpaRekam: '6',
      },
    });
  });

  it.each([
    [{ tanpaRekamMasuk: 1 }, 1],
    [{ tanpaRekamPulang: 1 }, 1],
    [{ terlambat: [5] }, 0],
    [{ pulangCepat: [5] }, 0],
  ])('a single attendance lapse %j is reported (jamKerja, %i day without a record)', (lapse, hari) => {
    const d = potonganTukin({ bulan: '2024-05', ...lapse }, permentan);
    expect(codes(d)).toEqual(['historis', 'jamKerja', 'total']);
    expect(reasonOf(d, 'jamKerja')!.facts.hariTanpaRekam).toBe(hari);
  });

  it('a month without lapses, absence or hukuman has only the total (0 %), after the note that the schedule is historical', () => {
    const d = potonganTukin({ bulan: '2024-05' }, permentan);
    expect(codes(d)).toEqual(['historis', 'total']);
    expect(d.value.persen).toBe('0');
  });

  it('absence: 1 day is reported with the per-day cut, 0 days is not (Permentan 68/2012: 4 % per day)', () => {
    expect(reasonOf(potonganTukin({ bulan: '2024-05', hariTidakMasuk: 1 }, permentan), 'tidakMasuk')!.facts).toEqual({
      hariTidakMasuk: 1,
      persenPerHari: '4',
      persen: '4',
    });
    expect(codes(potonganTukin({ bulan: '2024-05', hariTidakMasuk: 0, terlambat: [45] }, permentan))).toEqual([
      'historis',
      'jamKerja',
      'total',
    ]);
  });

  it('a running hukuman with a limited cut: INFO citing the schedule and PP 94/2021 Pasal 8, with months and start (KMK 5/2022: teguran tertulis 25 % for 3 months)', () => {
    const d = potonganTukin(
      { bulan: '2024-01', riwayatHukuman: [{ jenis: 'TEGURAN_TERTULIS', tmt: '2023-12-02', sifatPelanggaran: 'NON_ADMINISTRATIF' }] },
      { jadwal: 'KMK_5_2022' },
    );
    expect(d.value.rincian.hukuman).toBe('25');
    expect(codes(d)).toEqual(['sifatDipotong', 'hukuman', 'total']);
    expect(d.reasons[1]).toEqual({
      rule: T,
      code: `${T}.hukuman`,
      outcome: 'INFO',
      citations: [...KMK, PP94_PASAL_8],
      facts: { hukuman: 'TEGURAN_TERTULIS', persen: '25', bulan: 3, mulai: 'BULAN_TMT' },
    });
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Catatan: Sedang menjalani teguran tertulis: potongan 25% selama 3 bulan (mulai bulan TMT) [1, 2]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Note: Serving written reprimand: 25% cut for 3 months (from the month of the TMT) [1, 2]"`,
    );
  });

  it('PDHTAPS: a cut without an end is reported as lasting (hukumanTetap), not for a number of months (KMK 5/2022: 100 %)', () => {
    const d = potonganTukin(
      { bulan: '2030-01', riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2023-05-02' }] },
      { jadwal: 'KMK_5_2022', potonganHukuman: 'SETIAP_HUKUMAN' },
    );
    expect(codes(d)).toEqual(['setiapHukuman', 'hukumanTetap', 'total']);
    expect(d.reasons[1]).toEqual({
      rule: T,
      code: `${T}.hukumanTetap`,
      outcome: 'INFO',
      citations: [...KMK, PP94_PASAL_8],
      facts: { hukuman: 'PDHTAPS', persen: '100' },
    });
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Catatan: Dijatuhi pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS: potongan 100% selama berlaku [1, 2]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Note: Under honourable dismissal not at own request (PDHTAPS): 100% cut for as long as it lasts [1, 2]"`,
    );
  });

  it('the PP 94/2021 sedang cut is reported with its duration (Pasal 8 ayat (3): potongan tukin 9 bulan = 25 % for 9 months)', () => {
    const d = potonganTukin(
      { bulan: '2025-04', riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_9_BULAN', tmt: '2025-03-02' }] },
      { jadwal: 'PP_94_2021', mulaiPotonganHukuman: 'BULAN_BERIKUTNYA' },
    );
    expect(d.reasons[0]).toEqual({
      rule: T,
      code: `${T}.hukuman`,
      outcome: 'INFO',
      citations: [{ regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' }, PP94_PASAL_8],
      facts: { hukuman: 'POTONGAN_TUKIN_9_BULAN', persen: '25', bulan: 9, mulai: 'BULAN_BERIKUTNYA' },
    });
  });

  it('a predikat cut is reported (Peraturan Bakamla 1/2023 Pasal 11: sangat kurang 2 %); a predikat without a cut is not', () => {
    const bakamla = { jadwal: 'PERBAN_BAKAMLA_1_2023' } as const;
    const d = potonganTukin({ bulan: '2024-01', predikat: 'SANGAT_KURANG' }, bakamla);
    expect(d.reasons[0]).toEqual({
      rule: T,
      code: `${T}.predikat`,
      outcome: 'INFO',
      citations: [{ regulation: 'PERBAN_BAKAMLA_1_2023', article: 'Pasal 11' }],
      facts: { predikat: 'SANGAT_KURANG', persen: '2' },
    });
    // (the citation's short name is core's business: only the text and the article are pinned here)
    expect(citedLines(d, 'id')[0]).toMatch(/^Catatan: Predikat kinerja Sangat Kurang: potongan 2% \(.+ 1\/2023 Pasal 11\)$/);
    expect(citedLines(d, 'en')[0]).toMatch(/^Note: Performance rating Very Poor \(Sangat Kurang\): 2% cut \(.+ 1\/2023 Pasal 11\)$/);
    expect(codes(potonganTukin({ bulan: '2024-01', predikat: 'BUTUH_PERBAIKAN' }, bakamla))).toEqual(['total']);
    // a schedule that does not cover predikat (KMK 5/2022) refuses it, or with the fallback says so
    expect(() => potonganTukin({ bulan: '2024-01', predikat: 'SANGAT_KURANG' }, { jadwal: 'KMK_5_2022' })).toThrow(MeritInputError);
    const d2 = potonganTukin({ bulan: '2024-01', predikat: 'SANGAT_KURANG' }, { jadwal: 'KMK_5_2022', sebabDiLuarCakupan: 'CADANGAN' });
    expect(codes(d2)).toEqual(['diLuarCakupan', 'total']);
    expect(d2.value).toMatchObject({ persen: '0', diLuarCakupan: ['PREDIKAT'] });
  });

  it('consecutive absence: a FAIL reason for the 100 % month (Permendikdasmen 14/2025 Pasal 19: 10 working days in a row)', () => {
    const d = potonganTukin({ bulan: '2025-09', hariTidakMasuk: 12, hariBerturutTurut: 10 }, { jadwal: 'PERMENDIKDASMEN_14_2025' });
    expect(codes(d)).toEqual(['tidakMasuk', 'berturutTurut', 'total']);
    expect(d.reasons[1]).toEqual({
      rule: T,
      code: `${T}.berturutTurut`,
      outcome: 'APPLIES',
      citations: [{ regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19 ayat (2)' }],
      facts: { hariBerturutTurut: 10, minimalHari: 10, persen: '100' },
    });
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Berlaku: Tidak masuk 10 hari kerja berturut-turut (minimal 10): potongan 100% untuk bulan ini [2]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Applies: Absent 10 consecutive working days (at least 10): 100% cut for the month [2]"`,
    );
    expect(
      codes(potonganTukin({ bulan: '2025-09', hariTidakMasuk: 12, hariBerturutTurut: 9 }, { jadwal: 'PERMENDIKDASMEN_14_2025' })),
    ).toEqual(['tidakMasuk', 'total']);
  });

  it('the cap: a capped month ends with dibatasi instead of total (Permentan 68/2012: 26 days = 104 % → 100 %)', () => {
    const d = potonganTukin({ bulan: '2024-05', hariTidakMasuk: 26 }, permentan);
    expect(d.reasons.at(-1)).toEqual({
      rule: T,
      code: `${T}.dibatasi`,
      outcome: 'INFO',
      citations: [PERMENTAN_68_2012_TABEL],
      facts: { jadwal: PERMENTAN_NAMA, bulan: '2024-05', persen: '100', batas: '100' },
    });
    expect(reasonLines(d, 'id').at(-1)).toMatchInlineSnapshot(
      `"Catatan: Jadwal Permentan 68/2012 (historis: era PP 53/2010, diganti Permentan 45/2014), bulan Mei 2024: jumlah potongan melebihi batas, dibatasi 100% (batas 100%) [1]"`,
    );
    expect(reasonLines(d, 'en').at(-1)).toMatchInlineSnapshot(
      `"Note: Schedule Permentan 68/2012 (historis: era PP 53/2010, diganti Permentan 45/2014), month May 2024: the cuts exceed the cap and are capped at 100% (cap 100%) [1]"`,
    );
    expect(potonganTukin({ bulan: '2024-05', hariTidakMasuk: 25 }, permentan).reasons.at(-1)!.code).toBe(`${T}.total`);
  });

  it("an instansi's own cap below 100 % applies (batasBulanan 50: 60 % → 50 %; exactly 50 % is not capped)", () => {
    const jadwal = { nama: 'Instansi X', tidakMasukPerHari: 10, batasBulanan: 50 };
    const d = potonganTukin({ bulan: '2024-05', hariTidakMasuk: 6, tukin: 1_000_000 }, { jadwal });
    expect(d.value).toMatchObject({ persen: '50', dibatasi: true, potonganRupiah: '500000', diterimaRupiah: '500000' });
    expect(d.value.rincian.tidakMasuk).toBe('60');
    expect(d.reasons.find((r) => r.code === `${T}.dibatasi`)!.facts).toMatchObject({ persen: '50', batas: '50' });
    expect(potonganTukin({ bulan: '2024-05', hariTidakMasuk: 5 }, { jadwal }).value).toMatchObject({ persen: '50', dibatasi: false });
  });
});

describe('potonganTukin: which hukuman cut applies', () => {
  it.each([[['PENURUNAN_JABATAN', 'TEGURAN_LISAN']], [['TEGURAN_LISAN', 'PENURUNAN_JABATAN']]] as const)(
    'the largest running cut applies whatever the order (KMK 5/2022: %j → turun jabatan 85 %)',
    (jenis) => {
      const riwayatHukuman = jenis.map((j) => ({ jenis: j, tmt: '2024-01-15', sifatPelanggaran: 'NON_ADMINISTRATIF' as const }));
      const d = potonganTukin({ bulan: '2024-01', riwayatHukuman }, { jadwal: 'KMK_5_2022' });
      expect(d.value.rincian.hukuman).toBe('85');
      expect(reasonOf(d, 'hukuman')!.facts).toEqual({ hukuman: 'PENURUNAN_JABATAN', persen: '85', bulan: 12, mulai: 'BULAN_TMT' });
    },
  );

  it.each([
    'TEGURAN_LISAN',
    'TEGURAN_TERTULIS',
    'PERNYATAAN_TIDAK_PUAS_TERTULIS',
    'PENURUNAN_JABATAN',
    'PEMBEBASAN_DARI_JABATAN',
    'PDHTAPS',
  ] as const)('PP 94/2021 Pasal 8 ayat (3) alone cuts tukin for the sedang hukuman only: %s → no cut', (jenis) => {
    const d = potonganTukin({ bulan: '2024-03', riwayatHukuman: [{ jenis, tmt: '2024-02-01' }] }, { jadwal: 'PP_94_2021' });
    expect(d.value.rincian.hukuman).toBe('0');
    expect(codes(d)).toEqual(['total']);
  });

  it('an instansi schedule applies the PP 94/2021 sedang cut only when it says so (hukumanSedangPp94)', () => {
    const riwayatHukuman = [{ jenis: 'POTONGAN_TUKIN_6_BULAN' as const, tmt: '2024-02-01' }];
    // without it the schedule does not cover a sedang hukuman: refused, or 0 % with the fallback and its reason
    expect(() => persen({ bulan: '2024-03', riwayatHukuman }, { jadwal: { nama: 'Instansi X' } })).toThrow(MeritInputError);
    expect(
      potonganTukin({ bulan: '2024-03', riwayatHukuman }, { jadwal: { nama: 'Instansi X' }, sebabDiLuarCakupan: 'CADANGAN' }).value,
    ).toMatchObject({ persen: '0', diLuarCakupan: ['HUKUMAN_SEDANG'] });
    expect(persen({ bulan: '2024-03', riwayatHukuman }, { jadwal: { nama: 'Instansi X', hukumanSedangPp94: true } })).toBe('25');
  });
});

describe('potonganTukin: instansi schedules (jadwalPotonganSchema)', () => {
  it('an instansi schedule with only a name has empty ladders, no sources, no hukuman/predikat cuts, 0 % per day and a 100 % cap', () => {
    const j = jadwalPotonganSchema.parse({ nama: 'Instansi X' });
    expect(j).toMatchObject({
      nama: 'Instansi X',
      sumber: [],
      terlambat: [],
      pulangCepat: [],
      hukuman: {},
      hukumanSedangPp94: false,
      predikat: {},
    });
    expect(j.tidakMasukPerHari.toString()).toBe('0');
    expect(j.batasBulanan.toString()).toBe('100');
    expect(j.tanpaRekamMasuk).toBeUndefined();
    expect(j.berturutTurut).toBeUndefined();
  });

  it('reasons of a schedule without sources cite nothing but the regulation of the hukuman (PP 94/2021 Pasal 8)', () => {
    const jadwal = { nama: 'Instansi X', hukuman: { TEGURAN_LISAN: { persen: 10, bulan: 1 } } };
    const d = potonganTukin({ bulan: '2024-03', riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt: '2024-03-05' }] }, { jadwal });
    expect(d.reasons.map((r) => [r.code, r.citations])).toEqual([
      [`${T}.hukuman`, [PP94_PASAL_8]],
      [`${T}.total`, []],
    ]);
  });

  it('an instansi schedule’s citations keep their article or annex; one with neither is kept as not located, with the reason given or a stated one', () => {
    const jadwal = {
      nama: 'Perbup X',
      sumber: [
        { regulation: 'PERBUP_X_7_2024', article: 'Pasal 12' },
        { regulation: 'PERBUP_X_7_2024', annex: 'Lampiran II' },
        { regulation: 'PERBUP_X_7_2024', unlocated: 'Only the summary table of the BKPSDM circular was read' },
        { regulation: 'PERBUP_X_7_2024' },
      ],
      tidakMasukPerHari: 3,
    };
    const d = potonganTukin({ bulan: '2024-05', hariTidakMasuk: 1 }, { jadwal });
    expect(d.value.persen).toBe('3');
    expect(reasonOf(d, 'total')!.citations).toEqual([
      { regulation: 'PERBUP_X_7_2024', article: 'Pasal 12' },
      { regulation: 'PERBUP_X_7_2024', annex: 'Lampiran II' },
      { regulation: 'PERBUP_X_7_2024', unlocated: 'Only the summary table of the BKPSDM circular was read' },
      {
        regulation: 'PERBUP_X_7_2024',
        unlocated: 'The schedule names this regulation without an article or annex, and gives no reason why (unlocated).',
      },
    ]);
    // The two not-located citations read alike: the decision lists that text once, with both citations behind it.
    expect(citedLines(d, 'en').at(-1)).toContain(
      '(Perbup x 7/2024 Pasal 12; Perbup x 7/2024 Lampiran II; Perbup x 7/2024 (article not located))',
    );
    const { citations } = describeDecision(d, 'en');
    expect(citations.find((c) => c.text === 'Perbup x 7/2024 (article not located)')!.citations).toHaveLength(2);
  });

  it('a citation that gives a reason for being unlocated and an article as well is refused at the reason', () => {
    const jadwal = { nama: 'x', sumber: [{ regulation: 'PERBUP_X_7_2024', article: 'Pasal 12', unlocated: 'not found anywhere at all' }] };
    try {
      potonganTukin({ bulan: '2024-05' }, { jadwal });
      expect.unreachable();
    } catch (e) {
      expect((e as MeritInputError).issues.map((i) => i.path)).toEqual([['options', 'jadwal', 'sumber', 0, 'unlocated']]);
    }
  });

  it('ladder steps must be strictly ascending: two steps at the same minute are rejected', () => {
    const jadwal = {
      nama: 'x',
      terlambat: [
        { lebihDariMenit: 30, persen: 1 },
        { lebihDariMenit: 30, persen: 2 },
      ],
    };
    expect(() => potonganTukin({ bulan: '2024-05' }, { jadwal })).toThrow(MeritInputError);
    try {
      potonganTukin({ bulan: '2024-05' }, { jadwal });
    } catch (e) {
      expect((e as MeritInputError).issues).toEqual([
        {
          path: ['options', 'jadwal', 'terlambat'],
          message: 'steps must be in strictly ascending lebihDariMenit order',
          text: {
            en: 'steps must be in strictly ascending lebihDariMenit order',
            id: 'anak tangga harus berurutan naik menurut lebihDariMenit, tanpa nilai yang sama',
          },
          code: 'contradiction',
        },
      ]);
    }
  });

  it('an error inside a ladder step keeps the step index as a number in its path', () => {
    const jadwal = {
      nama: 'x',
      pulangCepat: [
        { lebihDariMenit: 0, persen: 1 },
        { lebihDariMenit: 30, persen: 101 },
      ],
    };
    try {
      potonganTukin({ bulan: '2024-05' }, { jadwal });
      expect.unreachable();
    } catch (e) {
      expect((e as MeritInputError).issues.map((i) => i.path)).toEqual([['options', 'jadwal', 'pulangCepat', 1, 'persen']]);
    }
  });

  it('every field of a schedule but its name is documented in its JSON Schema (for instansi integrators)', () => {
    const json = toJSONSchema(jadwalPotonganSchema, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { description?: string; additionalProperties?: { properties: Record<string, { description?: string }> } }>;
    };
    const fields = Object.keys(json.properties).filter((k) => k !== 'nama');
    expect(fields).toHaveLength(14);
    for (const k of fields) expect(json.properties[k]!.description?.trim(), k).toBeTruthy();
    expect(json.properties.hukuman!.additionalProperties!.properties.bulan!.description?.trim()).toBeTruthy();
  });
});

describe('potonganTukin: input messages and the output contract', () => {
  const issuesOf = (input: unknown) => {
    try {
      potonganTukin(input as never, { jadwal: 'PERMENDIKDASMEN_14_2025' });
    } catch (e) {
      return (e as MeritInputError).issues;
    }
    return [];
  };

  it.each(['2024-13', '2024-00', '2024-5', '12024-05', 'x2024-05', '2024-05-01', '2024-05x'])(
    'bulan %s is not a month YYYY-MM',
    (bulan) => {
      expect(issuesOf({ bulan }).map(({ path, message }) => ({ path, message }))).toEqual([
        { path: ['bulan'], message: `${JSON.stringify(bulan)} is not in the required form; write a month YYYY-MM, e.g. 2024-05` },
      ]);
    },
  );

  it('the longest run of absence cannot exceed the days of absence', () => {
    expect(issuesOf({ bulan: '2024-05', hariTidakMasuk: 2, hariBerturutTurut: 3 })).toEqual([
      {
        path: ['hariBerturutTurut'],
        message: 'hariBerturutTurut cannot exceed hariTidakMasuk',
        text: {
          en: 'hariBerturutTurut cannot exceed hariTidakMasuk',
          id: 'hariBerturutTurut tidak boleh melebihi hariTidakMasuk (hari berturut-turut termasuk hari tidak masuk)',
        },
        code: 'contradiction',
      },
    ]);
    expect(issuesOf({ bulan: '2024-05', hariTidakMasuk: 3, hariBerturutTurut: 3 })).toEqual([]);
  });

  it('the output schema accepts only a month YYYY-MM as bulan', () => {
    const value = potonganTukin({ bulan: '2024-05' }).value;
    expect(safeParse(potonganTukinOutput, JSON.parse(JSON.stringify(value))).success).toBe(true);
    for (const bulan of ['2024-13', '2024-05-01', 'x2024-05', '12024-05'])
      expect(safeParse(potonganTukinOutput, { ...JSON.parse(JSON.stringify(value)), bulan }).success, bulan).toBe(false);
  });
});
