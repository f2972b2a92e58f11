import type { Citation } from '../../core/decision.js';
import { toPlainString } from '../../core/decimal.js';
import { formatCitation } from '../../core/explain.js';
import type { RuleTable } from '../../core/rule.js';
import { formulaTable } from '../../core/tables.js';
import { HUKUMAN, JENIS_HUKUMAN } from '../../discipline/types.js';
import { PREDIKAT } from '../../performance/types.js';
import { cakupanJadwal, potonganTanpaRekam } from './cakupan.js';
import { BERTURUT_TURUT_DITANYAKAN, SERATUS_PERSEN } from './hitung.js';
import { type JadwalPotongan, jadwalPotonganSchema, namaKutipan, POTONGAN_HUKUMAN_SEDANG_PP94 } from './jadwal.js';
import { KMK_5_2022_HUKUMAN, NAMA_PRESET_JADWAL, PERMENTAN_68_2012_TABEL, PRESET_JADWAL_POTONGAN } from './presets.js';
import { SEBAB_POTONGAN, type SebabPotongan } from './sebab.js';

const DI_LUAR = 'di luar cakupan — TOLAK: ditolak; CADANGAN: nilai ini, dengan alasan diLuarCakupan';

function citations(cs: readonly Citation[] | undefined): string {
  return cs && cs.length > 0 ? cs.map((c) => formatCitation(c)).join('; ') : '—';
}

/** Minutes a ladder step covers: "31–60 menit", the last one open ("> 90 menit"). */
function ladderRows(tangga: JadwalPotongan['terlambat']): [string, string][] {
  const rows: [string, string][] = [];
  const first = tangga[0];
  if (first && first.lebihDariMenit > 0) {
    rows.push([first.lebihDariMenit === 1 ? '1 menit' : `1–${first.lebihDariMenit} menit`, '0']);
  }
  tangga.forEach((s, i) => {
    const next = tangga[i + 1];
    const from = s.lebihDariMenit + 1;
    const range = next
      ? next.lebihDariMenit === from
        ? `${from} menit`
        : `${from}–${next.lebihDariMenit} menit`
      : `> ${s.lebihDariMenit} menit`;
    rows.push([range, toPlainString(s.persen)]);
  });
  return rows;
}

/** The rows of one schedule: cause, condition, cut, duration, basis. Generated from the schedule the rule decides by. */
export function barisJadwal(j: JadwalPotongan): string[][] {
  const cakupan = cakupanJadwal(j);
  const rows: string[][] = [];
  const basis = (s: SebabPotongan) => (cakupan[s] ? citations(cakupan[s]) : DI_LUAR);
  for (const s of SEBAB_POTONGAN) {
    switch (s) {
      case 'TERLAMBAT':
      case 'PULANG_CEPAT': {
        const tangga = s === 'TERLAMBAT' ? j.terlambat : j.pulangCepat;
        if (tangga.length === 0) rows.push([s, cakupan[s] ? 'tidak ada potongan' : 'tidak diatur', '0', 'per kejadian', basis(s)]);
        for (const [range, p] of ladderRows(tangga)) rows.push([s, range, p, 'per kejadian', basis(s)]);
        break;
      }
      case 'TANPA_REKAM_MASUK':
      case 'TANPA_REKAM_PULANG': {
        const t = potonganTanpaRekam(
          s === 'TANPA_REKAM_MASUK' ? j.tanpaRekamMasuk : j.tanpaRekamPulang,
          s === 'TANPA_REKAM_MASUK' ? j.terlambat : j.pulangCepat,
        );
        const cond = t.dari === 'ANAK_TANGGA_TERATAS' ? 'anak tangga teratas (bawaan pustaka, U)' : 'per hari tanpa rekam';
        rows.push([s, cond, toPlainString(t.persen), 'per hari', basis(s)]);
        break;
      }
      case 'TIDAK_MASUK':
        rows.push([s, 'per hari kerja tanpa alasan yang sah', toPlainString(j.tidakMasukPerHari), 'per hari', basis(s)]);
        break;
      case 'BERTURUT_TURUT':
        rows.push(
          j.berturutTurut
            ? [
                s,
                `≥ ${j.berturutTurut.minimalHari} hari kerja berturut-turut`,
                toPlainString(j.berturutTurut.persen),
                'bulan itu (menggantikan jumlah bila lebih besar)',
                basis(s),
              ]
            : [s, 'tidak diatur', '0', '—', basis(s)],
        );
        break;
      case 'HUKUMAN_RINGAN':
      case 'HUKUMAN_SEDANG':
      case 'HUKUMAN_BERAT': {
        const tingkat = s.slice('HUKUMAN_'.length);
        let any = false;
        for (const jenis of JENIS_HUKUMAN.filter((x) => HUKUMAN[x].tingkat === tingkat)) {
          const cut = j.hukuman[jenis];
          const sifat = j.hukumanMenurutSifat ? ' (menurut sifat pelanggaran)' : '';
          if (cut) {
            any = true;
            rows.push([
              s,
              `${jenis}${sifat}`,
              toPlainString(cut.persen),
              cut.bulan === null ? 'selama berlaku' : `${cut.bulan} bulan`,
              basis(s),
            ]);
          }
          if (tingkat === 'SEDANG' && j.hukumanSedangPp94) {
            any = true;
            rows.push([
              s,
              `${jenis} (hukuman itu sendiri; kecuali sedangMode INTERIM_KGB_KP_PANGKAT)`,
              POTONGAN_HUKUMAN_SEDANG_PP94.persen,
              `${HUKUMAN[jenis].durasiBulan} bulan`,
              'PP 94/2021 Pasal 8 ayat (3)',
            ]);
          }
        }
        if (!any) rows.push([s, cakupan[s] ? 'tidak ada potongan tunjangan' : 'tidak diatur', '0', '—', basis(s)]);
        break;
      }
      case 'PREDIKAT': {
        const listed = PREDIKAT.filter((p) => j.predikat[p] !== undefined);
        for (const p of listed) rows.push([s, p, toPlainString(j.predikat[p]!), 'bulan itu', basis(s)]);
        const rest = PREDIKAT.filter((p) => j.predikat[p] === undefined);
        if (rest.length > 0)
          rows.push([s, listed.length > 0 ? rest.join(', ') : 'tidak diatur', '0', listed.length > 0 ? 'bulan itu' : '—', basis(s)]);
        break;
      }
    }
  }
  if (j.hukumanMenurutSifat) {
    rows.push([
      'SIFAT_PELANGGARAN',
      'potongan karena hukuman hanya untuk pelanggaran NON_ADMINISTRATIF, atau ADMINISTRATIF dengan unsur INISIATIF_PRIBADI, KESENGAJAAN dan/atau BERULANG; ADMINISTRATIF tanpa unsur: tanpa potongan; tanpa keterangan: ditolak (potonganHukuman: SETIAP_HUKUMAN memotong semua)',
      '—',
      '—',
      citations(
        SEBAB_POTONGAN.filter((s) => s.startsWith('HUKUMAN_'))
          .flatMap((s) => cakupan[s] ?? [])
          .slice(0, 1),
      ),
    ]);
  }
  const cap = toPlainString(j.batasBulanan);
  rows.push([
    'BATAS_BULANAN',
    'jumlah semua sebab dalam sebulan (kumulatif)',
    cap,
    'bulan itu',
    cap === '100' ? 'potongan tidak dapat melebihi tunjangan (batas pustaka)' : citations(j.sumber),
  ]);
  return rows;
}

const PARSED = NAMA_PRESET_JADWAL.map((name) => [name, jadwalPotonganSchema.parse(PRESET_JADWAL_POTONGAN[name])] as const);

function masaBerlaku(j: JadwalPotongan): [string, string] {
  const m = j.masaBerlaku;
  if (!m) return ['—', '—'];
  const status = m.status === 'HISTORIS' ? `HISTORIS${m.pengganti ? `, diganti ${namaKutipan(m.pengganti)}` : ''}` : 'BERLAKU';
  return [status, `${m.mulai}–${m.sampai ?? ''}`];
}

/**
 * The monthly cap: no preset's text read states one. Cited on Permentan 68/2012, the one source read that speaks
 * of the month's sum ("kumulatif 1 bulan"), with what was searched.
 */
const BATAS_BULANAN_TIDAK_DITEMUKAN: Citation = {
  regulation: 'PERMENTAN_68_2012',
  unlocated:
    'No preset’s text read caps the month’s sum: the Permentan 68/2012 table counts cuts "kumulatif 1 bulan" without a cap, and the ' +
    'articles read of the other presets are silent; the 100 % cap is the library’s bound (a cut cannot exceed the allowance), as ' +
    'Peraturan Bapanas 23/2023 Pasal 10 ayat (3) states it for that agency ("paling banyak sebesar 100%").',
};

/** The rounding of the rupiah amount: no regulation read states one. Cited on PP 94/2021, the default preset's regulation. */
const PEMBULATAN_TIDAK_DITEMUKAN: Citation = {
  regulation: 'PP_94_2021',
  unlocated:
    'None of the presets’ texts read (PP 94/2021 Pasal 8, the Permentan 68/2012 table, Permendikdasmen 14/2025 Pasal 19, Peraturan ' +
    'BGN 4/2025 Pasal 15, the KMK 5/KMK.01/2022 pedoman as transcribed, Peraturan Bakamla 1/2023 Pasal 11) says how the rupiah ' +
    'cut is rounded; the setting pembulatanRupiah holds it (preset half up).',
};

/**
 * The steps of hitung.ts, in the order the rule takes them, with the presets that state each (the schedule decides
 * the numbers); the cap and the rounding, which no preset's text read states, cite what was searched.
 */
const LANGKAH = formulaTable({ id: 'Langkah perhitungan (hitung.ts)', en: 'Calculation steps (hitung.ts)' }, [
  [
    'potonganJamKerja',
    'Σ anak tangga terlambat + Σ anak tangga pulang cepat + hari tanpa rekam × potongan tanpa rekam (bawaan: anak tangga teratas sisi itu)',
    [PERMENTAN_68_2012_TABEL, { regulation: 'PERBAN_BGN_4_2025', article: 'Pasal 15' }],
  ],
  [
    'potonganTidakMasuk',
    'hariTidakMasuk × tidakMasukPerHari',
    [PERMENTAN_68_2012_TABEL, { regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19 ayat (1)' }],
  ],
  [
    'potonganHukuman',
    `potongan terbesar di antara hukuman yang masa potongannya mencakup bulan itu (jadwal instansi; hukuman sedang PP 94/2021: ${POTONGAN_HUKUMAN_SEDANG_PP94.persen} %)`,
    [{ regulation: 'PP_94_2021', article: 'Pasal 8 ayat (3)' }, KMK_5_2022_HUKUMAN],
  ],
  ['potonganPredikat', 'predikat[predikat kinerja periode itu]', { regulation: 'PERBAN_BAKAMLA_1_2023', article: 'Pasal 11' }],
  [
    'jumlahPotongan',
    `jumlah semua sebab; bila hariBerturutTurut ≥ berturutTurut.minimalHari (ditanyakan sejak ${BERTURUT_TURUT_DITANYAKAN} hari): maks(jumlah, berturutTurut.persen)`,
    { regulation: 'PERMENDIKDASMEN_14_2025', article: 'Pasal 19 ayat (2)' },
  ],
  [
    'batasBulanan',
    `min(jumlah, batasBulanan, ${SERATUS_PERSEN}): potongan tidak dapat melebihi tunjangan (batas pustaka)`,
    BATAS_BULANAN_TIDAK_DITEMUKAN,
  ],
  [
    'pembulatan',
    `tukin × persen / ${SERATUS_PERSEN}, dibulatkan ke rupiah penuh menurut pembulatanRupiah (tidak ada peraturan terbaca)`,
    PEMBULATAN_TIDAK_DITEMUKAN,
  ],
]);

/** The rule page's tables: the presets' coverage and status, each preset's cuts (from the preset data), then the calculation steps. */
export const TABEL_POTONGAN_TUKIN: RuleTable[] = [
  {
    title: {
      id: 'Jadwal bawaan: masa berlaku, sebab yang dicakup (dengan dasarnya) dan yang tidak (ditolak atau cadangan menurut sebabDiLuarCakupan)',
      en: 'Presets: period in force, the causes covered (with their basis) and not covered (refused or fallback by sebabDiLuarCakupan)',
    },
    columns: ['jadwal', 'nama', 'status', 'masa berlaku', 'mencakup', 'tidak mencakup'],
    rows: PARSED.map(([name, j]) => {
      const cakupan = cakupanJadwal(j);
      return [
        name,
        j.nama,
        ...masaBerlaku(j),
        SEBAB_POTONGAN.filter((s) => cakupan[s])
          .map((s) => `${s} (${citations(cakupan[s])})`)
          .join('; '),
        SEBAB_POTONGAN.filter((s) => !cakupan[s]).join(', ') || '—',
      ];
    }),
  },
  ...PARSED.map(([name, j]) => ({
    title: { id: `${name}: ${j.nama}`, en: `${name}: cuts by cause (% of the monthly tukin), from the preset data` },
    columns: ['sebab', 'ketentuan', 'potongan (%)', 'lama', 'dasar'],
    rows: barisJadwal(j),
  })),
  LANGKAH,
];
