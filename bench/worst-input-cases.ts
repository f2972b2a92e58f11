/**
 * Hand-built worst valid inputs, where copying an example's rows to the bound would only build a
 * contradiction (appraisal years must differ, AK periods must not overlap): each fills every list to its
 * bound with rows a real record could hold. Keyed by rule id; used by bench/worst-input.ts.
 */
import { addMonths, endOfMonth } from '../src/core/calendar.js';
import { MAKS_PERIODE_ANGKA_KREDIT, MAKS_RIWAYAT_HUKUMAN, MAKS_RIWAYAT_JABATAN, MAKS_RIWAYAT_PENILAIAN } from '../src/promotion/index.js';

export type WorstCase = [name: string, input: unknown, options: unknown];

// A working life of appraisals (one a year) and a hundred hukuman back to back.
const riwayatPenilaian = Array.from({ length: MAKS_RIWAYAT_PENILAIAN }, (_, i) => ({ tahun: 1968 + i, predikat: 'BAIK' }));
const riwayatHukuman = Array.from({ length: MAKS_RIWAYAT_HUKUMAN }, (_, i) => ({
  jenis: 'PENURUNAN_JABATAN',
  tmt: addMonths('2024-06-01', i * 12),
}));

export const WORST_CASES: Record<string, WorstCase[]> = {
  'promotion.akumulasiAngkaKredit': [
    [
      `${MAKS_PERIODE_ANGKA_KREDIT} one-month AK periods at the lowest predikat`,
      {
        jenjang: 'PENYELIA',
        golongan: 'III/c',
        periode: Array.from({ length: MAKS_PERIODE_ANGKA_KREDIT }, (_, i) => {
          const dari = addMonths('1968-01-01', i);
          return { dari, sampai: endOfMonth(dari), predikat: 'SANGAT_KURANG' };
        }).reverse(),
      },
      { koefisienKeterampilan: { PENYELIA: 1 } },
    ],
  ],
  'promotion.kenaikanPangkatReguler': [
    [
      `${MAKS_RIWAYAT_PENILAIAN} appraisals, ${MAKS_RIWAYAT_HUKUMAN} hukuman back to back`,
      { golongan: 'III/a', tmtPangkat: '2020-01-01', ijazah: 'S1', riwayatPenilaian, riwayatHukuman },
      { asOf: '2025-01-01' },
    ],
  ],
  'promotion.kenaikanPangkatStruktural': [
    [
      `${MAKS_RIWAYAT_PENILAIAN} appraisals, ${MAKS_RIWAYAT_HUKUMAN} hukuman back to back`,
      {
        eselon: 'IV.a',
        golongan: 'III/b',
        tmtPangkat: '2020-01-01',
        tmtJabatan: '2020-01-01',
        ijazah: 'S1',
        riwayatPenilaian,
        riwayatHukuman,
      },
      { asOf: '2025-01-01' },
    ],
  ],
  'promotion.syaratJabatan': [
    [
      `${MAKS_RIWAYAT_JABATAN} jabatan held, 52 appraisals`,
      {
        jabatanTujuan: 'ADMINISTRATOR',
        tanggalLahir: '1950-01-01',
        ijazah: 'S1',
        riwayatJabatan: Array.from({ length: MAKS_RIWAYAT_JABATAN }, () => ({ jabatan: 'PENGAWAS', tahun: 0.5 })),
        riwayatPenilaian: riwayatPenilaian.slice(-52),
      },
      { asOf: '2025-01-01' },
    ],
  ],
};
