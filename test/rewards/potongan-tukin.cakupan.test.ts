import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain.js';
import { issueText } from '../../src/index.js';
import {
  jadwalPotonganSchema,
  NAMA_PRESET_JADWAL,
  type NamaPresetJadwal,
  PRESET_JADWAL_POTONGAN,
  potonganTukin,
  potonganTukinRule,
  SEBAB_POTONGAN,
  type SebabPotongan,
} from '../../src/rewards/index.js';
import { issuesOf, thrownIssues } from '../input-issues.js';
import { citedLines, reasonLines } from '../explain/lines.js';

// The presets' own citations (the Permentan ones say why their article is not located).
const PERMENTAN_45_2014_PENGGANTI = PRESET_JADWAL_POTONGAN.PERMENTAN_68_2012.masaBerlaku.pengganti;
const PERMENTAN_68_2012_TABEL = PRESET_JADWAL_POTONGAN.PERMENTAN_68_2012.sumber[0];

// Issue 24 (audit T3–T5 of the tukin presets): each preset's bands at its own boundaries, the cap, the
// consecutive-days rule, what each preset covers (and refuses or falls back on), the historical Permentan
// schedule, the KMK 5/KMK.01/2022 nature of the violation, and the rule page's tables from the preset data.
// Boundaries and coverage are written here as data, not read from the presets, so a wrong step fails.

const T = 'rewards.potonganTukin';
type Input = Parameters<typeof potonganTukin>[0];
type Options = NonNullable<Parameters<typeof potonganTukin>[1]>;
const CADANGAN = { sebabDiLuarCakupan: 'CADANGAN' } as const;
const persen = (input: Input, options: Options) => potonganTukin(input, options).value.persen;
const codes = (d: ReturnType<typeof potonganTukin>) => d.reasons.map((r) => r.code.slice(T.length + 1));

/** Minutes → cut in % of one occurrence, per preset and side, at each step's edges (the regulation's own numbers). */
const BATAS_MENIT: Partial<Record<NamaPresetJadwal, Partial<Record<'terlambat' | 'pulangCepat', [number, string][]>>>> = {
  // TL1–TL4 / PSW1–PSW4: "1 menit sd < 31 menit 0,5; 31 sd < 61: 1; 61 sd < 91: 1,5; > 91 [91 read into TL4]: 2"
  PERMENTAN_68_2012: {
    terlambat: [
      [1, '0.5'],
      [30, '0.5'],
      [31, '1'],
      [60, '1'],
      [61, '1.5'],
      [90, '1.5'],
      [91, '2'],
      [1440, '2'],
    ],
    pulangCepat: [
      [1, '0.5'],
      [30, '0.5'],
      [31, '1'],
      [60, '1'],
      [61, '1.5'],
      [90, '1.5'],
      [91, '2'],
      [1440, '2'],
    ],
  },
  // Pasal 15: "lebih 1 menit sampai dengan 60 menit" 0,5 %; "lebih dari 60 menit" 1 %; exactly 1 minute: no cut
  PERBAN_BGN_4_2025: {
    terlambat: [
      [1, '0'],
      [2, '0.5'],
      [60, '0.5'],
      [61, '1'],
      [1440, '1'],
    ],
  },
};

describe('each preset’s bands at its own boundaries', () => {
  for (const [preset, sides] of Object.entries(BATAS_MENIT)) {
    for (const [side, rows] of Object.entries(sides)) {
      it.each(rows)(`${preset}: ${side} %i min → %s %%`, (m, p) => {
        expect(persen({ bulan: '2024-05', [side]: [m] }, { jadwal: preset as NamaPresetJadwal })).toBe(p);
      });
    }
  }

  it('the boundary data tests both sides of every step of every preset ladder (a step moved by one minute fails above)', () => {
    for (const name of NAMA_PRESET_JADWAL) {
      for (const side of ['terlambat', 'pulangCepat'] as const) {
        const steps = (PRESET_JADWAL_POTONGAN[name] as Record<string, unknown>)[side] as readonly { lebihDariMenit: number }[] | undefined;
        if (!steps) continue;
        const tested = new Set((BATAS_MENIT[name]?.[side] ?? []).map(([m]) => m));
        for (const s of steps) {
          if (s.lebihDariMenit > 0) expect(tested, `${name} ${side} at ${s.lebihDariMenit}`).toContain(s.lebihDariMenit);
          expect(tested, `${name} ${side} at ${s.lebihDariMenit + 1}`).toContain(s.lebihDariMenit + 1);
        }
      }
    }
  });

  it('occurrences add up per occurrence (Permentan: 30 + 31 + 61 + 91 min late = 0.5 + 1 + 1.5 + 2 = 5 %)', () => {
    expect(persen({ bulan: '2013-05', terlambat: [30, 31, 61, 91] }, { jadwal: 'PERMENTAN_68_2012' })).toBe('5');
  });

  it.each([
    // [preset, hariTidakMasuk, hariBerturutTurut, persen, override]
    ['PERMENTAN_68_2012', 1, 1, '4', false],
    ['PERMENTAN_68_2012', 24, 1, '96', false],
    ['PERMENTAN_68_2012', 25, 1, '100', false],
    ['PERMENDIKDASMEN_14_2025', 1, 1, '2.5', false],
    ['PERMENDIKDASMEN_14_2025', 9, 9, '22.5', false],
    ['PERMENDIKDASMEN_14_2025', 10, 9, '25', false],
    ['PERMENDIKDASMEN_14_2025', 10, 10, '100', true],
    ['PERMENDIKDASMEN_14_2025', 23, 11, '100', true],
    ['PERMENDIKDASMEN_14_2025', 31, 2, '77.5', false],
  ] as const)('%s: %i days absent, %i in a row → %s %% (override %s)', (jadwal, hariTidakMasuk, hariBerturutTurut, p, override) => {
    const v = potonganTukin({ bulan: '2025-10', hariTidakMasuk, hariBerturutTurut }, { jadwal }).value;
    expect([v.persen, v.berturutTurut, v.dibatasi]).toEqual([p, override, false]);
  });

  it('the 100 % cap: causes are summed, then capped; exactly 100 % is not "capped"', () => {
    const o = { jadwal: 'PERMENTAN_68_2012' } as const;
    expect(potonganTukin({ bulan: '2013-05', hariTidakMasuk: 25 }, o).value).toMatchObject({ persen: '100', dibatasi: false });
    expect(potonganTukin({ bulan: '2013-05', hariTidakMasuk: 26 }, o).value).toMatchObject({ persen: '100', dibatasi: true });
    // a cut for good (PDHTAPS 100 %) and a day absent (4 %): 104 % → 100 %, the causes kept in rincian
    const d = potonganTukin(
      { bulan: '2013-05', hariTidakMasuk: 1, riwayatHukuman: [{ jenis: 'PDHTAPS', tmt: '2013-01-02' }], tukin: 2_000_000 },
      o,
    );
    expect(d.value).toMatchObject({ persen: '100', dibatasi: true, potonganRupiah: '2000000', diterimaRupiah: '0' });
    expect([d.value.rincian.hukuman, d.value.rincian.tidakMasuk]).toEqual(['100', '4']);
  });
});

/** The causes each preset covers, as the sources say (docs/sources/tukin.md); every other cause is outside it. */
const CAKUPAN: Record<NamaPresetJadwal, SebabPotongan[]> = {
  PP_94_2021: ['HUKUMAN_RINGAN', 'HUKUMAN_SEDANG', 'HUKUMAN_BERAT'],
  PERMENTAN_68_2012: [
    'TERLAMBAT',
    'PULANG_CEPAT',
    'TANPA_REKAM_MASUK',
    'TANPA_REKAM_PULANG',
    'TIDAK_MASUK',
    'HUKUMAN_RINGAN',
    'HUKUMAN_SEDANG',
    'HUKUMAN_BERAT',
  ],
  PERMENDIKDASMEN_14_2025: ['TIDAK_MASUK', 'BERTURUT_TURUT', 'HUKUMAN_SEDANG'],
  PERBAN_BGN_4_2025: ['TERLAMBAT', 'HUKUMAN_SEDANG'],
  KMK_5_2022: ['HUKUMAN_RINGAN', 'HUKUMAN_SEDANG', 'HUKUMAN_BERAT'],
  PERBAN_BAKAMLA_1_2023: ['HUKUMAN_SEDANG', 'PREDIKAT'],
};

/** An input that asks about exactly one cause (the consecutive run also asks about its days of absence), and the path it is refused at. */
const TANYA: Record<SebabPotongan, { input: Partial<Input>; path: (string | number)[] }> = {
  TERLAMBAT: { input: { terlambat: [45] }, path: ['terlambat'] },
  PULANG_CEPAT: { input: { pulangCepat: [45] }, path: ['pulangCepat'] },
  TANPA_REKAM_MASUK: { input: { tanpaRekamMasuk: 1 }, path: ['tanpaRekamMasuk'] },
  TANPA_REKAM_PULANG: { input: { tanpaRekamPulang: 1 }, path: ['tanpaRekamPulang'] },
  TIDAK_MASUK: { input: { hariTidakMasuk: 1 }, path: ['hariTidakMasuk'] },
  BERTURUT_TURUT: { input: { hariTidakMasuk: 2, hariBerturutTurut: 2 }, path: ['hariBerturutTurut'] },
  HUKUMAN_RINGAN: {
    input: { riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt: '2024-05-02', sifatPelanggaran: 'NON_ADMINISTRATIF' }] },
    path: ['riwayatHukuman', 0],
  },
  HUKUMAN_SEDANG: {
    input: { riwayatHukuman: [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-05-02', sifatPelanggaran: 'NON_ADMINISTRATIF' }] },
    path: ['riwayatHukuman', 0],
  },
  HUKUMAN_BERAT: {
    input: { riwayatHukuman: [{ jenis: 'PENURUNAN_JABATAN', tmt: '2024-05-02', sifatPelanggaran: 'NON_ADMINISTRATIF' }] },
    path: ['riwayatHukuman', 0],
  },
  PREDIKAT: { input: { predikat: 'KURANG' }, path: ['predikat'] },
};

describe('coverage: a cause outside the preset is refused (TOLAK, the preset of sebabDiLuarCakupan) or decided by the fallback with a reason', () => {
  it('every preset states its coverage as the sources give it', () => {
    for (const name of NAMA_PRESET_JADWAL) {
      const cakupan = jadwalPotonganSchema.parse(PRESET_JADWAL_POTONGAN[name]).cakupan ?? {};
      expect(
        SEBAB_POTONGAN.filter((s) => cakupan[s]),
        name,
      ).toEqual(CAKUPAN[name]);
    }
  });

  for (const name of NAMA_PRESET_JADWAL) {
    it.each(SEBAB_POTONGAN.map((s) => [s]))(`${name}: %s`, (sebab) => {
      const { input, path } = TANYA[sebab];
      const full = { bulan: '2024-05', ...input } as Input;
      const dalam = CAKUPAN[name].includes(sebab);
      const alsoAsked = sebab === 'BERTURUT_TURUT' && !CAKUPAN[name].includes('TIDAK_MASUK') ? [['hariTidakMasuk']] : [];
      const expectedPaths = [...alsoAsked, ...(dalam ? [] : [path])];
      const issues = issuesOf(() => potonganTukin(full, { jadwal: name }));
      expect(issues.map((i) => i.path).sort(), 'TOLAK').toEqual(expectedPaths.sort());
      for (const i of issues) {
        expect(i.code).toBe('not_covered');
        expect(issueText(i, 'en')).toContain(`the schedule ${PRESET_JADWAL_POTONGAN[name].nama} does not cover`);
        expect(issueText(i, 'id')).toContain(`jadwal ${PRESET_JADWAL_POTONGAN[name].nama} tidak mencakup`);
      }
      const d = potonganTukin(full, { jadwal: name, ...CADANGAN });
      const outside =
        expectedPaths.length === 0 ? [] : SEBAB_POTONGAN.filter((s) => s === sebab || (alsoAsked.length > 0 && s === 'TIDAK_MASUK'));
      expect(d.value.diLuarCakupan, 'CADANGAN').toEqual(outside);
      const notes = d.reasons.filter((r) => r.code === `${T}.diLuarCakupan`);
      expect(notes.map((r) => r.facts.sebab)).toEqual(outside);
      for (const r of notes) expect(r.citations.length).toBeGreaterThan(0);
    });
  }

  it('the refusal names the field, what the schedule covers, and the way out, in both languages (BGN 4/2025: early leave)', () => {
    const [issue, ...rest] = thrownIssues(() => potonganTukin({ bulan: '2025-09', pulangCepat: [20] }, { jadwal: 'PERBAN_BGN_4_2025' }));
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      path: ['pulangCepat'],
      code: 'not_covered',
      message: expect.any(String),
      text: {
        en: "the schedule Peraturan BGN 4/2025 (Pasal 15 saja) does not cover early leave (it covers: late arrival, moderate (sedang) disciplinary penalty), so no cut for it can be read from it; pass a schedule that covers it, or set sebabDiLuarCakupan: 'CADANGAN' for the library fallback with a reason",
        id: "jadwal Peraturan BGN 4/2025 (Pasal 15 saja) tidak mencakup pulang sebelum waktunya (yang dicakup: terlambat masuk, hukuman disiplin sedang), sehingga potongannya tidak dapat dibaca dari jadwal itu; gunakan jadwal yang mencakupnya, atau pengaturan sebabDiLuarCakupan: 'CADANGAN' untuk cadangan pustaka dengan alasannya",
      },
    });
  });

  it('every cause outside the schedule is refused at once (Permendikdasmen 14/2025: lateness and predikat)', () => {
    const issues = thrownIssues(() =>
      potonganTukin({ bulan: '2025-09', terlambat: [5], hariTidakMasuk: 2, predikat: 'BAIK' }, { jadwal: 'PERMENDIKDASMEN_14_2025' }),
    );
    expect(issues.map((i) => i.path)).toEqual([['terlambat'], ['predikat']]);
  });

  it('BGN 4/2025: a day without an arrival record is outside Pasal 15; the fallback cuts the top late step (1 %), marked as the library default (U)', () => {
    const o = { jadwal: 'PERBAN_BGN_4_2025' } as const;
    expect(thrownIssues(() => potonganTukin({ bulan: '2025-09', tanpaRekamMasuk: 2 }, o)).map((i) => i.path)).toEqual([
      ['tanpaRekamMasuk'],
    ]);
    const d = potonganTukin({ bulan: '2025-09', tanpaRekamMasuk: 2 }, { ...o, ...CADANGAN });
    expect(d.value).toMatchObject({ persen: '2', diLuarCakupan: ['TANPA_REKAM_MASUK'] });
    expect(d.reasons.find((r) => r.code === `${T}.diLuarCakupan`)).toEqual({
      rule: T,
      code: `${T}.diLuarCakupan`,
      outcome: 'INFO',
      // The fallback is the library's, not Pasal 15's: the regulation is named without an article.
      citations: [{ regulation: 'PERBAN_BGN_4_2025', unlocated: expect.stringMatching(/library fallback/) }],
      facts: { jadwal: 'Peraturan BGN 4/2025 (Pasal 15 saja)', sebab: 'TANPA_REKAM_MASUK', cadangan: 'ANAK_TANGGA_TERATAS', persen: '2' },
    });
    expect(citedLines(d, 'en')).toContain(
      'Note: Schedule Peraturan BGN 4/2025 (Pasal 15 saja) does not cover no arrival record: library fallback (setting sebabDiLuarCakupan: CADANGAN), the top step of that side’s ladder (library default, U) = 2%; not the regulation’s text (Peraturan BGN 4/2025 (article not located))',
    );
    expect(citedLines(d, 'id')).toContain(
      'Catatan: Jadwal Peraturan BGN 4/2025 (Pasal 15 saja) tidak mencakup tanpa rekam kehadiran masuk: cadangan pustaka (pengaturan sebabDiLuarCakupan: CADANGAN), anak tangga teratas pada sisi itu (bawaan pustaka, U) = 2%; bukan bunyi peraturan (Peraturan BGN 4/2025 (pasal belum ditemukan))',
    );
  });

  it('Permendikdasmen 14/2025: lateness with the fallback cuts 0 % and says so — never a silent 0 %', () => {
    const d = potonganTukin({ bulan: '2025-09', terlambat: [45] }, { jadwal: 'PERMENDIKDASMEN_14_2025', ...CADANGAN });
    expect(d.value).toMatchObject({ persen: '0', diLuarCakupan: ['TERLAMBAT'] });
    expect(d.reasons.find((r) => r.code === `${T}.diLuarCakupan`)!.facts).toMatchObject({ cadangan: 'TANPA_POTONGAN', persen: '0' });
  });

  it('a run of one day is a day of absence, not a consecutive run (Permentan: covered absence, no consecutive rule)', () => {
    expect(persen({ bulan: '2013-05', hariTidakMasuk: 1, hariBerturutTurut: 1 }, { jadwal: 'PERMENTAN_68_2012' })).toBe('4');
    expect(
      thrownIssues(() => potonganTukin({ bulan: '2013-05', hariTidakMasuk: 2, hariBerturutTurut: 2 }, { jadwal: 'PERMENTAN_68_2012' })).map(
        (i) => i.path,
      ),
    ).toEqual([['hariBerturutTurut']]);
  });

  it('a hukuman is in question only while its cut (or PP 94/2021 period) covers the month', () => {
    const bgn = { jadwal: 'PERBAN_BGN_4_2025' } as const;
    // ringan: the month of the TMT (or the next, under BULAN_BERIKUTNYA)
    const ringan = [{ jenis: 'TEGURAN_LISAN' as const, tmt: '2024-04-20' }];
    expect(issuesOf(() => potonganTukin({ bulan: '2024-04', riwayatHukuman: ringan }, bgn)).map((i) => i.path)).toEqual([
      ['riwayatHukuman', 0],
    ]);
    expect(issuesOf(() => potonganTukin({ bulan: '2024-05', riwayatHukuman: ringan }, bgn))).toEqual([]);
    expect(
      issuesOf(() => potonganTukin({ bulan: '2024-05', riwayatHukuman: ringan }, { ...bgn, mulaiPotonganHukuman: 'BULAN_BERIKUTNYA' })).map(
        (i) => i.path,
      ),
    ).toEqual([['riwayatHukuman', 0]]);
    // berat (turun jabatan, 12 months): months 1–12 from the TMT month, not the 13th
    const berat = [{ jenis: 'PENURUNAN_JABATAN' as const, tmt: '2024-01-15' }];
    expect(issuesOf(() => potonganTukin({ bulan: '2024-12', riwayatHukuman: berat }, bgn))).toHaveLength(1);
    expect(issuesOf(() => potonganTukin({ bulan: '2025-01', riwayatHukuman: berat }, bgn))).toEqual([]);
  });

  it('an instansi schedule without cakupan covers what it names a cut for; with cakupan, exactly what it lists (even at 0 %)', () => {
    const tangga = [{ lebihDariMenit: 0, persen: 1 }];
    const derived = { nama: 'Instansi X', terlambat: tangga };
    expect(persen({ bulan: '2024-05', terlambat: [5], tanpaRekamMasuk: 1 }, { jadwal: derived })).toBe('2');
    expect(thrownIssues(() => potonganTukin({ bulan: '2024-05', pulangCepat: [5] }, { jadwal: derived })).map((i) => i.path)).toEqual([
      ['pulangCepat'],
    ]);
    const declared = { nama: 'Instansi Y', cakupan: { PULANG_CEPAT: { regulation: 'PP_94_2021' } } };
    expect(potonganTukin({ bulan: '2024-05', pulangCepat: [5] }, { jadwal: declared }).value).toMatchObject({
      persen: '0',
      diLuarCakupan: [],
    });
    expect(thrownIssues(() => potonganTukin({ bulan: '2024-05', terlambat: [5] }, { jadwal: declared })).map((i) => i.path)).toEqual([
      ['terlambat'],
    ]);
  });

  it('cakupan and masaBerlaku of an instansi schedule are checked like the rest of it', () => {
    const bad = [
      [{ nama: 'X', cakupan: { TERLAMBATT: { regulation: 'X' } } }, ['options', 'jadwal', 'cakupan']],
      [{ nama: 'X', masaBerlaku: { status: 'BERLAKU', mulai: '2024', sampai: '2023' } }, ['options', 'jadwal', 'masaBerlaku', 'sampai']],
      [{ nama: 'X', masaBerlaku: { status: 'HISTORIS', mulai: '2020' } }, ['options', 'jadwal', 'masaBerlaku', 'sampai']],
      [{ nama: 'X', masaBerlaku: { status: 'BERLAKU', mulai: '2024-13-01' } }, ['options', 'jadwal', 'masaBerlaku', 'mulai']],
    ] as const;
    for (const [jadwal, path] of bad) {
      const issues = thrownIssues(() => potonganTukin({ bulan: '2024-05' }, { jadwal } as never));
      expect(
        issues.map((i) => i.path.slice(0, path.length)),
        JSON.stringify(jadwal),
      ).toContainEqual([...path]);
    }
    const ok = { nama: 'X', masaBerlaku: { status: 'HISTORIS', mulai: '2019-01-01', sampai: '2019' } } as const;
    expect(potonganTukin({ bulan: '2019-05' }, { jadwal: ok }).reasons.map((r) => r.code)).toEqual([`${T}.historis`, `${T}.total`]);
  });
});

describe('Permentan 68/2012 is historical (PP 53/2010 era; re-issued as Permentan 45/2014)', () => {
  it('its name, its period and a reason say so, citing the successor', () => {
    const preset = PRESET_JADWAL_POTONGAN.PERMENTAN_68_2012;
    expect(preset.nama).toBe('Permentan 68/2012 (historis: era PP 53/2010, diganti Permentan 45/2014)');
    expect(preset.masaBerlaku).toEqual({
      status: 'HISTORIS',
      mulai: '2012',
      sampai: '2014',
      pengganti: PERMENTAN_45_2014_PENGGANTI,
    });
    const d = potonganTukin({ bulan: '2013-05', terlambat: [45] }, { jadwal: 'PERMENTAN_68_2012' });
    expect(d.reasons[0]).toEqual({
      rule: T,
      code: `${T}.historis`,
      outcome: 'INFO',
      citations: [PERMENTAN_68_2012_TABEL, PERMENTAN_45_2014_PENGGANTI],
      facts: { jadwal: preset.nama, sampai: '2014', pengganti: 'Permentan 45/2014' },
    });
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Note: Schedule Permentan 68/2012 (historis: era PP 53/2010, diganti Permentan 45/2014) is historical (in force until 2014; replaced by Permentan 45/2014): for past months and audits, not the schedule in force today [1, 2]"`,
    );
  });

  it('no other preset is historical, and none reports so', () => {
    for (const name of NAMA_PRESET_JADWAL.filter((n) => n !== 'PERMENTAN_68_2012')) {
      expect(PRESET_JADWAL_POTONGAN[name].masaBerlaku.status, name).toBe('BERLAKU');
      expect(potonganTukin({ bulan: '2025-05' }, { jadwal: name }).reasons.map((r) => r.code)).toEqual([`${T}.total`]);
    }
  });
});

describe('KMK 5/KMK.01/2022: the hukuman cut follows the nature of the violation', () => {
  const o = { jadwal: 'KMK_5_2022' } as const;
  const teguran = (extra: Record<string, unknown>) => [{ jenis: 'TEGURAN_TERTULIS' as const, tmt: '2024-01-10', ...extra }];

  it.each([
    // [sifatPelanggaran, unsurPelanggaran, persen, reason]
    ['NON_ADMINISTRATIF', [], '25', 'sifatDipotong'],
    ['NON_ADMINISTRATIF', ['KESENGAJAAN'], '25', 'sifatDipotong'],
    ['ADMINISTRATIF', [], '0', 'sifatTanpaPotongan'],
    ['ADMINISTRATIF', ['INISIATIF_PRIBADI'], '25', 'sifatDipotong'],
    ['ADMINISTRATIF', ['KESENGAJAAN'], '25', 'sifatDipotong'],
    ['ADMINISTRATIF', ['BERULANG'], '25', 'sifatDipotong'],
    ['ADMINISTRATIF', ['INISIATIF_PRIBADI', 'KESENGAJAAN', 'BERULANG'], '25', 'sifatDipotong'],
    [undefined, ['BERULANG'], '25', 'sifatDipotong'],
  ] as const)('%s with unsur %j → %s %% (%s)', (sifat, unsur, p, code) => {
    const d = potonganTukin({ bulan: '2024-02', riwayatHukuman: teguran({ sifatPelanggaran: sifat, unsurPelanggaran: [...unsur] }) }, o);
    expect(d.value.persen).toBe(p);
    expect(codes(d)[0]).toBe(code);
    expect(d.reasons[0]!.citations).toEqual([
      { regulation: 'KMK_5_2022', annex: 'Lampiran (pemotongan tunjangan kinerja bagi PNS yang dijatuhi hukuman disiplin)' },
    ]);
  });

  it('a running hukuman with no nature is refused at its field, in both languages (not guessed)', () => {
    const issues = thrownIssues(() => potonganTukin({ bulan: '2024-02', riwayatHukuman: teguran({}) }, o));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['riwayatHukuman', 0, 'sifatPelanggaran'], 'required']]);
    expect(issueText(issues[0]!, 'id')).toContain('isi sifatPelanggaran');
    expect(issueText(issues[0]!, 'en')).toContain('give sifatPelanggaran');
    // its cut over (3 months from January): nothing to decide, nothing asked
    expect(persen({ bulan: '2024-04', riwayatHukuman: teguran({}) }, o)).toBe('0');
  });

  it('SETIAP_HUKUMAN keeps the old behaviour: every hukuman cuts, with a reason saying the nature was not checked', () => {
    const so = { ...o, potonganHukuman: 'SETIAP_HUKUMAN' } as const;
    for (const extra of [{}, { sifatPelanggaran: 'ADMINISTRATIF' }]) {
      const d = potonganTukin({ bulan: '2024-02', riwayatHukuman: teguran(extra) }, so);
      expect(d.value.persen).toBe('25');
      expect(codes(d)).toEqual(['setiapHukuman', 'hukuman', 'total']);
    }
  });

  it('an administrative violation without unsur does not cut, so a lighter non-administrative one decides', () => {
    const riwayatHukuman = [
      { jenis: 'PENURUNAN_JABATAN' as const, tmt: '2024-01-15', sifatPelanggaran: 'ADMINISTRATIF' as const },
      { jenis: 'TEGURAN_LISAN' as const, tmt: '2024-01-20', sifatPelanggaran: 'NON_ADMINISTRATIF' as const },
    ];
    expect(persen({ bulan: '2024-01', riwayatHukuman }, o)).toBe('25');
  });

  it('the nature is read only where the schedule says so; the PP 94/2021 sedang cut (the hukuman itself) does not depend on it', () => {
    expect(
      persen(
        { bulan: '2013-02', riwayatHukuman: [{ jenis: 'TEGURAN_LISAN', tmt: '2013-02-01', sifatPelanggaran: 'ADMINISTRATIF' }] },
        { jadwal: 'PERMENTAN_68_2012' },
      ),
    ).toBe('20');
    const jadwal = {
      nama: 'Instansi K',
      hukuman: { POTONGAN_TUKIN_6_BULAN: { persen: 50, bulan: 6 } },
      hukumanMenurutSifat: true,
      hukumanSedangPp94: true,
    };
    const riwayat = (sifatPelanggaran: 'ADMINISTRATIF' | 'NON_ADMINISTRATIF') => [
      { jenis: 'POTONGAN_TUKIN_6_BULAN' as const, tmt: '2024-03-01', sifatPelanggaran },
    ];
    expect(persen({ bulan: '2024-03', riwayatHukuman: riwayat('NON_ADMINISTRATIF') }, { jadwal })).toBe('50');
    expect(persen({ bulan: '2024-03', riwayatHukuman: riwayat('ADMINISTRATIF') }, { jadwal })).toBe('25');
  });

  it('the record’s own checks still apply to a hukuman with a nature (PDHTAPS has no end date)', () => {
    const riwayatHukuman = [
      { jenis: 'PDHTAPS' as const, tmt: '2024-01-01', selesai: '2024-03-01', sifatPelanggaran: 'NON_ADMINISTRATIF' as const },
    ];
    expect(thrownIssues(() => potonganTukin({ bulan: '2024-05', riwayatHukuman }, o)).map((i) => [i.path, i.code])).toEqual([
      [['riwayatHukuman', 0, 'selesai'], 'contradiction'],
    ]);
  });

  it('an unsur listed twice is refused', () => {
    expect(
      thrownIssues(() =>
        potonganTukin({ bulan: '2024-02', riwayatHukuman: teguran({ unsurPelanggaran: ['BERULANG', 'BERULANG'] }) }, o),
      ).map((i) => i.path),
    ).toEqual([['riwayatHukuman', 0, 'unsurPelanggaran']]);
  });
});

describe('the rule page shows each preset’s table, generated from the preset data', () => {
  /** The overview and the preset tables; the calculation steps follow them (last test below). */
  const tables = potonganTukinRule.tables!.filter((t) => t.title.en !== 'Calculation steps (hitung.ts)');

  it('an overview of status, period, coverage and what is not covered, one row per preset', () => {
    const [overview] = tables;
    expect(overview!.rows.map((r) => r[0])).toEqual([...NAMA_PRESET_JADWAL]);
    const permentan = overview!.rows.find((r) => r[0] === 'PERMENTAN_68_2012')!;
    expect(permentan.slice(2, 4)).toEqual(['HISTORIS, diganti Permentan 45/2014', '2012–2014']);
    for (const row of overview!.rows) {
      const name = row[0] as NamaPresetJadwal;
      for (const s of SEBAB_POTONGAN) expect(CAKUPAN[name].includes(s) ? row[4] : row[5], `${name} ${s}`).toContain(s);
    }
  });

  it('one table per preset; its ladder rows decide as the rule does at both ends of each range', () => {
    expect(tables.slice(1).map((t) => t.title.id.split(':')[0])).toEqual([...NAMA_PRESET_JADWAL]);
    let checked = 0;
    for (const [i, name] of NAMA_PRESET_JADWAL.entries()) {
      for (const [sebab, range, p] of tables[i + 1]!.rows) {
        const m = /^(?:(\d+)–)?(\d+) menit$|^> (\d+) menit$/.exec(range!);
        if (!m || (sebab !== 'TERLAMBAT' && sebab !== 'PULANG_CEPAT')) continue;
        const side = sebab === 'TERLAMBAT' ? 'terlambat' : 'pulangCepat';
        const ends = m[3] ? [Number(m[3]) + 1, 1440] : [Number(m[1] ?? m[2]), Number(m[2])];
        for (const menit of ends) {
          expect(persen({ bulan: '2013-05', [side]: [menit] }, { jadwal: name, ...CADANGAN }), `${name} ${range} at ${menit}`).toBe(p);
          checked++;
        }
      }
    }
    expect(checked).toBe(2 * (8 + 3));
  });

  it('the rows carry durations, the consecutive rule, the fallback marks and the cap', () => {
    const rows = (name: NamaPresetJadwal) => tables[NAMA_PRESET_JADWAL.indexOf(name) + 1]!.rows;
    expect(
      rows('KMK_5_2022')
        .find((r) => r[1]!.startsWith('PDHTAPS'))!
        .slice(2, 4),
    ).toEqual(['100', 'selama berlaku']);
    expect(
      rows('PERMENTAN_68_2012')
        .find((r) => r[1] === 'POTONGAN_TUKIN_9_BULAN')!
        .slice(2, 4),
    ).toEqual(['50', '8 bulan']);
    expect(
      rows('PERMENDIKDASMEN_14_2025')
        .find((r) => r[0] === 'BERTURUT_TURUT')!
        .slice(1, 3),
    ).toEqual(['≥ 10 hari kerja berturut-turut', '100']);
    expect(
      rows('PERBAN_BGN_4_2025')
        .find((r) => r[0] === 'TANPA_REKAM_MASUK')!
        .slice(1, 3),
    ).toEqual(['anak tangga teratas (bawaan pustaka, U)', '1']);
    expect(rows('KMK_5_2022').some((r) => r[0] === 'SIFAT_PELANGGARAN')).toBe(true);
    for (const name of NAMA_PRESET_JADWAL)
      expect(rows(name).at(-1)!.slice(0, 3), name).toEqual(['BATAS_BULANAN', 'jumlah semua sebab dalam sebulan (kumulatif)', '100']);
  });

  it('after the presets, the calculation steps in the order the rule takes them, each with its dasar column', () => {
    const steps = potonganTukinRule.tables!.at(-1)!;
    expect(steps.title.en).toBe('Calculation steps (hitung.ts)');
    expect(potonganTukinRule.tables!.length).toBe(tables.length + 1);
    expect(steps.rows.map((r) => r[0])).toEqual([
      'potonganJamKerja',
      'potonganTidakMasuk',
      'potonganHukuman',
      'potonganPredikat',
      'jumlahPotongan',
      'batasBulanan',
      'pembulatan',
    ]);
    expect(steps.dasar).toHaveLength(steps.rows.length);
  });
});
