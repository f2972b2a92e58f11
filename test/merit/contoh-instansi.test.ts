import { describe, expect, it } from 'vitest';
import {
  explain,
  indeksSistemMerit,
  jamPelajaranPns,
  jobPersonMatch,
  kebutuhanPengembangan,
  KOMPETENSI_MANSOSKUL,
  kotakTalenta,
  manfaatKategoriMerit,
  standarKompetensiPreset,
} from '../../src/index.js';

/**
 * One agency end to end (the worked example of the closing note): its 2023 self-assessment → total and category
 * → the aspects holding it down → what the category allows; then one of its PNS: JP of the year → gap → needs.
 */
describe('a kabupaten, end to end', () => {
  const skorAspek = {
    PERENCANAAN_KEBUTUHAN: 18,
    PENGADAAN: 20,
    PENGEMBANGAN_KARIER: 60,
    PROMOSI_DAN_MUTASI: 30,
    MANAJEMEN_KINERJA: 64,
    PENGGAJIAN_PENGHARGAAN_DISIPLIN: 45,
    PERLINDUNGAN_DAN_PELAYANAN: 12,
    SISTEM_INFORMASI: 57,
  };

  it('scores 306 (Baik), 19 short of Sangat Baik, and may not yet fill JPT from its talent pool', () => {
    const nilai = indeksSistemMerit({ tanggalPenilaian: '2023-11-30', skorAspek });
    expect(nilai.value).toMatchObject({
      skor: '306',
      kategori: 'BAIK',
      kategoriBerikutnya: 'SANGAT_BAIK',
      kekuranganKeKategoriBerikutnya: '19',
    });
    expect(nilai.value.kesenjangan.slice(0, 2).map((k) => [k.komponen, k.poinTertinggal, k.cukupSendiri])).toEqual([
      ['PENGEMBANGAN_KARIER', '20', true],
      ['SISTEM_INFORMASI', '19', true],
    ]);
    const boleh = manfaatKategoriMerit(
      { kategori: nilai.value.kategori as 'BAIK', tanggalKategori: '2023-12-07', kebijakanTalentPool: true },
      { asOf: '2024-12-07' },
    );
    expect(boleh.value).toMatchObject({
      memenuhiSyarat: false,
      syaratTidakTerpenuhi: ['KATEGORI', 'PERSETUJUAN'],
      evaluasiUlangJatuhTempo: true,
    });
    // Under the other KASN reading (Baik or above) only the approval is missing.
    expect(
      manfaatKategoriMerit({ kategori: 'BAIK', kebijakanTalentPool: true }, { kategoriMinimumJpt: 'BAIK' }).value.syaratTidakTerpenuhi,
    ).toEqual(['PERSETUJUAN']);
    // Raising pengembangan karier by 19 points reaches Sangat Baik.
    const naik = indeksSistemMerit({ tanggalPenilaian: '2023-11-30', skorAspek: { ...skorAspek, PENGEMBANGAN_KARIER: 79 } });
    expect(naik.value.kategori).toBe('SANGAT_BAIK');
    expect(explain(nilai, 'id')).toContain(
      'Catatan: Menuju kategori Sangat Baik masih kurang 19 poin; aspek yang paling tertinggal: Pengembangan Karier [1]',
    );
  });

  it('one of its administrators: 14 JP in the year, two competencies below standard, box 5', () => {
    const jp = jamPelajaranPns({
      tahun: 2025,
      kegiatan: [
        { bentuk: 'PELATIHAN_TEKNIS', tanggal: '2025-03-10', jp: 10 },
        { bentuk: 'E_LEARNING', tanggal: '2025-09-01', menit: 180 },
      ],
    });
    expect(jp.value).toMatchObject({ jumlahJp: '14.00', memenuhiSyarat: false, kekuranganJp: '6' });
    const standar = standarKompetensiPreset('ADMINISTRATOR');
    const aktual = Object.fromEntries(
      KOMPETENSI_MANSOSKUL.map((k, i) => [k, i === 1 ? standar[k]! - 1 : i === 3 ? standar[k]! - 2 : standar[k]!]),
    );
    const jpm = jobPersonMatch({ standar, aktual });
    const kotak = kotakTalenta({ kinerja: 'BAIK', potensial: 'MENENGAH' });
    const need = kebutuhanPengembangan({
      tahunRencana: 2026,
      jabatan: 'DIDUDUKI',
      gap: jpm.value.gap,
      predikatKinerja: 'BAIK',
      rekomendasiTalenta: kotak.value.rekomendasi,
    });
    expect(need.value.kebutuhan.map((k) => k.kompetensi)).toEqual(jpm.value.kekurangan); // largest deficit first, as jobPersonMatch lists them
    expect(need.value.selarasKotakTalenta).toBe(true);
  });
});
