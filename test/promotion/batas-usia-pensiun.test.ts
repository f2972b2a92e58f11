import { describe, expect, it } from 'vitest';
import { batasUsiaPensiun } from '../../src/promotion/index.js';
import { expectExplained } from './explained.js';

describe('batasUsiaPensiun (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239–240)', () => {
  it('gives BUP by jabatan (digest §9 vector 18)', () => {
    const bup = (jabatan: Parameters<typeof batasUsiaPensiun>[0]['jabatan']) => batasUsiaPensiun({ tanggalLahir: '1970-06-15', jabatan }).value.bup;
    expect(bup('PELAKSANA')).toBe(58);
    expect(bup('ADMINISTRATOR')).toBe(58);
    expect(bup('JPT_PRATAMA')).toBe(60);
    expect(bup('JF_AHLI_MUDA')).toBe(58);
    expect(bup('JF_AHLI_MADYA')).toBe(60);
    expect(bup('JF_AHLI_UTAMA')).toBe(65);
    expect(bup('GURU')).toBe(60);
    expect(bup('DOSEN')).toBe(65);
    expect(batasUsiaPensiun({ tanggalLahir: '1970-06-15', jabatan: 'JF_AHLI_MADYA' }, { bupKhusus: 65 }).value.bup).toBe(65);
  });

  it('states its TMT convention, with month ends and 29 February', () => {
    expect(batasUsiaPensiun({ tanggalLahir: '1967-12-31', jabatan: 'PELAKSANA' }).value).toEqual({ bup: 58, tanggalBup: '2025-12-31', tmtPensiun: '2026-01-01' });
    expect(batasUsiaPensiun({ tanggalLahir: '1967-05-01', jabatan: 'PELAKSANA' }).value.tmtPensiun).toBe('2025-06-01');
    expect(batasUsiaPensiun({ tanggalLahir: '1968-02-29', jabatan: 'PELAKSANA' }).value.tanggalBup).toBe('2026-02-28');
    const d = batasUsiaPensiun({ tanggalLahir: '1967-05-15', jabatan: 'PELAKSANA' }, { konvensiTmtPensiun: 'TANGGAL_BUP' });
    expect(d.value.tmtPensiun).toBe('2025-05-15');
    expectExplained(d);
  });
});
