import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { akumulasiAngkaKredit, kenaikanPangkatReguler, promotionMessages } from '../../src/promotion/index.js';
import { arbKpReguler } from './arbitraries.js';
import { expectExplained, placeholders } from './explained.js';

describe('promotion messages', () => {
  it('have both languages with the same placeholders', () => {
    for (const [code, m] of Object.entries(promotionMessages.messages)) {
      expect(placeholders(m.id), code).toEqual(placeholders(m.en));
    }
  });

  it('explain every reason kenaikanPangkatReguler can give', () => {
    fc.assert(
      fc.property(arbKpReguler, fc.boolean(), (g, hukuman) => {
        const d = kenaikanPangkatReguler(
          {
            golongan: g.golongan,
            tmtPangkat: g.tmtPangkat,
            ijazah: g.ijazah,
            golonganAtasan: g.golonganAtasan,
            ujianDinas: g.ujianDinas,
            riwayatPenilaian: [{ tahun: Number(g.asOf.slice(0, 4)) - 1, predikat: g.p1 }],
            riwayatHukuman: hukuman ? [{ jenis: 'PENURUNAN_JABATAN', tmt: g.tmtPangkat }] : [],
          },
          { asOf: g.asOf, tingkatHukumanMenghalangi: hukuman ? ['BERAT'] : [] },
        );
        expectExplained(d);
      }),
      { numRuns: 200 },
    );
  });

  it('explain every reason akumulasiAngkaKredit can give', () => {
    for (const [jenjang, golongan, akDasar] of [
      ['AHLI_PERTAMA', 'III/b', 200], ['AHLI_PERTAMA', 'III/a', 0], ['AHLI_UTAMA', 'IV/e', 0], ['PENYELIA', 'III/d', 0],
    ] as const) {
      expectExplained(akumulasiAngkaKredit({ jenjang, golongan, akDasar }));
      expectExplained(akumulasiAngkaKredit({ jenjang, golongan, akDasar, periode: [{ dari: '2024-01-01', sampai: '2024-12-31', predikat: 'BAIK' }] }));
    }
    // The projection clamped: past the calendar's end, and longer than a working life.
    const late = akumulasiAngkaKredit({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', periode: [{ dari: '2999-01-01', sampai: '2999-12-31', predikat: 'BAIK' }] });
    expect(late.reasons.at(-1)!.code).toBe('promotion.akumulasiAngkaKredit.kekuranganMelampauiKalender');
    expectExplained(late);
    const slow = akumulasiAngkaKredit(
      { jenjang: 'PENYELIA', golongan: 'III/c', periode: [{ dari: '2024-01-01', sampai: '2024-12-31', predikat: 'SANGAT_KURANG' }] },
      { koefisienKeterampilan: { PENYELIA: 1 } },
    );
    expect(slow.reasons.at(-1)!.code).toBe('promotion.akumulasiAngkaKredit.kekuranganMelampauiMasaKerja');
    expectExplained(slow);
  });
});
