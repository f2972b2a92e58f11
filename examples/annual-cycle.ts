/**
 * A unit's annual cycle, end to end: appraisals → predikat → distribution check → kenaikan pangkat and
 * angka kredit → discipline → talent box → placement. Run it with `npx tsx examples/annual-cycle.ts`;
 * the tests run it too (test/examples.test.ts), so it cannot rot.
 */
import { jobPersonMatch, kotakTalenta, penempatanOptimal } from '../src/competency/index.js';
import { rekapKetidakhadiran } from '../src/discipline/index.js';
import { explain } from '../src/index.js';
import { kurvaDistribusi, PREDIKAT, type Predikat, predikatKinerja, type Rating } from '../src/performance/index.js';
import { akumulasiAngkaKredit, kenaikanPangkatReguler } from '../src/promotion/index.js';

interface Pegawai {
  nip: string;
  nama: string;
  golongan: 'III/a' | 'III/b' | 'III/c';
  tmtPangkat: string;
  hasilKerja: Rating;
  perilakuKerja: Rating;
  predikat2024: Predikat;
  tidakMasuk: string[];
  kompetensi: Record<string, number>;
}

const STANDAR = {
  INTEGRITAS: 3,
  KERJASAMA: 3,
  KOMUNIKASI: 3,
  ORIENTASI_PADA_HASIL: 3,
  PELAYANAN_PUBLIK: 3,
  PENGEMBANGAN_DIRI_DAN_ORANG_LAIN: 3,
  MENGELOLA_PERUBAHAN: 3,
  PENGAMBILAN_KEPUTUSAN: 3,
  PEREKAT_BANGSA: 3,
};
const profil = (delta: Partial<Record<keyof typeof STANDAR, number>>) => ({ ...STANDAR, ...delta });

export const UNIT: Pegawai[] = [
  {
    nip: '198501012010011001',
    nama: 'Ayu',
    golongan: 'III/b',
    tmtPangkat: '2021-04-01',
    hasilKerja: 'DI_ATAS_EKSPEKTASI',
    perilakuKerja: 'DI_ATAS_EKSPEKTASI',
    predikat2024: 'BAIK',
    tidakMasuk: [],
    kompetensi: profil({ KOMUNIKASI: 4, PENGAMBILAN_KEPUTUSAN: 4 }),
  },
  {
    nip: '198602022011021002',
    nama: 'Budi',
    golongan: 'III/a',
    tmtPangkat: '2020-04-01',
    hasilKerja: 'SESUAI_EKSPEKTASI',
    perilakuKerja: 'SESUAI_EKSPEKTASI',
    predikat2024: 'BAIK',
    tidakMasuk: [],
    kompetensi: profil({ KOMUNIKASI: 2 }),
  },
  {
    nip: '198703032012031003',
    nama: 'Citra',
    golongan: 'III/c',
    tmtPangkat: '2021-10-01',
    hasilKerja: 'SESUAI_EKSPEKTASI',
    perilakuKerja: 'DI_ATAS_EKSPEKTASI',
    predikat2024: 'SANGAT_BAIK',
    tidakMasuk: [],
    kompetensi: profil({ INTEGRITAS: 4 }),
  },
  {
    nip: '198804042013041004',
    nama: 'Dedi',
    golongan: 'III/a',
    tmtPangkat: '2022-04-01',
    hasilKerja: 'DI_BAWAH_EKSPEKTASI',
    perilakuKerja: 'SESUAI_EKSPEKTASI',
    predikat2024: 'BAIK',
    tidakMasuk: ['2025-03-03', '2025-03-04', '2025-03-05'],
    kompetensi: profil({ ORIENTASI_PADA_HASIL: 2, PELAYANAN_PUBLIK: 2 }),
  },
  {
    nip: '198905052014051005',
    nama: 'Eka',
    golongan: 'III/b',
    tmtPangkat: '2021-04-01',
    hasilKerja: 'SESUAI_EKSPEKTASI',
    perilakuKerja: 'DI_BAWAH_EKSPEKTASI',
    predikat2024: 'BAIK',
    tidakMasuk: [],
    kompetensi: profil({ INTEGRITAS: 2 }),
  },
];

export function annualCycle(unit: readonly Pegawai[] = UNIT) {
  // 1. Annual appraisal 2025 (PermenPANRB 6/2022): predikat per employee.
  const predikat = new Map(unit.map((p) => [p.nip, predikatKinerja({ hasilKerja: p.hasilKerja, perilakuKerja: p.perilakuKerja })]));

  // 2. Distribution check for the unit, whose organisation predikat is Baik.
  const jumlah = Object.fromEntries(PREDIKAT.map((x) => [x, 0])) as Record<Predikat, number>;
  for (const d of predikat.values()) jumlah[d.value] += 1;
  const distribusi = kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah });

  // 3. Kenaikan pangkat reguler for the first period of 2026 (appraisals 2024 and 2025).
  const kp = new Map(
    unit.map((p) => [
      p.nip,
      kenaikanPangkatReguler(
        {
          golongan: p.golongan,
          tmtPangkat: p.tmtPangkat,
          ijazah: 'S1',
          riwayatPenilaian: [
            { tahun: 2024, predikat: p.predikat2024 },
            { tahun: 2025, predikat: predikat.get(p.nip)!.value },
          ],
        },
        { asOf: '2026-01-02' },
      ),
    ]),
  );

  // 4. Angka kredit of a JF Ahli Pertama over 2024–2025.
  const ak = akumulasiAngkaKredit({
    jenjang: 'AHLI_PERTAMA',
    golongan: 'III/a',
    periode: [
      { dari: '2024-01-01', sampai: '2024-12-31', predikat: 'BAIK' },
      { dari: '2025-01-01', sampai: '2025-12-31', predikat: predikat.get(unit[1]!.nip)!.value },
    ],
  });

  // 5. Discipline: each employee's unexcused absence in 2025.
  const disiplin = new Map(unit.map((p) => [p.nip, rekapKetidakhadiran({ tahun: 2025, tidakMasuk: p.tidakMasuk })]));

  // 6. Talent box from the 2025 predikat and a potential level.
  const talenta = new Map(
    unit.map((p, i) => [
      p.nip,
      kotakTalenta({
        kinerja: predikat.get(p.nip)!.value,
        potensial: (['TINGGI', 'MENENGAH', 'TINGGI', 'RENDAH', 'MENENGAH'] as const)[i]!,
      }),
    ]),
  );

  // 7. Placement: two administrator posts, candidates by Job Person Match.
  const formasi = [{ id: 'KASUBBAG_UMUM' }, { id: 'KASUBBAG_KEUANGAN' }];
  const jpm = unit.map((p) => jobPersonMatch({ standar: STANDAR, aktual: p.kompetensi }, { skema: 'PENGISIAN_JABATAN' }));
  const penempatan = penempatanOptimal({
    kandidat: unit.map((p) => ({ id: p.nip })),
    formasi,
    // The second post weighs integrity more: JPM plus 5 points per integrity level above standard.
    kecocokan: unit.map((p, i) => [
      Number(jpm[i]!.value.persenTanpaBatasDisplay),
      Number(jpm[i]!.value.persenTanpaBatasDisplay) + 5 * ((p.kompetensi.INTEGRITAS ?? 3) - 3),
    ]),
  });

  return { predikat, distribusi, kp, ak, disiplin, talenta, jpm, penempatan };
}

// Printed when run directly.
if (import.meta.url === `file://${process.argv[1]}`) {
  const r = annualCycle();
  for (const p of UNIT) {
    console.log(
      `${p.nama.padEnd(6)} predikat ${r.predikat.get(p.nip)!.value.padEnd(16)} KP ${r.kp.get(p.nip)!.value.memenuhiSyarat ? `→ ${r.kp.get(p.nip)!.value.golonganBaru} on ${r.kp.get(p.nip)!.value.tmt}` : 'not yet'.padEnd(20)}  box ${r.talenta.get(p.nip)!.value.kotak}  hukuman ${r.disiplin.get(p.nip)!.value.hukuman ?? '—'}`,
    );
  }
  for (const line of explain(r.distribusi, 'en')) console.log(line);
  for (const line of explain(r.penempatan, 'en')) console.log(line);
}
