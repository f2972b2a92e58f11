/**
 * Hand-built worst valid inputs, where copying an example's rows to the bound would only build a
 * contradiction (appraisal years must differ, AK periods must not overlap): each fills every list to its
 * bound with rows a real record could hold. Keyed by rule id; used by bench/worst-input.ts.
 */
import { addDays, addMonths, endOfMonth } from '../src/core/calendar.js';
import { KOMPETENSI_PER_PROFIL_MAKS, PERINGKAT_KANDIDAT_MAKS } from '../src/competency/index.js';
import { LIBUR_MAKS } from '../src/core/calendar.js';
import { KETERLAMBATAN_MAKS, RIWAYAT_HUKUMAN_MAKS, TANGGAL_TIDAK_MASUK_MAKS } from '../src/discipline/index.js';
import { MAKS_PERIODE_ANGKA_KREDIT, MAKS_RIWAYAT_JABATAN, MAKS_RIWAYAT_PENILAIAN } from '../src/promotion/index.js';

export type WorstCase = [name: string, input: unknown, options: unknown];

// A working life of appraisals (one a year) and a hundred hukuman back to back.
const riwayatPenilaian = Array.from({ length: MAKS_RIWAYAT_PENILAIAN }, (_, i) => ({ tahun: 1968 + i, predikat: 'BAIK' }));
const riwayatHukuman = Array.from({ length: RIWAYAT_HUKUMAN_MAKS }, (_, i) => ({
  jenis: 'PENURUNAN_JABATAN',
  tmt: addMonths('2024-06-01', i * 12),
}));

const days = (from: string, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));
const leapYear = days('2024-01-01', 366);
const absent = leapYear.filter((_, i) => i % 2 === 0);
const late = leapYear.filter((_, i) => i % 2 === 1);

// A standard and profiles of the most competencies accepted; 2,000 × 2,000 is the largest placement.
const kode = Array.from({ length: KOMPETENSI_PER_PROFIL_MAKS }, (_, i) => `T.${i}`);
const standar = Object.fromEntries(kode.map((k) => [k, 3]));
const profil = (i: number) => Object.fromEntries(kode.map((k, j) => [k, (i + j) % 6]));
const nationalProfil = (i: number) => ({
  INTEGRITAS: i % 6,
  KERJASAMA: (i + 1) % 6,
  KOMUNIKASI: (i + 2) % 6,
  PENGAMBILAN_KEPUTUSAN: (i + 3) % 6,
});

export const WORST_CASES: Record<string, WorstCase[]> = {
  'discipline.rekapKetidakhadiran': [
    [
      `${TANGGAL_TIDAK_MASUK_MAKS} absences, ${KETERLAMBATAN_MAKS} late arrivals, ${LIBUR_MAKS} holidays`,
      {
        tahun: 2024,
        tidakMasuk: Array.from({ length: TANGGAL_TIDAK_MASUK_MAKS }, (_, i) => absent[i % absent.length]),
        keterlambatan: Array.from({ length: KETERLAMBATAN_MAKS }, (_, i) => ({ tanggal: late[i % late.length], menit: 1 })),
      },
      { kalender: { holidays: days('2010-01-01', LIBUR_MAKS) } },
    ],
  ],
  'discipline.tanggalBerlakuHukuman': [
    [
      `one working weekday, ${LIBUR_MAKS} of them holidays, the 60th working day`,
      { jenis: 'TEGURAN_LISAN', tanggalDiterima: '2023-12-31' },
      {
        kalender: { holidays: Array.from({ length: LIBUR_MAKS }, (_, i) => addDays('2024-01-01', 7 * i)), weekendDays: [0, 2, 3, 4, 5, 6] },
        hariKe: 60,
      },
    ],
  ],
  'competency.peringkatKandidat': [
    [
      `${PERINGKAT_KANDIDAT_MAKS} candidates × ${KOMPETENSI_PER_PROFIL_MAKS} competencies`,
      { formasi: { standar }, kandidat: Array.from({ length: PERINGKAT_KANDIDAT_MAKS }, (_, i) => ({ id: `K${i}`, profil: profil(i) })) },
      { asOf: '2025-01-01' },
    ],
  ],
  'competency.penempatanOptimal': [
    [
      '2,000 candidates × 2,000 posts',
      {
        kandidat: Array.from({ length: 2000 }, (_, i) => ({ id: `K${i}`, profil: nationalProfil(i) })),
        formasi: Array.from({ length: 2000 }, (_, i) => ({
          id: `F${i}`,
          standar: { INTEGRITAS: 1 + (i % 5), KERJASAMA: 1 + ((i + 2) % 5), KOMUNIKASI: 3, PENGAMBILAN_KEPUTUSAN: 1 + ((i + 4) % 5) },
        })),
      },
      undefined,
    ],
  ],
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
      `${MAKS_RIWAYAT_PENILAIAN} appraisals, ${RIWAYAT_HUKUMAN_MAKS} hukuman back to back`,
      { golongan: 'III/a', tmtPangkat: '2020-01-01', ijazah: 'S1', riwayatPenilaian, riwayatHukuman },
      { asOf: '2025-01-01' },
    ],
  ],
  'promotion.kenaikanPangkatStruktural': [
    [
      `${MAKS_RIWAYAT_PENILAIAN} appraisals, ${RIWAYAT_HUKUMAN_MAKS} hukuman back to back`,
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
