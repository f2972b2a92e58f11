import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kurvaDistribusi, predikatKinerja } from '../../src/index.js';
import { PREDIKAT, PREDIKAT_ORGANISASI, type Predikat } from '../../src/performance/index.js';
import { issuesOf } from '../input-issues.js';

const issueLines = (run: () => unknown, locale: 'id' | 'en') => issuesOf(run).map((i) => `${i.path.join('.')}: ${i.text[locale]}`);

describe('kurvaDistribusi from a list: each employee’s predikat, or each predikatKinerja decision', () => {
  it('a list of predikat decides as its counts would', () => {
    const daftar: Predikat[] = ['BAIK', 'SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'BAIK'];
    const dariDaftar = kurvaDistribusi({ predikatOrganisasi: 'BAIK', predikat: daftar });
    const dariJumlah = kurvaDistribusi({ predikatOrganisasi: 'BAIK', jumlah: { BAIK: 3, SANGAT_BAIK: 1, BUTUH_PERBAIKAN: 1 } });
    expect(dariDaftar.value).toEqual(dariJumlah.value);
    expect(dariDaftar.reasons).toEqual(dariJumlah.reasons);
  });

  it('takes predikatKinerja decisions as the rule returns them (typed: no mapping loop), and as JSON', () => {
    const keputusan = [
      predikatKinerja({ hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' }),
      predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' }),
      predikatKinerja({ hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_BAWAH_EKSPEKTASI' }),
    ];
    const d = kurvaDistribusi({ predikatOrganisasi: 'BAIK', keputusan });
    const counts = kurvaDistribusi({ predikatOrganisasi: 'BAIK', predikat: keputusan.map((k) => k.value) });
    expect(d.value).toEqual(counts.value);
    expect(kurvaDistribusi({ predikatOrganisasi: 'BAIK', keputusan: JSON.parse(JSON.stringify(keputusan)) }).value).toEqual(d.value);
  });

  it('refuses, in both languages: no employees, two ways at once, an unknown or misspelt key, another rule’s decision', () => {
    expect(issueLines(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', predikat: [] }), 'en')).toEqual([
      'predikat: a unit with no employees has no distribution to check: give at least one employee',
    ]);
    expect(issueLines(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', predikat: ['BAIK'], jumlah: { BAIK: 1 } }), 'id')).toEqual([
      'predikat: isikan pegawai dengan satu cara saja, bukan jumlah, predikat sekaligus',
    ]);
    expect(issueLines(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK' }), 'en')).toEqual([
      ': give the employees one way: jumlah, predikat, keputusan',
    ]);
    expect(issueLines(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', predikt: ['BAIK'] } as never), 'en')[0]).toBe(
      'predikt: is not a field of this input; did you mean "predikat"?',
    );
    const [baik] = issuesOf(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', predikat: ['Baik' as never] }));
    expect([baik!.path, baik!.code, baik!.suggestion]).toEqual([['predikat', 0], 'not_an_option', 'BAIK']);
    const lain = { value: 'BAIK', trace: { library: '0', rule: 'performance.nilaiKinerjaPp30', version: null } };
    expect(issuesOf(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', keputusan: [lain as never] })).map((i) => i.path)).toEqual([
      ['keputusan', 0, 'trace', 'rule'],
    ]);
    expect(
      issuesOf(() => kurvaDistribusi({ predikatOrganisasi: 'BAIK', keputusan: [{ value: 'BAIK', catatan: 1 } as never] }))[0]!.code,
    ).toBe('unknown_key');
  });

  it('property: any non-empty list decides as its counts, in any order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREDIKAT_ORGANISASI),
        fc.array(fc.constantFrom(...PREDIKAT), { minLength: 1, maxLength: 60 }),
        (org, daftar) => {
          const jumlah = Object.fromEntries(PREDIKAT.map((p) => [p, daftar.filter((x) => x === p).length]));
          const expected = kurvaDistribusi({ predikatOrganisasi: org, jumlah }).value;
          expect(kurvaDistribusi({ predikatOrganisasi: org, predikat: daftar }).value).toEqual(expected);
          expect(kurvaDistribusi({ predikatOrganisasi: org, predikat: [...daftar].reverse() }).value).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  });
});
