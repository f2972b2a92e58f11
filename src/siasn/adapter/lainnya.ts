/** Adapters of KGB, BUP, Satyalancana Karya Satya and efek hukuman read from SIASN. */
import { efekHukumanRule } from '../../discipline/efek-hukuman.js';
import { batasUsiaPensiunRule, BUP_JABATAN } from '../../promotion/batas-usia-pensiun.js';
import { kenaikanGajiBerkalaRule } from '../../promotion/kenaikan-gaji-berkala.js';
import type { KelasSlks } from '../../rewards/satyalancana-karya-satya.js';
import { satyalancanaKaryaSatyaRule } from '../../rewards/satyalancana-karya-satya.js';
import type { SiasnPegawai } from '../pegawai.js';
import { REFERENSI_PENGHARGAAN_SLKS } from '../referensi/kinerja.js';
import { barisUntuk } from '../referensi/tabel.js';
import { defineAdapter, type GapList } from './define.js';
import { catatKedudukan, golonganAwal, tanggalLahir, tmtCpns } from './golongan.js';
import { riwayatHukuman } from './hukuman.js';
import { jabatanSekarang } from './jabatan.js';
import { penilaianTerakhir } from './penilaian.js';

/** KGB: TMT CPNS, golongan at appointment, the latest predikat; the last KGB is not in the SIASN riwayat read. */
export const kenaikanGajiBerkalaSiasn = /* @__PURE__ */ defineAdapter({
  rule: kenaikanGajiBerkalaRule,
  riwayat: [],
  asOfOption: false,
  derive(p, context, gaps) {
    const cpns = tmtCpns(p, gaps);
    const awal = golonganAwal(p, gaps);
    const terakhir = penilaianTerakhir(p, context.asOf, gaps);
    catatKedudukan(p, 'tmtCpns', gaps);
    gaps.add('tmtKgbTerakhir', [], 'not-in-siasn', true, {
      en: 'the TMT of the last KGB is not in the SIASN riwayat read: supply tmtKgbTerakhir (undefined for the first KGB)',
      id: 'TMT KGB terakhir tidak ada dalam riwayat SIASN yang dibaca: isi tmtKgbTerakhir (undefined untuk KGB pertama)',
    });
    return {
      ...(cpns ? { tmtCpns: cpns } : {}),
      ...(awal ? { golonganPengangkatan: awal } : {}),
      ...(terakhir ? { predikat: terakhir.predikat } : {}),
    };
  },
});

/** BUP: birth date and jabatan kind; SIASN's own `bupPensiun` is compared with the rule's table. */
export const batasUsiaPensiunSiasn = /* @__PURE__ */ defineAdapter({
  rule: batasUsiaPensiunRule,
  riwayat: [],
  asOfOption: false,
  derive(p, _context, gaps) {
    const lahir = tanggalLahir(p, gaps);
    const jabatan = jabatanSekarang(p, 'jabatan', gaps);
    const bupSiasn = p.dataUtama.bupPensiun;
    if (jabatan && bupSiasn !== null && bupSiasn !== undefined && bupSiasn !== BUP_JABATAN[jabatan].bup) {
      gaps.add('options.bupKhusus', ['dataUtama.bupPensiun'], 'ambiguous', true, {
        en: `SIASN applies BUP ${bupSiasn}, the table gives ${BUP_JABATAN[jabatan].bup} for ${jabatan}: a JF with its own Undang-Undang? set options.bupKhusus`,
        id: `SIASN menerapkan BUP ${bupSiasn}, tabel memberi ${BUP_JABATAN[jabatan].bup} untuk ${jabatan}: JF dengan undang-undang sendiri? isi options.bupKhusus`,
      });
    }
    return { ...(lahir ? { tanggalLahir: lahir } : {}), ...(jabatan ? { jabatan } : {}) };
  },
});

/** Classes held, from rw-penghargaan (other awards are not read). */
function kelasDimiliki(p: SiasnPegawai): KelasSlks[] {
  const found = new Set<KelasSlks>();
  for (const row of p.riwayat.penghargaan) {
    const kelas = row.hargaId ? barisUntuk(REFERENSI_PENGHARGAAN_SLKS, row.hargaId)?.nilai : undefined;
    if (kelas) found.add(kelas);
  }
  return [...found].sort();
}

/** CLTN periods from rw-cltn: `tanggalAwal` to `tanggalAkhir` (or `tanggalAktif`, the return to duty). */
function cltn(p: SiasnPegawai, gaps: GapList): { mulai: string; selesai?: string }[] {
  const out: { mulai: string; selesai?: string }[] = [];
  p.riwayat.cltn.forEach((row, i) => {
    if (!row.tanggalAwal) {
      gaps.add('cltn', [`riwayat.cltn[${i}].tanggalAwal`], 'missing', true, {
        en: 'a CLTN row has no tanggalAwal',
        id: 'baris CLTN tanpa tanggalAwal',
      });
      return;
    }
    const selesai = row.tanggalAkhir ?? row.tanggalAktif ?? undefined;
    out.push({ mulai: row.tanggalAwal, ...(selesai ? { selesai } : {}) });
  });
  const kedudukan = p.dataUtama.kedudukanPnsId;
  if (out.length === 0 && kedudukan && ['2', '02', '13'].includes(kedudukan)) {
    gaps.add('cltn', ['dataUtama.kedudukanPnsId', 'riwayat.cltn'], 'ambiguous', true, {
      en: `kedudukan ${kedudukan} is CLTN but rw-cltn is empty`,
      id: `kedudukan ${kedudukan} adalah CLTN tetapi rw-cltn kosong`,
    });
  }
  return out;
}

/** Satyalancana Karya Satya: TMT CPNS, hukuman, CLTN, classes already held. */
export const satyalancanaKaryaSatyaSiasn = /* @__PURE__ */ defineAdapter({
  rule: satyalancanaKaryaSatyaRule,
  riwayat: ['hukdis', 'cltn', 'penghargaan'],
  asOfOption: true,
  derive(p, _context, gaps) {
    const cpns = tmtCpns(p, gaps);
    return {
      ...(cpns ? { tmtCpns: cpns } : {}),
      riwayatHukuman: riwayatHukuman(p, 'riwayatHukuman', gaps),
      cltn: cltn(p, gaps),
      kelasDimiliki: kelasDimiliki(p),
    };
  },
});

/** Efek hukuman on the decision date: the hukuman of the record. */
export const efekHukumanSiasn = /* @__PURE__ */ defineAdapter({
  rule: efekHukumanRule,
  riwayat: ['hukdis'],
  asOfOption: false,
  derive(p, context, gaps) {
    return { riwayat: riwayatHukuman(p, 'riwayat', gaps), tanggal: context.asOf };
  },
});
