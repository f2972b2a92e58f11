import { beforeEach, describe, expect, it } from 'vitest';
import { annualCycle, UNIT } from '../examples/annual-cycle.js';
import { explain } from '../src/index.js';

describe('examples/annual-cycle.ts: a unit’s year end to end', () => {
  // Evaluated in each test rather than while the tests are collected (mutation testing attributes
  // the code a test runs to that test).
  let r: ReturnType<typeof annualCycle>;
  beforeEach(() => {
    r = annualCycle();
  });
  const byName = (name: string) => UNIT.find((p) => p.nama === name)!.nip;

  it('sets each predikat and checks the distribution for an organisation rated Baik', () => {
    expect(UNIT.map((p) => r.predikat.get(p.nip)!.value)).toEqual(['SANGAT_BAIK', 'BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG']);
    expect(r.distribusi.value).toEqual({ dalamPola: true, total: 5, batasTidakTerpenuhi: [] });
  });

  it('promotes those with 4 years and two good appraisals, on the February 2026 period', () => {
    expect(r.kp.get(byName('Ayu'))!.value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/c', tmt: '2026-02-01' });
    expect(r.kp.get(byName('Citra'))!.value).toMatchObject({ memenuhiSyarat: true, golonganBaru: 'III/d', tmt: '2026-02-01' });
    expect(r.kp.get(byName('Dedi'))!.value.memenuhiSyarat).toBe(false);
    expect(r.kp.get(byName('Eka'))!.value.memenuhiSyarat).toBe(false);
  });

  it('accumulates angka kredit and reports the shortfall', () => {
    expect(r.ak.value).toMatchObject({ akkDisplay: '25.00', memenuhiKenaikanPangkat: false });
  });

  it('gives a teguran lisan for three days of absence and nothing otherwise', () => {
    expect(UNIT.map((p) => r.disiplin.get(p.nip)!.value.hukuman)).toEqual([null, null, null, 'TEGURAN_LISAN', null]);
  });

  it('boxes talent and places the best total fit, explaining who is left out', () => {
    expect(UNIT.map((p) => r.talenta.get(p.nip)!.value.kotak)).toEqual([9, 5, 8, 1, 3]);
    const placed = r.penempatan.value.penempatan.map((x: { kandidat: string; formasi: string }) => [x.kandidat, x.formasi]);
    expect(placed).toEqual(
      expect.arrayContaining([
        [byName('Ayu'), 'KASUBBAG_UMUM'],
        [byName('Citra'), 'KASUBBAG_KEUANGAN'],
      ]),
    );
    expect(explain(r.penempatan, 'id').filter((l) => l.startsWith('Tidak terpenuhi: '))).toHaveLength(3);
  });
});
