import { describe, expect, it } from 'vitest';
import { bacaEkspor, daftarKpUnit, EKSPOR_CONTOH } from '../../examples/siasn-kp.js';

describe('examples/siasn-kp.ts: a unit’s SIASN export → the KP reguler list with reasons', () => {
  const list = () => daftarKpUnit(bacaEkspor(EKSPOR_CONTOH.pathname), '2026-03-01');

  it('decides each employee, or names what SIASN does not say', () => {
    expect(list().map((b) => [b.nama, b.status, b.golonganBaru])).toEqual([
      ['Ayu Lestari', 'MEMENUHI_SYARAT', 'III/c'],
      ['Bima Saputra', 'DATA_KURANG', null],
      ['Citra Dewi', 'BELUM', null],
      ['Dedi Kurniawan', 'BELUM', null],
      ['Eka Putri', 'DATA_KURANG', null],
      ['Fajar Nugroho', 'DATA_KURANG', null],
    ]);
  });

  it('gives the failed condition first, and the blocking gaps in Bahasa Indonesia', () => {
    const byName = new Map(list().map((b) => [b.nama, b]));
    expect(byName.get('Citra Dewi')!.alasan[0]).toMatch(
      /^Tidak terpenuhi: Masa dalam pangkat dihitung sejak TMT pangkat 1 Oktober 2022: .*\(PP 99\/2000/,
    );
    expect(byName.get('Dedi Kurniawan')!.alasan[0]).toMatch(
      /^Tidak terpenuhi: Sedang menjalani hukuman disiplin pemotongan tunjangan kinerja/,
    );
    expect(byName.get('Bima Saputra')!.alasan).toEqual([
      '? ujianDinas: II/d → III/a mensyaratkan ujian dinas TINGKAT_I, yang tidak tercatat di SIASN: isi ujianDinas',
    ]);
    expect(byName.get('Eka Putri')!.alasan[0]).toBe('? golongan: data utama menyebut III/c, riwayat golongan terakhir III/b');
    expect(byName.get('Fajar Nugroho')!.alasan[0]).toMatch(/KuadranKinerjaNilai menyebut BAIK/);
    expect(byName.get('Ayu Lestari')!).toMatchObject({ tmt: '2026-03-01' });
  });
});
