import { describe, expect, it } from 'vitest';
import { efekHukuman, efekHukumanRule, JENIS_HUKUMAN, TABEL_EFEK_HUKUMAN } from '../../src/discipline/index.js';
import { explain } from '../../src/explain.js';
import { reasonLines } from '../explain/lines.js';

const pp94 = (article: string) => ({ regulation: 'PP_94_2021', article });
/** No KGB or KP while a hukuman runs: no article of PP 94/2021 or PerBKN 6/2022 has been found (issue 16, M1). */
const KGB_KP_TIDAK_DITEMUKAN = {
  regulation: 'PERBKN_6_2022',
  unlocated: expect.stringMatching(/^No article found: .*hak-hak kepegawaian.*PerKa BKN 21\/2010/),
};

describe('efekHukuman', () => {
  const riwayat = [
    { jenis: 'TEGURAN_LISAN', tmt: '2024-01-10' },
    { jenis: 'PENURUNAN_JABATAN', tmt: '2024-02-01' },
  ] as const;
  it('berat running: KGB and KP postponed; not on the day it ends', () => {
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2025-01-31' }).value).toMatchObject({
      hukumanBerjalan: 'PENURUNAN_JABATAN',
      kgbDanKpDitunda: true,
      berakhir: '2025-02-01',
    });
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2025-02-01' }).value).toMatchObject({
      hukumanBerjalan: null,
      kgbDanKpDitunda: false,
    });
  });
  it('a ringan hukuman running does not postpone', () => {
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2024-01-10' }).value).toMatchObject({
      hukumanBerjalan: 'TEGURAN_LISAN',
      tingkat: 'RINGAN',
      sedangAtauBeratBerjalan: false,
      kgbDanKpDitunda: false,
    });
  });
  it('the postponement is a setting', () => {
    expect(efekHukuman({ riwayat: [...riwayat], tanggal: '2024-06-01' }, { kgbKpDitundaSelamaHukuman: false }).value.kgbDanKpDitunda).toBe(
      false,
    );
  });
  it('PDHTAPS: no KP pengabdian', () => {
    expect(efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt: '2024-01-01' }], tanggal: '2030-01-01' }).value.tanpaKpPengabdian).toBe(true);
  });
  it('PDHTAPS is a dismissal, not a hukuman being served: no KGB or KP whatever the setting, and no "while serving" reason', () => {
    const input = { riwayat: [{ jenis: 'PDHTAPS' as const, tmt: '2024-01-01' }], tanggal: '2030-01-01' };
    for (const kgbKpDitundaSelamaHukuman of [true, false]) {
      const d = efekHukuman(input, { kgbKpDitundaSelamaHukuman });
      expect(d.value).toEqual({
        tanggal: '2030-01-01',
        hukumanBerjalan: 'PDHTAPS',
        tingkat: 'BERAT',
        berakhir: null,
        sedangAtauBeratBerjalan: true,
        kgbDanKpDitunda: true,
        tanpaKpPengabdian: true,
      });
      expect(d.reasons.map((r) => [r.code, r.outcome])).toEqual([
        ['discipline.efekHukuman.diberhentikan', 'APPLIES'],
        ['discipline.efekHukuman.tanpaKpPengabdian', 'APPLIES'],
      ]);
      expect(d.reasons[0]).toMatchObject({
        citations: [{ regulation: 'PP_94_2021', article: 'Pasal 8 ayat (4) huruf c' }],
        facts: { tanggal: '2030-01-01', tmt: '2024-01-01' },
      });
      expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
        `"Berlaku: Sejak 1 Januari 2024 PNS diberhentikan dengan hormat tidak atas permintaan sendiri (PDHTAPS); pada 1 Januari 2030 tidak ada lagi kenaikan gaji berkala maupun kenaikan pangkat [1]"`,
      );
      expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
        `"Applies: The civil servant was dismissed (PDHTAPS) from 1 January 2024; on 1 January 2030 there is no longer any periodic salary step or promotion [1]"`,
      );
    }
  });
  it('before its TMT a PDHTAPS has no effect yet', () => {
    const d = efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt: '2024-01-01' }], tanggal: '2023-12-31' });
    expect(d.value).toMatchObject({ hukumanBerjalan: null, kgbDanKpDitunda: false, tanpaKpPengabdian: false });
    expect(d.reasons.map((r) => r.code)).toEqual(['discipline.efekHukuman.tidakAda']);
  });
});

describe('efekHukuman (PP 94/2021 Pasal 8)', () => {
  it('reports the heaviest running hukuman even when it is listed last', () => {
    const d = efekHukuman({
      riwayat: [
        { jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-01-01' },
        { jenis: 'PENURUNAN_JABATAN', tmt: '2024-02-01' },
      ],
      tanggal: '2024-03-01',
    });
    expect(d.value).toMatchObject({ hukumanBerjalan: 'PENURUNAN_JABATAN', tingkat: 'BERAT', berakhir: '2025-02-01' });
    expect(d.reasons[0]).toMatchObject({ code: 'discipline.efekHukuman.berjalan', citations: [pp94('Pasal 8 ayat (4) huruf a')] });
  });

  it('no hukuman running: a PASS reason citing Pasal 8, with the date in the text', () => {
    const d = efekHukuman({ riwayat: [{ jenis: 'TEGURAN_LISAN', tmt: '2024-01-02' }], tanggal: '2024-01-03' });
    expect(d.value.hukumanBerjalan).toBeNull();
    expect(d.reasons).toEqual([
      {
        rule: 'discipline.efekHukuman',
        code: 'discipline.efekHukuman.tidakAda',
        outcome: 'PASS',
        citations: [pp94('Pasal 8')],
        facts: { tanggal: '2024-01-03' },
      },
    ]);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Met: On 3 January 2024 no disciplinary penalty is being served [1]",
        "Legal basis:",
        "[1] PP 94/2021 Pasal 8",
      ]
    `);
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Terpenuhi: Pada 3 Januari 2024 tidak ada hukuman disiplin yang sedang dijalani [1]",
        "Dasar hukum:",
        "[1] PP 94/2021 Pasal 8",
      ]
    `);
  });

  it('no KP pengabdian from the day PDHTAPS takes effect (Pasal 8 ayat (4) huruf c), not the day before', () => {
    const riwayat = [
      { jenis: 'TEGURAN_LISAN', tmt: '2020-01-06' },
      { jenis: 'PDHTAPS', tmt: '2024-01-02' },
    ] as const;
    const before = efekHukuman({ riwayat: [...riwayat], tanggal: '2024-01-01' });
    expect(before.value.tanpaKpPengabdian).toBe(false);
    expect(before.reasons.map((r) => r.code)).toEqual(['discipline.efekHukuman.tidakAda']);

    const on = efekHukuman({ riwayat: [...riwayat], tanggal: '2024-01-02' });
    expect(on.value).toMatchObject({ hukumanBerjalan: 'PDHTAPS', berakhir: null, tanpaKpPengabdian: true });
    expect(on.reasons.at(-1)).toEqual({
      rule: 'discipline.efekHukuman',
      code: 'discipline.efekHukuman.tanpaKpPengabdian',
      outcome: 'APPLIES',
      citations: [pp94('Pasal 8 ayat (4) huruf c')],
      facts: {},
    });
    expect(reasonLines(on, 'en').at(-1)).toMatchInlineSnapshot(
      `"Applies: The civil servant was dismissed by PDHTAPS: no service-based final promotion [1]"`,
    );
  });

  it('a PDHTAPS still in the future has no effect yet', () => {
    const d = efekHukuman({ riwayat: [{ jenis: 'PDHTAPS', tmt: '2030-01-01' }], tanggal: '2029-12-31' });
    expect(d.value).toMatchObject({ hukumanBerjalan: null, tanpaKpPengabdian: false, kgbDanKpDitunda: false });
  });
});

describe('efekHukuman: the effects of each jenis on its rule page', () => {
  const sehari = (jenis: (typeof JENIS_HUKUMAN)[number], kgbKpDitundaSelamaHukuman: boolean) =>
    efekHukuman({ riwayat: [{ jenis, tmt: '2024-01-02' }], tanggal: '2024-01-02' }, { kgbKpDitundaSelamaHukuman }).value;

  it('one row per jenis, lightest first, as the rule decides on the TMT', () => {
    expect(efekHukumanRule.tables).toEqual([TABEL_EFEK_HUKUMAN]);
    expect(TABEL_EFEK_HUKUMAN.rows.map((r) => r[0])).toEqual([...JENIS_HUKUMAN]);
    const text = (v: ReturnType<typeof sehari>) =>
      v.hukumanBerjalan === 'PDHTAPS' ? 'tidak ada lagi (diberhentikan)' : v.kgbDanKpDitunda ? 'ditunda selama berjalan' : 'tidak ditunda';
    for (const [jenis, tingkat, , preset, tanpa, pengabdian] of TABEL_EFEK_HUKUMAN.rows as [
      (typeof JENIS_HUKUMAN)[number],
      ...string[],
    ][]) {
      const on = sehari(jenis, true);
      expect(on.tingkat, jenis).toBe(tingkat);
      expect(text(on), jenis).toBe(preset);
      expect(text(sehari(jenis, false)), jenis).toBe(tanpa);
      expect(on.tanpaKpPengabdian ? 'tidak diberikan' : 'tidak terpengaruh', jenis).toBe(pengabdian);
    }
  });

  it('rows: a ringan one does not postpone; a sedang one postpones by the setting, whose article is not located; PDHTAPS ends all', () => {
    const row = (jenis: string) => TABEL_EFEK_HUKUMAN.rows.findIndex((r) => r[0] === jenis);
    expect(TABEL_EFEK_HUKUMAN.rows[row('TEGURAN_LISAN')]).toEqual([
      'TEGURAN_LISAN',
      'RINGAN',
      'pada hari berlaku',
      'tidak ditunda',
      'tidak ditunda',
      'tidak terpengaruh',
    ]);
    expect(TABEL_EFEK_HUKUMAN.rows[row('POTONGAN_TUKIN_9_BULAN')]).toEqual([
      'POTONGAN_TUKIN_9_BULAN',
      'SEDANG',
      '9 bulan',
      'ditunda selama berjalan',
      'tidak ditunda',
      'tidak terpengaruh',
    ]);
    expect(TABEL_EFEK_HUKUMAN.dasar![row('POTONGAN_TUKIN_9_BULAN')]).toEqual([pp94('Pasal 8 ayat (3) huruf b'), KGB_KP_TIDAK_DITEMUKAN]);
    expect(TABEL_EFEK_HUKUMAN.rows[row('PDHTAPS')]).toEqual([
      'PDHTAPS',
      'BERAT',
      'tetap',
      'tidak ada lagi (diberhentikan)',
      'tidak ada lagi (diberhentikan)',
      'tidak diberikan',
    ]);
    expect(TABEL_EFEK_HUKUMAN.dasar![row('PDHTAPS')]).toEqual([pp94('Pasal 8 ayat (4) huruf c')]);
  });
});

describe('efekHukuman: the KGB/KP postponement cites no article no source shows (issue 16)', () => {
  const riwayat = [{ jenis: 'POTONGAN_TUKIN_6_BULAN', tmt: '2024-01-15' }] as const;
  // Served from 2024-01-15; the first day after it is 2024-07-15.
  it('on its last day: postponed, the reason citing the unlocated rule (no "Pasal 55 ayat (1)")', () => {
    const d = efekHukuman({ riwayat: [...riwayat], tanggal: '2024-07-14' });
    expect(d.value.kgbDanKpDitunda).toBe(true);
    expect(d.reasons.find((x) => x.code === 'discipline.efekHukuman.kgbKpDitunda')!.citations).toEqual([KGB_KP_TIDAK_DITEMUKAN]);
    expect(reasonLines(d, 'en').at(-1)).toMatchInlineSnapshot(
      `"Applies: While serving 25% performance-allowance cut for 6 months, the civil servant receives no periodic salary step or promotion (setting, unconfirmed) [2]"`,
    );
  });
  it('on the first day after it: nothing running, no postponement and no such reason', () => {
    const d = efekHukuman({ riwayat: [...riwayat], tanggal: '2024-07-15' });
    expect(d.value).toMatchObject({ hukumanBerjalan: null, kgbDanKpDitunda: false });
    expect(d.reasons.map((x) => x.code)).toEqual(['discipline.efekHukuman.tidakAda']);
  });
  it('setting off: an INFO reason with the same citation', () => {
    const d = efekHukuman({ riwayat: [...riwayat], tanggal: '2024-07-14' }, { kgbKpDitundaSelamaHukuman: false });
    expect(d.reasons.find((x) => x.code === 'discipline.efekHukuman.kgbKpTidakDitunda')!.citations).toEqual([KGB_KP_TIDAK_DITEMUKAN]);
  });
  it('no citation of the rule or its table names Pasal 55; the setting is documented in the notes', () => {
    expect(JSON.stringify([efekHukumanRule.citations, TABEL_EFEK_HUKUMAN.dasar])).not.toMatch(/Pasal 55/);
    expect(efekHukumanRule.citations).toContainEqual(KGB_KP_TIDAK_DITEMUKAN);
    const note = efekHukumanRule.notes!.find((n) => n.en.startsWith('Setting kgbKpDitundaSelamaHukuman'))!;
    expect(note.en).toMatch(/preset true \[U\].*PerKa BKN 21\/2010.*\[B\].*no longer cited/);
  });
});
