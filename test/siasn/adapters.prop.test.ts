/**
 * Properties of every adapter on generated SIASN records: nothing in an input that the record does not
 * hold (no invented history entry), the record untouched, the same answer twice, and no failure but a
 * MeritInputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/index.js';
import { fromSiasn, REFERENSI_GOLONGAN, REFERENSI_JENIS_HUKUMAN, formatTanggalSiasn } from '../../src/siasn/index.js';
import { golonganRow, hukdisRow, pegawaiSiasn, skp22Row } from './fixtures.js';

const tanggal = fc
  .tuple(fc.integer({ min: 1995, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => formatTanggalSiasn(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
const bulanPertama = tanggal.map((t) => `01${t.slice(2)}`);
const kode = (n: number) => fc.integer({ min: 1, max: n }).map(String);

const hukdis = fc
  .tuple(fc.constantFrom(...REFERENSI_JENIS_HUKUMAN.baris.map((b) => b.id)), tanggal, fc.boolean())
  .map(([id, t, batal]) => hukdisRow(id, t, batal ? { skPembatalanNomor: 'SK/BATAL' } : {}));
const skp22 = fc
  .tuple(fc.integer({ min: 2019, max: 2026 }), kode(3), kode(3), fc.option(kode(5), { nil: null }))
  .map(([y, h, p, k]) => skp22Row(y, h, p, k));
const golongan = fc.tuple(fc.constantFrom(...REFERENSI_GOLONGAN.baris.map((b) => b.id)), bulanPertama).map(([id, t]) => golonganRow(id, t));
const penghargaan = fc
  .tuple(fc.constantFrom('201', '202', '203', '300', '204'), fc.integer({ min: 2000, max: 2025 }))
  .map(([h, y]) => ({ id: 'p', hargaId: h, tahun: String(y) }));
const cltn = tanggal.map((t) => ({ id: 'c', tanggalAwal: t, tanggalAkhir: null }));
const jabatan = fc
  .tuple(
    fc.constantFrom('1', '2', '4'),
    fc.constantFrom('31', '41', '99', ''),
    fc.constantFrom('Analis Ahli Muda', 'Pengadministrasi', 'Kepala Bagian'),
    tanggal,
  )
  .map(([j, e, n, t]) => ({
    id: 'j',
    jenisJabatan: j,
    eselonId: e,
    namaJabatan: n,
    jabatanFungsionalNama: j === '2' ? n : null,
    tmtJabatan: t,
  }));

const record = fc
  .record({
    golongan: fc.array(golongan, { maxLength: 4 }),
    skp22: fc.array(skp22, { maxLength: 6 }),
    hukdis: fc.array(hukdis, { maxLength: 4 }),
    penghargaan: fc.array(penghargaan, { maxLength: 3 }),
    cltn: fc.array(cltn, { maxLength: 2 }),
    jabatan: fc.array(jabatan, { maxLength: 4 }),
    jenisJabatanId: fc.constantFrom('1', '2', '3', '4'),
    jabatanFungsionalNama: fc.constantFrom('Pranata Komputer Ahli Muda', 'Guru Ahli Pertama', null),
  })
  .map((r) =>
    pegawaiSiasn({
      nama: 'Acak',
      nip: '199001012015031001',
      golongan: r.golongan,
      skp22: r.skp22,
      hukdis: r.hukdis,
      jenisJabatanId: r.jenisJabatanId,
      eselonId: '41',
      jabatanFungsionalNama: r.jabatanFungsionalNama,
      extra: { penghargaan: r.penghargaan, cltn: r.cltn, jabatan: r.jabatan },
    }),
  );

const asOf = fc.constantFrom('2024-06-30', '2026-03-01');
type Rec = ReturnType<typeof pegawaiSiasn>;
const rows = (r: Rec, kind: string): Record<string, unknown>[] => {
  const v = r.riwayat[kind] as unknown;
  return Array.isArray(v) ? v : ((v as { data?: Record<string, unknown>[] | null } | null)?.data ?? []);
};

describe('adapters on generated SIASN records', () => {
  it.each(Object.entries(fromSiasn))('%s: never invents a history entry, never mutates, answers the same twice', (_name, adapter) => {
    fc.assert(
      fc.property(record, asOf, (rec, date) => {
        const before = JSON.stringify(rec);
        let r;
        try {
          r = adapter.toInput(rec, {
            asOf: date,
            supplement: _name === 'syaratJabatan' ? { jabatanTujuan: 'ADMINISTRATOR' } : {},
          } as never);
        } catch (e) {
          expect(MeritInputError.is(e)).toBe(true);
          return;
        }
        expect(JSON.stringify(rec)).toBe(before);
        expect(
          JSON.stringify(
            adapter.toInput(rec, { asOf: date, supplement: _name === 'syaratJabatan' ? { jabatanTujuan: 'ADMINISTRATOR' } : {} } as never),
          ),
        ).toBe(JSON.stringify(r));
        const input = r.input as Record<string, unknown>;
        const hukuman = (input['riwayatHukuman'] ?? input['riwayat'] ?? []) as { tmt: string }[];
        const hukdisRows = rows(rec, 'hukdis');
        expect(hukuman.length).toBeLessThanOrEqual(hukdisRows.length);
        for (const h of hukuman) expect(hukdisRows.map((x) => x['hukumanTanggal'])).toContain(formatTanggalSiasn(h.tmt));
        const skpYears = rows(rec, 'skp22').map((x) => Number(x['tahun']));
        for (const p of (input['riwayatPenilaian'] ?? []) as { tahun: number }[]) expect(skpYears).toContain(p.tahun);
        for (const p of (input['periode'] ?? []) as { dari: string }[]) expect(skpYears).toContain(Number(p.dari.slice(0, 4)));
        expect(((input['cltn'] ?? []) as unknown[]).length).toBeLessThanOrEqual(rows(rec, 'cltn').length);
        expect(((input['riwayatJabatan'] ?? []) as unknown[]).length).toBeLessThanOrEqual(rows(rec, 'jabatan').length);
        const harga = rows(rec, 'penghargaan').map((x) => x['hargaId']);
        for (const k of (input['kelasDimiliki'] ?? []) as string[])
          expect(harga).toContain({ SLKS_X: '201', SLKS_XX: '202', SLKS_XXX: '203' }[k]);
        expect(r.complete).toBe(!r.missing.some((g) => g.blocking));
      }),
      { numRuns: 150 },
    );
  });

  it.each(Object.entries(fromSiasn))('%s: decides only when complete, and then with no error but a MeritInputError', (_name, adapter) => {
    fc.assert(
      fc.property(record, asOf, (rec, date) => {
        try {
          const r = adapter.decide(rec, {
            asOf: date,
            supplement: _name === 'syaratJabatan' ? { jabatanTujuan: 'ADMINISTRATOR' } : {},
          } as never);
          expect(r.status).toBe(r.complete ? 'decided' : 'indeterminate');
        } catch (e) {
          expect(MeritInputError.is(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
