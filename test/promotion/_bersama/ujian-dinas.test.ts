import { describe, expect, it } from 'vitest';
import type { Reason } from '../../../src/core/decision.js';
import {
  CITATION_UJIAN_DINAS,
  dasarPembebasanUjianDinas,
  reasonUjianDinas,
  ujianDinasDiperlukan,
} from '../../../src/promotion/_bersama/ujian-dinas.js';
import {
  GOLONGAN_PNS,
  golonganBerikutnya,
  IJAZAH,
  IJAZAH_PASCASARJANA,
  IJAZAH_SARJANA_KE_ATAS,
  type Ijazah,
} from '../../../src/promotion/index.js';
import { reasonsOf } from '../../expected-reason.js';

import { UJIAN } from '../dasar-kp.js';

describe('ujian dinas (_bersama/ujian-dinas; digest §2.2 R5, §2.4)', () => {
  it('needed only for II/d → III/a (Tingkat I) and III/d → IV/a (Tingkat II)', () => {
    for (const dari of GOLONGAN_PNS) {
      const ke = golonganBerikutnya(dari);
      if (!ke) continue;
      const expected = dari === 'II/d' ? 'TINGKAT_I' : dari === 'III/d' ? 'TINGKAT_II' : null;
      expect(ujianDinasDiperlukan(dari, ke), `${dari} → ${ke}`).toBe(expected);
    }
    // Only the crossing itself, not a jump over it.
    expect(ujianDinasDiperlukan('II/c', 'III/a')).toBeNull();
    expect(ujianDinasDiperlukan('II/d', 'III/b')).toBeNull();
    expect(ujianDinasDiperlukan('III/c', 'IV/a')).toBeNull();
    expect(ujianDinasDiperlukan('III/d', 'IV/b')).toBeNull();
    expect(CITATION_UJIAN_DINAS).toEqual(UJIAN);
  });

  it('exemptions: S1/D-IV and up, or Diklatpim IV, for Tingkat I; Dokter/Apoteker/S2/S3, or Diklatpim III, for Tingkat II', () => {
    expect([...IJAZAH_SARJANA_KE_ATAS].sort()).toEqual(['APOTEKER', 'DOKTER', 'DOKTER_GIGI', 'D_IV', 'S1', 'S2', 'S3']);
    expect([...IJAZAH_PASCASARJANA].sort()).toEqual(['APOTEKER', 'DOKTER', 'DOKTER_GIGI', 'S2', 'S3']);
    for (const ijazah of IJAZAH) {
      const sarjana = ['S1', 'D_IV', 'DOKTER', 'DOKTER_GIGI', 'APOTEKER', 'S2', 'S3'].includes(ijazah);
      const pasca = ['DOKTER', 'DOKTER_GIGI', 'APOTEKER', 'S2', 'S3'].includes(ijazah);
      expect(dasarPembebasanUjianDinas('TINGKAT_I', ijazah, []), ijazah).toBe(sarjana ? 'IJAZAH' : null);
      expect(dasarPembebasanUjianDinas('TINGKAT_I', ijazah, ['DIKLATPIM_IV']), ijazah).toBe(sarjana ? 'IJAZAH' : 'DIKLAT_KEPEMIMPINAN');
      expect(dasarPembebasanUjianDinas('TINGKAT_II', ijazah, []), ijazah).toBe(pasca ? 'IJAZAH' : null);
      expect(dasarPembebasanUjianDinas('TINGKAT_II', ijazah, ['DIKLATPIM_III']), ijazah).toBe(pasca ? 'IJAZAH' : 'DIKLAT_KEPEMIMPINAN');
      // Diklatpim IV does not exempt from Tingkat II.
      expect(dasarPembebasanUjianDinas('TINGKAT_II', ijazah, ['DIKLATPIM_IV']), ijazah).toBe(pasca ? 'IJAZAH' : null);
    }
  });

  it('one reason per promotion: passed, exempt (with the ground), not needed, or missing', () => {
    const pegawai = (
      ijazah: Ijazah,
      ujianDinas: ('TINGKAT_I' | 'TINGKAT_II')[] = [],
      diklat: ('DIKLATPIM_IV' | 'DIKLATPIM_III')[] = [],
    ) => ({
      ijazah,
      ujianDinas,
      diklatKepemimpinan: diklat,
    });
    const u = (code: string, outcome: Reason['outcome'], facts: Record<string, unknown>) => reasonsOf('x')(code, outcome, UJIAN, facts);
    expect(reasonUjianDinas('x', 'III/a', 'III/b', pegawai('SLTA'))).toEqual(
      u('ujianDinasTidakDiperlukan', 'PASS', { dari: 'III/a', ke: 'III/b' }),
    );
    expect(reasonUjianDinas('x', 'II/d', 'III/a', pegawai('SLTA'))).toEqual(
      u('ujianDinasBelumLulus', 'FAIL', { ujian: 'TINGKAT_I', dari: 'II/d', ke: 'III/a' }),
    );
    // Passing the exam wins over an exemption.
    expect(reasonUjianDinas('x', 'II/d', 'III/a', pegawai('S1', ['TINGKAT_I']))).toEqual(
      u('ujianDinasLulus', 'PASS', { ujian: 'TINGKAT_I' }),
    );
    expect(reasonUjianDinas('x', 'II/d', 'III/a', pegawai('SLTA', [], ['DIKLATPIM_IV']))).toEqual(
      u('ujianDinasDibebaskan', 'PASS', { ujian: 'TINGKAT_I', dasar: 'DIKLAT_KEPEMIMPINAN', ijazah: 'SLTA' }),
    );
    // Tingkat I passed, or S1, is no ground for Tingkat II.
    expect(reasonUjianDinas('x', 'III/d', 'IV/a', pegawai('S1', ['TINGKAT_I']))).toEqual(
      u('ujianDinasBelumLulus', 'FAIL', { ujian: 'TINGKAT_II', dari: 'III/d', ke: 'IV/a' }),
    );
    expect(reasonUjianDinas('x', 'III/d', 'IV/a', pegawai('S1', ['TINGKAT_II']))).toEqual(
      u('ujianDinasLulus', 'PASS', { ujian: 'TINGKAT_II' }),
    );
    expect(reasonUjianDinas('x', 'III/d', 'IV/a', pegawai('APOTEKER'))).toEqual(
      u('ujianDinasDibebaskan', 'PASS', { ujian: 'TINGKAT_II', dasar: 'IJAZAH', ijazah: 'APOTEKER' }),
    );
  });
});
