import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/index.js';
import { kenaikanGajiBerkala } from '../../src/promotion/index.js';
import { expectExplained } from './explained.js';

describe('kenaikanGajiBerkala (PP 7/1977 Pasal 11–13)', () => {
  it('first KGB after 1 year for II/a, 2 years otherwise; then every 2 years (digest §9 vector 19)', () => {
    expect(kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: 'II/a', predikat: 'BAIK' }).value.tmtKgb).toBe('2024-03-01');
    expect(kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: 'II/b', predikat: 'BAIK' }).value.tmtKgb).toBe('2025-03-01');
    expect(kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: 'III/a', predikat: 'BAIK' }).value.tmtKgb).toBe('2025-03-01');
    expect(kenaikanGajiBerkala({ tmtCpns: '2023-03-01', golonganPengangkatan: 'II/a', tmtKgbTerakhir: '2024-03-01', predikat: 'BAIK' }).value.tmtKgb).toBe('2026-03-01');
  });

  it('postpones by 1 year below the "cukup" setting', () => {
    const p = { tmtCpns: '2015-01-01', golonganPengangkatan: 'III/a' as const, tmtKgbTerakhir: '2023-01-01' };
    expect(kenaikanGajiBerkala({ ...p, predikat: 'BUTUH_PERBAIKAN' }).value.ditunda).toBe(false);
    expect(kenaikanGajiBerkala({ ...p, predikat: 'CUKUP' }).value.ditunda).toBe(false);
    const d = kenaikanGajiBerkala({ ...p, predikat: 'KURANG' });
    expect(d.value).toEqual({ jadwal: '2025-01-01', tmtKgb: '2026-01-01', ditunda: true, tanggalPemberitahuan: '2025-11-01' });
    expectExplained(d);
    expect(kenaikanGajiBerkala({ ...p, predikat: 'BUTUH_PERBAIKAN' }, { minPredikat: 'BAIK' }).value.ditunda).toBe(true);
  });

  it('rejects bad input', () => {
    expect(() => kenaikanGajiBerkala({ tmtCpns: '2023-13-01', golonganPengangkatan: 'II/a', predikat: 'BAIK' })).toThrow(MeritInputError);
  });
});
