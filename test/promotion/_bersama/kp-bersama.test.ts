import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { explain } from '../../../src/explain.js';
import {
  hasilKp,
  opsiKenaikanPangkatPilihanSchema,
  periodeKp,
  reasonMasa,
  tahunSebelumPeriode,
} from '../../../src/promotion/_bersama/kp-bersama.js';

import { P_AO, P_BULAN, P_ENAM } from '../dasar-kp.js';

// Any citations the caller passes: reasonMasa hands them on as given.
const SYARAT = [{ regulation: 'PP_99_2000' as const, article: 'Pasal 12' }];
const CT_SYARAT = '(PP 99/2000 Pasal 12)';

describe('kenaikan pangkat pilihan shared helpers (kp-bersama)', () => {
  it('periodeKp: the KP period for asOf and its INFO reason under the rule prefix', () => {
    expect(periodeKp('p.q', '2024-02-15')).toEqual({
      periode: '2024-04-01',
      reason: {
        rule: 'p.q',
        code: 'p.q.periode',
        outcome: 'INFO',
        citations: P_ENAM,
        facts: { asOf: '2024-02-15', periode: '2024-04-01' },
      },
    });
    expect(periodeKp('p.q', '2023-01-01').reason.citations).toEqual(P_AO);
    expect(periodeKp('p.q', '2025-12-02').reason.citations).toEqual(P_BULAN);
  });

  it('tahunSebelumPeriode: the n calendar years before the period year, oldest first', () => {
    expect(tahunSebelumPeriode('2025-04-01', 2)).toEqual([2023, 2024]);
    expect(tahunSebelumPeriode('2026-01-01', 1)).toEqual([2025]);
    expect(tahunSebelumPeriode('2026-01-01', 3)).toEqual([2023, 2024, 2025]);
    expect(tahunSebelumPeriode('2026-01-01', 0)).toEqual([]);
  });

  it('reasonMasa: met on the day the minimum is reached, not the day before; texts of masaDalamPangkat and masaDalamJabatan', () => {
    const STRUKTURAL = 'promotion.kenaikanPangkatStruktural';
    const on = reasonMasa(STRUKTURAL, 'masaDalamPangkat', '2024-04-01', '2025-04-01', 1, SYARAT);
    expect(on).toEqual({
      rule: STRUKTURAL,
      code: `${STRUKTURAL}.masaDalamPangkat`,
      outcome: 'PASS',
      citations: SYARAT,
      facts: { mulai: '2024-04-01', periode: '2025-04-01', tahun: 1, minimum: 1, tanggalPalingCepat: '2025-04-01' },
    });
    const short = reasonMasa(STRUKTURAL, 'masaDalamJabatan', '2024-04-02', '2025-04-01', 1, SYARAT);
    expect(short).toEqual({
      rule: STRUKTURAL,
      code: `${STRUKTURAL}.masaDalamJabatan`,
      outcome: 'FAIL',
      citations: SYARAT,
      facts: { mulai: '2024-04-02', periode: '2025-04-01', tahun: 0, minimum: 1, tanggalPalingCepat: '2025-04-02' },
    });
    const d = { value: null, reasons: [on, short] };
    expect(explain(d, 'id')).toMatchInlineSnapshot(`
      [
        "Terpenuhi: Masa dalam pangkat sejak 1 April 2024: 1 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 1 April 2025) [1]",
        "Tidak terpenuhi: Masa dalam jabatan sejak 2 April 2024: 0 tahun pada 1 April 2025 (minimal 1 tahun, tercapai pada 2 April 2025) [1]",
        "Dasar hukum:",
        "[1] PP 99/2000 Pasal 12",
      ]
    `);
    expect(explain(d, 'en')).toMatchInlineSnapshot(`
      [
        "Met: Time in rank since 1 April 2024: 1 year on 1 April 2025 (minimum 1 year, reached on 1 April 2025) [1]",
        "Not met: Time in post since 2 April 2024: 0 years on 1 April 2025 (minimum 1 year, reached on 2 April 2025) [1]",
        "Legal basis:",
        "[1] PP 99/2000 Pasal 12",
      ]
    `);
  });

  it('hasilKp: eligible only with a target and no FAIL; INFO does not block', () => {
    const pass = { rule: 'x', code: 'x.a', outcome: 'PASS' as const, citations: [], facts: {} };
    const info = { ...pass, outcome: 'INFO' as const };
    const fail = { ...pass, outcome: 'FAIL' as const };
    expect(hasilKp([pass, info], '2025-04-01', 'III/c')).toEqual({
      memenuhiSyarat: true,
      golonganBaru: 'III/c',
      tmt: '2025-04-01',
      periode: '2025-04-01',
      golonganTujuan: 'III/c',
    });
    expect(hasilKp([pass, fail], '2025-04-01', 'III/c')).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: 'III/c',
    });
    expect(hasilKp([pass], '2025-04-01', null)).toEqual({
      memenuhiSyarat: false,
      golonganBaru: null,
      tmt: null,
      periode: '2025-04-01',
      golonganTujuan: null,
    });
  });

  it('pilihan options default to minPredikat BAIK, the sedang/berat blocking levels and proceedings not blocking', () => {
    expect(z.parse(opsiKenaikanPangkatPilihanSchema, { asOf: '2025-01-02' })).toEqual({
      asOf: '2025-01-02',
      minPredikat: 'BAIK',
      tingkatHukumanMenghalangi: ['SEDANG', 'BERAT'],
      pemeriksaanDisiplinMenghalangi: false,
    });
  });
});
