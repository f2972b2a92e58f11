import { deepFreeze } from '../../core/freeze.js';
import type { RuleTable } from '../../core/rule.js';
import { DAMPAK, TINGKAT_HUKUMAN, type TingkatHukuman } from '../types.js';
import { type AturanTingkat, JABATAN_PELAKU, KETENTUAN_DISIPLIN, KODE_KETENTUAN, type KodeKetentuan } from './ketentuan-disiplin.js';
import { pasalSanksi, PRESET_TINGKAT_IKUT_KAMPANYE, tingkatMenurutDampak } from './pelanggaran.js';

/** One cell of the matrix: the tingkat and the Pasal that sets it. */
const sel = (kode: KodeKetentuan, tingkat: TingkatHukuman, tanda = '') =>
  `${tingkat}${tanda} (${pasalSanksi(kode, tingkat) ?? 'pasal belum ditemukan'})`;

function barisTabel(kode: KodeKetentuan): string[] {
  const kt = KETENTUAN_DISIPLIN[kode];
  const a: AturanTingkat = kt.aturan;
  const kepala = [kode, kt.pasal, kt.uraian];
  switch (a.jenis) {
    case 'DAMPAK':
      return [
        ...kepala,
        ...DAMPAK.map((d) => {
          const t = tingkatMenurutDampak(a.tingkat, d);
          return sel(kode, t.tingkat, t.terdekat === null ? '' : '*');
        }),
        'menurut dampak / by impact',
      ];
    case 'TETAP':
      return [...kepala, ...DAMPAK.map(() => sel(kode, a.tingkat)), a.syarat ?? 'tanpa syarat dampak / no impact condition'];
    case 'JABATAN': {
      const menurutJabatan = TINGKAT_HUKUMAN.flatMap((t) => {
        const jabatan = JABATAN_PELAKU.filter((j) => a.tingkat[j] === t);
        return jabatan.length === 0 ? [] : [`${jabatan.join(', ')}: ${sel(kode, t)}`];
      }).join('; ');
      return [...kepala, ...DAMPAK.map(() => menurutJabatan), 'jabatan / position'];
    }
    case 'PENGATURAN':
      return [...kepala, ...DAMPAK.map(() => sel(kode, PRESET_TINGKAT_IKUT_KAMPANYE, '†')), `pengaturan ${a.setting} [U]`];
  }
}

/**
 * The violation matrix as the rule pages show it: every ketentuan with its words, the tingkat per dampak and
 * the Pasal that sets it, built from {@link KETENTUAN_DISIPLIN} by the functions the rules decide with.
 */
export const TABEL_KETENTUAN_DISIPLIN: RuleTable = deepFreeze({
  title: {
    id: 'Matriks pelanggaran PP 94/2021: ketentuan yang dilanggar (Pasal 3–5, dengan bunyinya) × dampak → tingkat hukuman (Pasal 9–14 yang menetapkannya). * dampak tidak tercantum: tingkat dampak tercantum terdekat (pengaturan dampakTidakTercantum; TOLAK menolak). † tidak tercantum untuk dampak mana pun: preset pengaturan tingkatIkutKampanye [U] (TOLAK menolak).',
    en: 'PP 94/2021 violation matrix: the duty or prohibition breached (Articles 3–5, in its words) × impact → penalty level (the Article 9–14 that sets it). * impact not listed: the level of the nearest listed impact (setting dampakTidakTercantum; TOLAK refuses). † listed for no impact: preset of the setting tingkatIkutKampanye [U] (TOLAK refuses).',
  },
  columns: ['ketentuan', 'Pasal', 'uraian (PP 94/2021)', ...DAMPAK.map((d) => `dampak ${d}`), 'syarat / condition'],
  rows: KODE_KETENTUAN.map(barisTabel),
});
