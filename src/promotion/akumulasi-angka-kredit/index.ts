import { formatFixed, Decimal, toPlainString } from '../../core/decimal.js';
import { type Citation, decision, type Reason } from '../../core/decision.js';
import { deepFreeze } from '../../core/freeze.js';
import { reasonsOf } from '../../core/messages.js';
import { defineRule, type RuleOptionsOf, type RuleOutputOf } from '../../core/rule.js';
import { formulaTable, recordTable } from '../../core/tables.js';
import { JENJANG_JABATAN_FUNGSIONAL, koefisienTahunan } from '../_bersama/jenjang-jf.js';
import {
  BULAN_SETAHUN,
  CITATIONS_AK_PENDIDIKAN,
  CITATIONS_AKK,
  CITATIONS_KONVERSI,
  CITATIONS_MEKANISME_AKK,
  DESIMAL_TAMPILAN_AK,
  PERSENTASE_PREDIKAT_AK,
  tabelPersentasePredikat,
} from '../_bersama/konversi-angka-kredit.js';
import { TANGGAL_TERAKHIR } from '../_bersama/invariants.js';
import { golonganBerikutnya } from '../types.js';
import { CATATAN_AKUMULASI_ANGKA_KREDIT, CONTOH_AKUMULASI_ANGKA_KREDIT } from './contoh.js';
import { akPendidikan, BULAN_MASA_KERJA_MAKSIMAL, konversiPeriode, PERSEN_AK_PENDIDIKAN, proyeksiKekurangan } from './hitung.js';
import type { AKUMULASI_ANGKA_KREDIT_MESSAGES } from './messages.js';
import {
  type AkumulasiAngkaKredit,
  akumulasiAngkaKreditInput,
  akumulasiAngkaKreditOptions,
  akumulasiAngkaKreditOutput,
  type KenaikanDidahulukan,
} from './schema.js';

export const AKUMULASI_ANGKA_KREDIT_RULE_ID = 'promotion.akumulasiAngkaKredit';
const alasan = reasonsOf<typeof AKUMULASI_ANGKA_KREDIT_MESSAGES>(AKUMULASI_ANGKA_KREDIT_RULE_ID);

/** The projection stops at a working life: appointed at 18 at the earliest (PP 11/2017 Pasal 23 ayat (1) huruf a). */
const CITATIONS_MASA_KERJA: Citation[] = deepFreeze([{ regulation: 'PP_11_2017', article: 'Pasal 23 ayat (1) huruf a' }]);

/** The sum: AK converted and accumulated (Peraturan BKN 3/2023 Pasal 12 ayat (7)), with AK pendidikan (PermenPANRB 1/2023 Pasal 37 ayat (2)). */
const CITATIONS_JUMLAH: Citation[] = deepFreeze([...CITATIONS_AKK, ...CITATIONS_AK_PENDIDIKAN]);

const ak = (x: Decimal) => formatFixed(x, DESIMAL_TAMPILAN_AK);

export const akumulasiAngkaKreditRule = defineRule({
  id: AKUMULASI_ANGKA_KREDIT_RULE_ID,
  domain: 'promotion',
  title: { id: 'Akumulasi angka kredit jabatan fungsional', en: 'Accumulated credit points of a functional position' },
  description: {
    id: 'Angka kredit kumulatif dari periode penilaian (konversi predikat) ditambah AK dasar, AK JF lama, AK penyesuaian, kelebihan AK dan AK peningkatan pendidikan (25 % AKK kenaikan pangkat, sekali); dibandingkan dengan AKK kenaikan pangkat dan kenaikan jenjang; kenaikan jenjang didahulukan bila keduanya terpenuhi; kekurangan dan bulan paling cepat terpenuhi.',
    en: 'Cumulative credit points from appraisal periods (rating conversion) plus base, legacy, adjustment, carried-over and education credit (25 % of the promotion AKK, once); compared with the AKK for promotion and for grade advancement; grade advancement first when both are met; the shortfall and the earliest month it is covered.',
  },
  citations: CITATIONS_JUMLAH,
  tables: [
    formulaTable({ id: 'Langkah perhitungan', en: 'Calculation steps' }, [
      ['akKonversi', 'Σ periode: bulan / 12 × persentase predikat / 100 × koefisien tahunan jenjang', CITATIONS_KONVERSI],
      [
        'akPendidikan',
        `${PERSEN_AK_PENDIDIKAN} % × AKK kenaikan pangkat jenjang (sekali, bila peningkatanPendidikan)`,
        CITATIONS_AK_PENDIDIKAN,
      ],
      ['akk', 'akDasar + akJfLama + akPenyesuaian + akKelebihan + akPendidikan + akKonversi', CITATIONS_JUMLAH],
      ['memenuhiKenaikanPangkat', 'akk ≥ AKK kenaikan pangkat jenjang (tidak ada pada golongan puncak jenjang puncak)', CITATIONS_AKK],
      ['akkJenjang', 'golongan yang telah dilalui dalam jenjang × AKK kenaikan pangkat + akk', CITATIONS_AKK],
      ['memenuhiKenaikanJenjang', 'akkJenjang ≥ AKK kenaikan jenjang (tidak ada pada jenjang puncak)', CITATIONS_AKK],
      ['didahulukan', 'KENAIKAN_JENJANG bila keduanya terpenuhi, lalu KENAIKAN_PANGKAT dengan AK yang sama', CITATIONS_MEKANISME_AKK],
      [
        'kelebihan / kekurangan',
        'akk − AKK kenaikan pangkat (kelebihan dibawa ke KP berikutnya dalam jenjang)',
        [...CITATIONS_AKK, ...CITATIONS_MEKANISME_AKK],
      ],
      ['bulanKekurangan', '⌈kekurangan / (1/12 × persentase predikatProyeksi / 100 × koefisien)⌉', CITATIONS_KONVERSI],
      [
        'tanggalPalingCepat',
        `akhir bulan ke-bulanKekurangan setelah periode terakhir (tidak ada bila > ${BULAN_MASA_KERJA_MAKSIMAL} bulan)`,
        CITATIONS_MASA_KERJA,
      ],
    ]),
    recordTable(
      { id: 'AKK kenaikan pangkat dan kenaikan jenjang per jenjang', en: 'AKK for promotion and grade advancement per grade' },
      JENJANG_JABATAN_FUNGSIONAL,
      ['jenjang', 'golongan', 'koefisien', 'AKK kenaikan pangkat', 'AKK kenaikan jenjang', 'jenjang berikutnya'],
      (info) => [info.golongan.join(', '), info.koefisien, info.akkKenaikanPangkat, info.akkKenaikanJenjang, info.jenjangBerikutnya],
      () => CITATIONS_AKK,
    ),
    tabelPersentasePredikat(),
  ],
  input: akumulasiAngkaKreditInput,
  options: akumulasiAngkaKreditOptions,
  output: akumulasiAngkaKreditOutput,
  examples: CONTOH_AKUMULASI_ANGKA_KREDIT,
  notes: CATATAN_AKUMULASI_ANGKA_KREDIT,
  evaluate(x, o) {
    const info = JENJANG_JABATAN_FUNGSIONAL[x.jenjang];
    const reasons: Reason[] = [];
    const periode = [...x.periode].sort((a, b) => (a.dari < b.dari ? -1 : 1));

    // Conversion of each period.
    const konversi = konversiPeriode(periode, x.jenjang, o.koefisienKeterampilan, o.pembulatanPerPeriode);
    for (const k of konversi.rincian) {
      reasons.push(
        alasan('periode', 'INFO', CITATIONS_KONVERSI, {
          dari: k.periode.dari,
          sampai: k.periode.sampai,
          bulan: k.bulan,
          predikat: k.periode.predikat,
          persentase: PERSENTASE_PREDIKAT_AK[k.periode.predikat],
          jenjang: k.jenjang,
          koefisien: toPlainString(k.koefisien),
          angkaKredit: ak(k.ak),
        }),
      );
    }
    // Everything is compared in twelfths, so thresholds and shortfalls are exact.
    const akKonversi12 = konversi.akKonversi12;
    const akKonversi = akKonversi12.dividedBy(BULAN_SETAHUN);
    const akkKp = new Decimal(info.akkKenaikanPangkat);
    const pendidikan = akPendidikan(akkKp, x.peningkatanPendidikan);
    const akLain = x.akDasar.plus(x.akJfLama).plus(x.akPenyesuaian).plus(x.akKelebihan).plus(pendidikan);
    const akk12 = akLain.times(BULAN_SETAHUN).plus(akKonversi12);
    const akk = akk12.dividedBy(BULAN_SETAHUN);
    reasons.push(
      alasan('jumlah', 'INFO', CITATIONS_JUMLAH, {
        akDasar: toPlainString(x.akDasar),
        akJfLama: toPlainString(x.akJfLama),
        akPenyesuaian: toPlainString(x.akPenyesuaian),
        akKelebihan: toPlainString(x.akKelebihan),
        akPendidikan: ak(pendidikan),
        akKonversi: ak(akKonversi),
        akk: ak(akk),
      }),
    );

    // Kenaikan pangkat: possible unless at the top golongan of the top jenjang.
    const posisi = info.golongan.indexOf(x.golongan);
    const puncak = info.jenjangBerikutnya === null && posisi === info.golongan.length - 1;
    const memenuhiKp = !puncak && akk12.greaterThanOrEqualTo(akkKp.times(BULAN_SETAHUN));
    if (puncak) {
      reasons.push(alasan('pangkatPuncakJenjang', 'INFO', CITATIONS_AKK, { jenjang: x.jenjang, golongan: x.golongan }));
    } else {
      reasons.push(
        alasan('kenaikanPangkat', memenuhiKp ? 'PASS' : 'FAIL', CITATIONS_AKK, {
          golongan: x.golongan,
          golonganTujuan: golonganBerikutnya(x.golongan),
          akk: ak(akk),
          kebutuhan: toPlainString(akkKp),
        }),
      );
    }

    // Kenaikan jenjang: AKK in the jenjang = golongan passed × KP threshold + AKK.
    const akkJenjang12 = akkKp.times(posisi).times(BULAN_SETAHUN).plus(akk12);
    const akkJenjang = akkJenjang12.dividedBy(BULAN_SETAHUN);
    const akkKj = info.akkKenaikanJenjang === null ? null : new Decimal(info.akkKenaikanJenjang);
    const memenuhiKj = akkKj !== null && akkJenjang12.greaterThanOrEqualTo(akkKj.times(BULAN_SETAHUN));
    if (akkKj === null) {
      reasons.push(alasan('jenjangPuncak', 'INFO', CITATIONS_AKK, { jenjang: x.jenjang }));
    } else {
      reasons.push(
        alasan('kenaikanJenjang', memenuhiKj ? 'PASS' : 'FAIL', CITATIONS_AKK, {
          jenjang: x.jenjang,
          jenjangBerikutnya: info.jenjangBerikutnya,
          akkJenjang: ak(akkJenjang),
          kebutuhan: toPlainString(akkKj),
        }),
      );
    }
    const didahulukan: KenaikanDidahulukan | null = memenuhiKj ? 'KENAIKAN_JENJANG' : memenuhiKp ? 'KENAIKAN_PANGKAT' : null;
    if (memenuhiKj && memenuhiKp) reasons.push(alasan('jenjangDidahulukan', 'INFO', CITATIONS_MEKANISME_AKK, { jenjang: x.jenjang }));

    // Excess or shortfall, and the earliest month at the projected predikat.
    let kelebihan: Decimal | null = null;
    let kekurangan: Decimal | null = null;
    let bulanKekurangan: number | null = null;
    let tanggalPalingCepat: string | null = null;
    if (memenuhiKp) {
      kelebihan = akk12.minus(akkKp.times(BULAN_SETAHUN)).dividedBy(BULAN_SETAHUN);
      reasons.push(alasan('kelebihan', 'INFO', CITATIONS_MEKANISME_AKK, { kelebihan: ak(kelebihan) }));
    } else if (!puncak) {
      const kekurangan12 = akkKp.times(BULAN_SETAHUN).minus(akk12);
      kekurangan = kekurangan12.dividedBy(BULAN_SETAHUN);
      const terakhir = periode[periode.length - 1];
      const predikat = o.predikatProyeksi ?? terakhir?.predikat;
      if (predikat !== undefined) {
        const koefisien = koefisienTahunan(x.jenjang, o.koefisienKeterampilan);
        const p = proyeksiKekurangan(kekurangan12, predikat, koefisien, terakhir?.sampai);
        bulanKekurangan = p.bulan;
        const shown = { kekurangan: ak(kekurangan), predikat, bulan: p.bulan };
        if (p.hasil === 'MELAMPAUI_MASA_KERJA') {
          reasons.push(
            alasan('kekuranganMelampauiMasaKerja', 'INFO', CITATIONS_MASA_KERJA, { ...shown, maksimal: BULAN_MASA_KERJA_MAKSIMAL }),
          );
        } else if (p.hasil === 'MELAMPAUI_KALENDER') {
          reasons.push(alasan('kekuranganMelampauiKalender', 'INFO', CITATIONS_KONVERSI, { ...shown, batas: TANGGAL_TERAKHIR }));
        } else {
          tanggalPalingCepat = p.tanggal;
          reasons.push(alasan('kekurangan', 'INFO', CITATIONS_KONVERSI, { ...shown, tanggal: p.tanggal ?? '—' }));
        }
      } else {
        reasons.push(alasan('kekuranganTanpaProyeksi', 'INFO', CITATIONS_AKK, { kekurangan: ak(kekurangan) }));
      }
    }

    const value: AkumulasiAngkaKredit = {
      akk: toPlainString(akk),
      akkDisplay: ak(akk),
      akKonversi: toPlainString(akKonversi),
      kebutuhanKenaikanPangkat: puncak ? null : toPlainString(akkKp),
      kebutuhanKenaikanJenjang: akkKj === null ? null : toPlainString(akkKj),
      akkJenjang: toPlainString(akkJenjang),
      memenuhiKenaikanPangkat: memenuhiKp,
      memenuhiKenaikanJenjang: memenuhiKj,
      didahulukan,
      kelebihan: kelebihan === null ? null : toPlainString(kelebihan),
      kekurangan: kekurangan === null ? null : toPlainString(kekurangan),
      bulanKekurangan,
      tanggalPalingCepat,
    };
    return decision(value, reasons);
  },
});

/**
 * Angka kredit kumulatif of a PNS in a jabatan fungsional (PermenPANRB 1/2023; Peraturan BKN 3/2023), with
 * the KP and KJ thresholds, the carried-over excess and the remaining shortfall.
 *
 * @example
 * akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [
 *   { dari: '2023-01-01', sampai: '2023-12-31', predikat: 'SANGAT_BAIK' },
 *   { dari: '2024-01-01', sampai: '2024-02-29', predikat: 'BAIK' } ] }).value.akkDisplay // '20.83'
 */
export const akumulasiAngkaKredit = akumulasiAngkaKreditRule.run;

/** Options of {@link akumulasiAngkaKredit}. */
export type AkumulasiAngkaKreditOptions = RuleOptionsOf<typeof akumulasiAngkaKreditRule>;
/** The value of {@link akumulasiAngkaKredit}'s decision. */
export type AkumulasiAngkaKreditOutput = RuleOutputOf<typeof akumulasiAngkaKreditRule>;

export {
  type AkumulasiAngkaKredit,
  akumulasiAngkaKreditInput,
  type AkumulasiAngkaKreditInput,
  akumulasiAngkaKreditOptions,
  akumulasiAngkaKreditOutput,
  KENAIKAN_DIDAHULUKAN,
  type KenaikanDidahulukan,
  type PeriodeAngkaKredit,
  periodeAngkaKreditSchema,
} from './schema.js';
