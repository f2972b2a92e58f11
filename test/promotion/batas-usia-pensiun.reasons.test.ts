import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../src/core/index.js';
import { explain } from '../../src/explain.js';
import { BUP_JABATAN, JENIS_JABATAN, batasUsiaPensiun } from '../../src/promotion/index.js';
import { thrownIssueLines } from '../input-issues.js';
import { reasonLines } from '../explain/lines.js';

// ---------------------------------------------------------------------------------------------
// Batas usia pensiun — UU 20/2023 Pasal 55; PP 11/2017 Pasal 239 ayat (2), Pasal 240; UU 14/2005 (digest §6.1,
// corrections M3: UU 20/2023 Pasal 55 sets the non-JF ages, PP 11/2017 Pasal 239 the JF ages it defers to)

const BUP = 'promotion.batasUsiaPensiun';
type C = { regulation: string; article: string };
const P239: C = { regulation: 'PP_11_2017', article: 'Pasal 239 ayat (2)' };
const P240: C = { regulation: 'PP_11_2017', article: 'Pasal 240' };
const uu20 = (article: string): C => ({ regulation: 'UU_20_2023', article: `Pasal 55 ${article}` });
const JPT = [uu20('huruf a angka 1'), P239];
const ADMINISTRATOR_PENGAWAS = [uu20('huruf a angka 2'), P239];
const PELAKSANA = [uu20('huruf b angka 2'), P239];
const JF = [P239, uu20('huruf b angka 1')];

/** Digest §6.1 restated: BUP in years and the citation of each jabatan. */
const DIGEST_BUP: Record<(typeof JENIS_JABATAN)[number], [number, C[]]> = {
  PELAKSANA: [58, PELAKSANA],
  PENGAWAS: [58, ADMINISTRATOR_PENGAWAS],
  ADMINISTRATOR: [58, ADMINISTRATOR_PENGAWAS],
  JPT_PRATAMA: [60, JPT],
  JPT_MADYA: [60, JPT],
  JPT_UTAMA: [60, JPT],
  JF_KETERAMPILAN: [58, JF],
  JF_AHLI_PERTAMA: [58, JF],
  JF_AHLI_MUDA: [58, JF],
  JF_AHLI_MADYA: [60, JF],
  JF_AHLI_UTAMA: [65, JF],
  GURU: [60, [P240, { regulation: 'UU_14_2005', article: 'Pasal 30 ayat (4)' }, uu20('huruf b angka 1')]],
  DOSEN: [65, [P240, { regulation: 'UU_14_2005', article: 'Pasal 67 ayat (4)' }, uu20('huruf b angka 1')]],
};

/** Labels of each jabatan in the reason texts (id, en). */
const LABEL_JABATAN: Record<(typeof JENIS_JABATAN)[number], [string, string]> = {
  PELAKSANA: ['pelaksana', 'staff (pelaksana)'],
  PENGAWAS: ['pengawas', 'supervisor (pengawas)'],
  ADMINISTRATOR: ['administrator', 'administrator'],
  JPT_PRATAMA: ['JPT pratama', 'senior executive (pratama)'],
  JPT_MADYA: ['JPT madya', 'senior executive (madya)'],
  JPT_UTAMA: ['JPT utama', 'senior executive (utama)'],
  JF_KETERAMPILAN: ['JF keterampilan', 'skilled functional post'],
  JF_AHLI_PERTAMA: ['JF Ahli Pertama', 'functional post, first expert'],
  JF_AHLI_MUDA: ['JF Ahli Muda', 'functional post, junior expert'],
  JF_AHLI_MADYA: ['JF Ahli Madya', 'functional post, middle expert'],
  JF_AHLI_UTAMA: ['JF Ahli Utama', 'functional post, principal expert'],
  GURU: ['guru', 'teacher'],
  DOSEN: ['dosen', 'lecturer'],
};

const SHORT: Record<string, string> = { UU_14_2005: 'UU 14/2005', UU_20_2023: 'UU 20/2023', PP_11_2017: 'PP 11/2017' };
const citeText = (c: C[]) => c.map((x) => `${SHORT[x.regulation]} ${x.article}`).join('; ');

describe('batasUsiaPensiun reasons (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239–240; UU 14/2005)', () => {
  it('the BUP table, row by row, against the digest', () => {
    expect(Object.keys(BUP_JABATAN)).toEqual([...JENIS_JABATAN]);
    for (const j of JENIS_JABATAN) expect(BUP_JABATAN[j], j).toEqual({ bup: DIGEST_BUP[j][0], citations: DIGEST_BUP[j][1] });
  });

  it('UU 20/2023 Pasal 55 sets the non-JF ages and defers JF to PP 11/2017 Pasal 239: same ages on either side of 31 October 2023', () => {
    for (const j of JENIS_JABATAN) {
      const first = BUP_JABATAN[j].citations[0]!;
      if (j.startsWith('JF_')) expect(first, j).toEqual(P239);
      else if (j === 'GURU' || j === 'DOSEN') expect(first, j).toEqual(P240);
      else expect(first, j).toMatchObject({ regulation: 'UU_20_2023', article: expect.stringMatching(/^Pasal 55 huruf [ab] angka [12]$/) });
      expect(BUP_JABATAN[j].citations, j).toContainEqual(
        j === 'GURU' || j === 'DOSEN' || j.startsWith('JF_') ? uu20('huruf b angka 1') : P239,
      );
    }
    // A BUP reached the day before UU 20/2023 (promulgated 31 October 2023) and on that day: the same age and basis.
    for (const [jabatan, bup] of [
      ['PELAKSANA', 58],
      ['ADMINISTRATOR', 58],
      ['JPT_PRATAMA', 60],
      ['JF_AHLI_MADYA', 60],
    ] as const) {
      for (const hari of ['30', '31']) {
        const d = batasUsiaPensiun({ tanggalLahir: `${2023 - bup}-10-${hari}`, jabatan });
        expect(d.value, `${jabatan} ${hari}`).toEqual({ bup, tanggalBup: `2023-10-${hari}`, tmtPensiun: '2023-11-01' });
        expect(d.reasons[0]!.citations, `${jabatan} ${hari}`).toEqual(DIGEST_BUP[jabatan][1]);
      }
    }
  });

  it('every jabatan: the whole decision and both texts (born 15 May 1967)', () => {
    for (const j of JENIS_JABATAN) {
      const [bup, citations] = DIGEST_BUP[j];
      const tanggalBup = `${1967 + bup}-05-15`;
      const tmtPensiun = `${1967 + bup}-06-01`;
      const d = batasUsiaPensiun({ tanggalLahir: '1967-05-15', jabatan: j });
      expect(d.value, j).toEqual({ bup, tanggalBup, tmtPensiun });
      expect(d.reasons, j).toEqual([
        { rule: BUP, code: `${BUP}.bup`, outcome: 'APPLIES', citations, facts: { jabatan: j, bup } },
        {
          rule: BUP,
          code: `${BUP}.tmtPensiun`,
          outcome: 'INFO',
          citations,
          facts: { tanggalLahir: '1967-05-15', tanggalBup, konvensi: 'AWAL_BULAN_BERIKUTNYA', tmtPensiun },
        },
      ]);
      const lahir = { id: '15 Mei 1967', en: '15 May 1967' };
      const refs = `[${citations.map((_, i) => i + 1).join(', ')}]`;
      const tanggal = (iso: string, locale: 'id' | 'en') => dateInWords(iso, locale)!;
      expect(reasonLines(d, 'id'), j).toEqual([
        `Berlaku: Batas usia pensiun ${LABEL_JABATAN[j][0]}: ${bup} tahun ${refs}`,
        `Catatan: Lahir ${lahir.id}, mencapai BUP pada ${tanggal(tanggalBup, 'id')}; TMT pensiun ${tanggal(tmtPensiun, 'id')} (tanggal 1 bulan berikutnya) ${refs}`,
      ]);
      expect(reasonLines(d, 'en'), j).toEqual([
        `Applies: Retirement age for ${LABEL_JABATAN[j][1]}: ${bup} years ${refs}`,
        `Note: Born ${lahir.en}, reaches retirement age on ${tanggal(tanggalBup, 'en')}; pension TMT ${tanggal(tmtPensiun, 'en')} (1st of the next month) ${refs}`,
      ]);
      expect(explain(d, 'en').slice(2), j).toEqual(['Legal basis:', ...citations.map((x, i) => `[${i + 1}] ${citeText([x])}`)]);
    }
  });

  it('TMT convention: the 1st of the next month (also from a 1st and from 31 December) or the BUP birthday itself', () => {
    expect(batasUsiaPensiun({ tanggalLahir: '1967-05-01', jabatan: 'PELAKSANA' }).value).toEqual({
      bup: 58,
      tanggalBup: '2025-05-01',
      tmtPensiun: '2025-06-01',
    });
    expect(batasUsiaPensiun({ tanggalLahir: '1960-12-31', jabatan: 'JF_AHLI_UTAMA' }).value).toEqual({
      bup: 65,
      tanggalBup: '2025-12-31',
      tmtPensiun: '2026-01-01',
    });
    expect(batasUsiaPensiun({ tanggalLahir: '1968-02-29', jabatan: 'PELAKSANA' }).value).toEqual({
      bup: 58,
      tanggalBup: '2026-02-28',
      tmtPensiun: '2026-03-01',
    });
    expect(batasUsiaPensiun({ tanggalLahir: '1964-02-29', jabatan: 'JPT_MADYA' }).value).toEqual({
      bup: 60,
      tanggalBup: '2024-02-29',
      tmtPensiun: '2024-03-01',
    });
    const d = batasUsiaPensiun({ tanggalLahir: '1960-12-31', jabatan: 'DOSEN' }, { konvensiTmtPensiun: 'TANGGAL_BUP' });
    expect(d.value).toEqual({ bup: 65, tanggalBup: '2025-12-31', tmtPensiun: '2025-12-31' });
    expect(d.reasons[1]!.facts).toEqual({
      tanggalLahir: '1960-12-31',
      tanggalBup: '2025-12-31',
      konvensi: 'TANGGAL_BUP',
      tmtPensiun: '2025-12-31',
    });
    const c = '(PP 11/2017 Pasal 240; UU 14/2005 Pasal 67 ayat (4); UU 20/2023 Pasal 55 huruf b angka 1)';
    expect(reasonLines(d, 'id')[1]).toMatchInlineSnapshot(
      `"Catatan: Lahir 31 Desember 1960, mencapai BUP pada 31 Desember 2025; TMT pensiun 31 Desember 2025 (tanggal mencapai BUP) [1, 2, 3]"`,
    );
    expect(reasonLines(d, 'en')[1]).toMatchInlineSnapshot(
      `"Note: Born 31 December 1960, reaches retirement age on 31 December 2025; pension TMT 31 December 2025 (the day retirement age is reached) [1, 2, 3]"`,
    );
  });

  it('bupKhusus (a BUP set by another Undang-Undang, Pasal 240) overrides the table, within 50–75 whole years', () => {
    const d = batasUsiaPensiun({ tanggalLahir: '1967-05-15', jabatan: 'JF_AHLI_MADYA' }, { bupKhusus: 65 });
    expect(d.value).toEqual({ bup: 65, tanggalBup: '2032-05-15', tmtPensiun: '2032-06-01' });
    expect(d.reasons[0]).toEqual({
      rule: BUP,
      code: `${BUP}.bupKhusus`,
      outcome: 'APPLIES',
      citations: [P240, uu20('huruf b angka 1')],
      facts: { jabatan: 'JF_AHLI_MADYA', bup: 65 },
    });
    // The TMT follows from the BUP, so it cites what set it: Pasal 240, not the table row of Pasal 239.
    expect(d.reasons[1]).toEqual({
      rule: BUP,
      code: `${BUP}.tmtPensiun`,
      outcome: 'INFO',
      citations: [P240, uu20('huruf b angka 1')],
      facts: { tanggalLahir: '1967-05-15', tanggalBup: '2032-05-15', konvensi: 'AWAL_BULAN_BERIKUTNYA', tmtPensiun: '2032-06-01' },
    });
    expect(reasonLines(d, 'id')[0]).toMatchInlineSnapshot(
      `"Berlaku: Batas usia pensiun JF Ahli Madya menurut undang-undang khusus: 65 tahun [1, 2]"`,
    );
    expect(reasonLines(d, 'en')[0]).toMatchInlineSnapshot(
      `"Applies: Retirement age for functional post, middle expert under a specific law: 65 years [1, 2]"`,
    );
    const p = { tanggalLahir: '1967-05-15', jabatan: 'PELAKSANA' as const };
    expect(batasUsiaPensiun(p, { bupKhusus: 50 }).value).toEqual({ bup: 50, tanggalBup: '2017-05-15', tmtPensiun: '2017-06-01' });
    expect(batasUsiaPensiun(p, { bupKhusus: 75 }).value).toEqual({ bup: 75, tanggalBup: '2042-05-15', tmtPensiun: '2042-06-01' });
    expect(thrownIssueLines(() => batasUsiaPensiun(p, { bupKhusus: 49 }))).toEqual([
      'options.bupKhusus: 49 is out of range; must be from 50 to 75',
    ]);
    expect(thrownIssueLines(() => batasUsiaPensiun(p, { bupKhusus: 76 }))).toEqual([
      'options.bupKhusus: 76 is out of range; must be from 50 to 75',
    ]);
    expect(thrownIssueLines(() => batasUsiaPensiun(p, { bupKhusus: 60.5 }))).toEqual([
      'options.bupKhusus: must be a whole number from 50 to 75, not the number 60.5',
    ]);
  });

  it('refuses bad input with exact issues', () => {
    expect(thrownIssueLines(() => batasUsiaPensiun({ tanggalLahir: '1967-05-32', jabatan: 'PELAKSANA' }))).toEqual([
      'tanggalLahir: "1967-05-32" is not a day of the calendar (May 1967 has 31 days); write a real date, e.g. 1967-05-31',
    ]);
    expect(
      thrownIssueLines(() =>
        batasUsiaPensiun({ tanggalLahir: '1967-05-15', jabatan: 'PELAKSANA' }, { konvensiTmtPensiun: 'AKHIR_BULAN' as never }),
      ),
    ).toEqual([
      'options.konvensiTmtPensiun: "AKHIR_BULAN" is not one of the options; write one of "AWAL_BULAN_BERIKUTNYA" or "TANGGAL_BUP"',
    ]);
  });
});
