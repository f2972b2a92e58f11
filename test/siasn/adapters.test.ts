import { describe, expect, it } from 'vitest';
import { MeritInputError } from '../../src/core/index.js';
import { kenaikanPangkatReguler } from '../../src/promotion/index.js';
import { fromSiasn, SIASN_ADAPTERS, siasnAdapterFor } from '../../src/siasn/index.js';
import { golonganRow, hukdisRow, pegawaiSiasn, skp22Row } from './fixtures.js';

const asOf = '2026-03-01';
const baik = [skp22Row(2024, '2', '2', '2'), skp22Row(2025, '1', '2', '2')];
const ayu = () => pegawaiSiasn({ nama: 'Ayu', nip: '199005152015032001', skp22: baik });
const blocking = (r: { missing: readonly { blocking: boolean; field: string }[] }) =>
  r.missing.filter((g) => g.blocking).map((g) => g.field);

describe('fromSiasn.kenaikanPangkatReguler', () => {
  it('reads golongan, TMT, ijazah, appraisals, hukuman: the input the rule takes, and the same decision', () => {
    const r = fromSiasn.kenaikanPangkatReguler.toInput(ayu(), { asOf });
    expect(r.complete).toBe(true);
    expect(r.input).toEqual({
      golongan: 'III/b',
      tmtPangkat: '2021-04-01',
      kenaikanPangkatPertama: false,
      tmtCpns: '2015-03-01',
      ijazah: 'S1',
      riwayatPenilaian: [
        { tahun: 2024, predikat: 'BAIK' },
        { tahun: 2025, predikat: 'BAIK' },
      ],
      riwayatHukuman: [],
      diklatKepemimpinan: [],
    });
    const d = fromSiasn.kenaikanPangkatReguler.decide(ayu(), { asOf });
    expect(d.status).toBe('decided');
    if (d.status !== 'decided') return;
    expect(d.decision.value).toEqual(kenaikanPangkatReguler(r.input as never, { asOf }).value);
    expect(d.decision.value.memenuhiSyarat).toBe(true);
  });

  it('lists the golongan of the atasan as not in SIASN without blocking', () => {
    const r = fromSiasn.kenaikanPangkatReguler.toInput(ayu(), { asOf });
    expect(r.missing.map((g) => [g.field, g.kind, g.blocking])).toEqual([['golonganAtasan', 'not-in-siasn', false]]);
  });

  it('blocks on ujian dinas for II/d → III/a, and decides once the caller supplies it', () => {
    const bima = pegawaiSiasn({
      nama: 'Bima',
      nip: '198811202010011002',
      golRuangAwalId: '21',
      golRuangAkhirId: '24',
      tkPendidikanTerakhirId: '15',
      golongan: [golonganRow('21', '01-03-2015', '211'), golonganRow('24', '01-04-2021')],
      skp22: baik,
    });
    const r = fromSiasn.kenaikanPangkatReguler.decide(bima, { asOf });
    expect(r.status).toBe('indeterminate');
    expect(blocking(r)).toEqual(['ujianDinas']);
    const s = fromSiasn.kenaikanPangkatReguler.decide(bima, { asOf, supplement: { ujianDinas: ['TINGKAT_I'] } });
    expect(s.status).toBe('decided');
    expect(s.missing.some((g) => g.field === 'ujianDinas')).toBe(false);
  });

  it('does not need ujian dinas when the ijazah exempts (S1 for Tingkat I)', () => {
    const p = pegawaiSiasn({
      nama: 'X',
      nip: '1',
      golRuangAwalId: '24',
      golRuangAkhirId: '24',
      golongan: [golonganRow('24', '01-04-2021')],
      skp22: baik,
    });
    expect(blocking(fromSiasn.kenaikanPangkatReguler.toInput(p, { asOf }))).toEqual([]);
  });

  it('lists a kedudukan other than active service for review, without blocking', () => {
    const p = pegawaiSiasn({
      nama: 'C',
      nip: '14',
      skp22: baik,
      dataUtama: { kedudukanPnsId: '04', kedudukanPnsNama: 'Pemberhentian Sementara' },
    });
    const r = fromSiasn.kenaikanPangkatReguler.toInput(p, { asOf });
    expect(r.missing.find((g) => g.kind === 'needs-review')).toMatchObject({ blocking: false, source: ['dataUtama.kedudukanPnsId'] });
    expect(r.complete).toBe(true);
    expect(fromSiasn.kenaikanPangkatReguler.toInput(ayu(), { asOf }).missing.some((g) => g.kind === 'needs-review')).toBe(false);
  });

  it('blocks when the data utama and the riwayat disagree on golongan or TMT', () => {
    const p = pegawaiSiasn({
      nama: 'Eka',
      nip: '2',
      golRuangAkhirId: '33',
      tmtGolAkhir: '01-04-2022',
      golongan: [golonganRow('32', '01-04-2018')],
      skp22: baik,
    });
    const r = fromSiasn.kenaikanPangkatReguler.toInput(p, { asOf });
    expect(blocking(r)).toEqual(['golongan', 'tmtPangkat']);
    expect(r.input.golongan).toBe('III/b');
    // Dates in a gap's text read as an SK writes them, in either language.
    const tmt = r.missing.find((g) => g.field === 'tmtPangkat')!.text;
    expect(tmt.id).toContain('TMT 1 April 2022');
    expect(tmt.id).toContain('1 April 2018');
    expect(`${tmt.id} ${tmt.en}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('blocks when an appraisal year is missing, or the quadrant contradicts the matrix', () => {
    const none = pegawaiSiasn({ nama: 'N', nip: '3', skp22: [skp22Row(2024, '2', '2', '2')] });
    expect(
      fromSiasn.kenaikanPangkatReguler
        .toInput(none, { asOf })
        .missing.filter((g) => g.blocking)
        .map((g) => g.text.en),
    ).toEqual(['no appraisal for 2025 in rw-skp22 or rw-skp']);
    const clash = pegawaiSiasn({ nama: 'F', nip: '4', skp22: [skp22Row(2024, '2', '2', '2'), skp22Row(2025, '3', '3', '2')] });
    const r = fromSiasn.kenaikanPangkatReguler.toInput(clash, { asOf });
    expect(r.missing.find((g) => g.kind === 'ambiguous')!.text.en).toMatch(/KuadranKinerjaNilai says BAIK.*SANGAT_KURANG/);
    expect(r.input.riwayatPenilaian).toEqual([{ tahun: 2024, predikat: 'BAIK' }]);
  });

  it('derives the predikat from the matrix when the quadrant is empty; reads lower-case keys too; PP 46/2011 rows by sebutan', () => {
    const p = pegawaiSiasn({
      nama: 'G',
      nip: '5',
      skp: [{ id: 'x', tahun: '2021', nilaiPrestasiKerja: '90.01' }],
      skp22: [
        skp22Row(2024, '1', '1', null),
        { id: 'y', tahun: 2025, hasilKinerjaNilai: 2, perilakuKerjaNilai: '3', kuadranKinerjaNilai: '' },
      ],
    });
    const r = fromSiasn.kenaikanPangkatReguler.toInput(p, { asOf });
    expect(r.input.riwayatPenilaian).toEqual([
      { tahun: 2021, predikat: 'SANGAT_BAIK' },
      { tahun: 2024, predikat: 'SANGAT_BAIK' },
      { tahun: 2025, predikat: 'KURANG' },
    ]);
  });

  it('refuses an unknown golongan id in the record, naming it', () => {
    const p = pegawaiSiasn({ nama: 'H', nip: '6', golongan: [golonganRow('36', '01-04-2021')], skp22: baik });
    expect(() => fromSiasn.kenaikanPangkatReguler.toInput(p, { asOf })).toThrow(/golongan id "36"/);
  });
});

describe('hukuman disiplin from rw-hukdis', () => {
  const with_ = (...rows: Record<string, unknown>[]) => pegawaiSiasn({ nama: 'D', nip: '7', hukdis: rows, skp22: baik });

  it('maps PP 94/2021 kinds, checks tingkat, length and end date', () => {
    const p = with_(
      hukdisRow('25', '01-09-2025', { jenisTingkatHukumanId: 'S', masaTahun: '1', masaBulan: '0', akhirHukumTanggal: '01-09-2026' }),
    );
    const r = fromSiasn.efekHukuman.decide(p, { asOf });
    expect(r.input.riwayat).toEqual([{ jenis: 'POTONGAN_TUKIN_12_BULAN', tmt: '2025-09-01' }]);
    expect(r.status === 'decided' && r.decision.value.sedangAtauBeratBerjalan).toBe(true);
  });

  it('blocks a tingkat, length or end date that contradicts the kind', () => {
    for (const extra of [{ jenisTingkatHukumanId: 'R' }, { masaBulan: '6' }, { akhirHukumTanggal: '01-12-2026' }]) {
      const r = fromSiasn.efekHukuman.toInput(with_(hukdisRow('25', '01-09-2025', extra)), { asOf });
      expect(blocking(r), JSON.stringify(extra)).toEqual(['riwayat']);
      expect(r.input.riwayat).toEqual([]);
    }
  });

  it('sends a legacy PP 53/2010 kind to review, leaves an annulled one out', () => {
    const legacy = fromSiasn.satyalancanaKaryaSatya.toInput(with_(hukdisRow('7', '01-02-2012')), { asOf });
    expect(legacy.missing.find((g) => g.field === 'riwayatHukuman')).toMatchObject({ kind: 'needs-review', blocking: true });
    const annulled = fromSiasn.satyalancanaKaryaSatya.toInput(with_(hukdisRow('2', '01-02-2020', { skPembatalanNomor: 'SK/BATAL/1' })), {
      asOf,
    });
    expect(annulled.input.riwayatHukuman).toEqual([]);
    expect(annulled.missing.find((g) => g.field === 'riwayatHukuman')).toMatchObject({ kind: 'ignored', blocking: false });
  });

  it('refuses an unknown jenis hukuman id', () => {
    expect(() => fromSiasn.efekHukuman.toInput(with_(hukdisRow('99', '01-02-2020')), { asOf })).toThrow(MeritInputError);
  });
});

describe('the other adapters', () => {
  it('KGB: blocks on the last KGB (not in SIASN) until supplied, undefined meaning the first', () => {
    expect(blocking(fromSiasn.kenaikanGajiBerkala.toInput(ayu(), { asOf }))).toEqual(['tmtKgbTerakhir']);
    const r = fromSiasn.kenaikanGajiBerkala.decide(ayu(), { asOf, supplement: { tmtKgbTerakhir: '2025-03-01' } });
    expect(r.input).toEqual({ tmtCpns: '2015-03-01', golonganPengangkatan: 'III/a', predikat: 'BAIK', tmtKgbTerakhir: '2025-03-01' });
    expect(r.status === 'decided' && r.decision.value.tmtKgb).toBe('2027-03-01');
  });

  it('BUP: pelaksana 58; a struktural by eselon; a JF by jenjang; SIASN’s bupPensiun compared', () => {
    const d = fromSiasn.batasUsiaPensiun.decide(ayu(), { asOf });
    expect(d.status === 'decided' && d.decision.value.tmtPensiun).toBe('2048-06-01');
    const kabag = pegawaiSiasn({ nama: 'K', nip: '8', jenisJabatanId: '1', eselonId: '31', bupPensiun: '58' });
    expect(fromSiasn.batasUsiaPensiun.toInput(kabag, { asOf }).input.jabatan).toBe('ADMINISTRATOR');
    const jf = pegawaiSiasn({ nama: 'J', nip: '9', jenisJabatanId: '2', jabatanFungsionalNama: 'Peneliti Ahli Utama', bupPensiun: 70 });
    const r = fromSiasn.batasUsiaPensiun.decide(jf, { asOf });
    expect(r.input.jabatan).toBe('JF_AHLI_UTAMA');
    expect(r.status).toBe('indeterminate');
    expect(blocking(r)).toEqual(['options.bupKhusus']);
    expect(fromSiasn.batasUsiaPensiun.decide(jf, { asOf, options: { bupKhusus: 70 } }).status).toBe('decided');
  });

  it('Satyalancana: classes held from rw-penghargaan, CLTN from rw-cltn', () => {
    const p = pegawaiSiasn({
      nama: 'S',
      nip: '10',
      tmtCpns: '01-03-1996',
      extra: {
        penghargaan: [
          { id: 'p', hargaId: '201', tahun: '2006' },
          { id: 'q', hargaId: '300', tahun: '2010' },
        ],
        cltn: [{ id: 'c', tanggalAwal: '01-01-2008', tanggalAkhir: '31-12-2008' }],
      },
    });
    const r = fromSiasn.satyalancanaKaryaSatya.toInput(p, { asOf });
    expect(r.input).toMatchObject({ kelasDimiliki: ['SLKS_X'], cltn: [{ mulai: '2008-01-01', selesai: '2008-12-31' }] });
  });

  it('syaratJabatan: the target comes from the caller; positions from rw-jabatan, years until the next TMT', () => {
    const p = pegawaiSiasn({
      nama: 'T',
      nip: '11',
      skp22: baik,
      extra: {
        jabatan: [
          { id: 'j1', jenisJabatan: '4', namaJabatan: 'Pengadministrasi', tmtJabatan: '01-01-2016' },
          { id: 'j2', jenisJabatan: '1', eselonId: '41', namaJabatan: 'Kasubbag Umum', tmtJabatan: '01-07-2021' },
        ],
      },
    });
    expect(blocking(fromSiasn.syaratJabatan.toInput(p, { asOf }))).toEqual(['jabatanTujuan']);
    const r = fromSiasn.syaratJabatan.decide(p, { asOf, supplement: { jabatanTujuan: 'ADMINISTRATOR' } });
    expect(r.input.riwayatJabatan).toEqual([
      { jabatan: 'PELAKSANA', tahun: 5.5 },
      { jabatan: 'PENGAWAS', tahun: 4.66 }, // 56 months, rounded down
    ]);
    expect(r.status).toBe('decided');
  });

  it('KP fungsional and angka kredit: jenjang from the JF name, AKK from the latest PAK, periods from rw-skp22 since the PAK', () => {
    const p = pegawaiSiasn({
      nama: 'A',
      nip: '12',
      jenisJabatanId: '2',
      jabatanFungsionalNama: 'Analis Kepegawaian Ahli Pertama',
      golRuangAkhirId: '31',
      tmtGolAkhir: '01-04-2022',
      golongan: [golonganRow('31', '01-04-2022', '211')],
      skp22: [skp22Row(2023, '1', '1', '1'), skp22Row(2024, '2', '2', '2'), skp22Row(2025, '2', '2', '2')],
      extra: {
        angkakredit: [
          { id: 'k', tanggalSk: '15-01-2024', bulanSelesaiPenailan: '12', tahunSelesaiPenailan: '2023', kreditBaruTotal: '12.500' },
        ],
      },
    });
    const kp = fromSiasn.kenaikanPangkatFungsional.toInput(p, { asOf });
    expect(kp.input).toMatchObject({ jenjang: 'AHLI_PERTAMA', golongan: 'III/a', akk: '12.500' });
    expect(kp.complete).toBe(true);
    const ak = fromSiasn.akumulasiAngkaKredit.decide(p, { asOf });
    expect(ak.input.periode).toEqual([
      { dari: '2024-01-01', sampai: '2024-12-31', predikat: 'BAIK' },
      { dari: '2025-01-01', sampai: '2025-12-31', predikat: 'BAIK' },
    ]);
    expect(ak.status).toBe('decided');
  });
});

describe('the context', () => {
  it('refuses a decision date that is no calendar date, and a setting naming an unknown id or ijazah', () => {
    expect(() => fromSiasn.efekHukuman.toInput(ayu(), { asOf: '2026-02-30' })).toThrow(/asOf: must be a calendar date/);
    expect(() => fromSiasn.kenaikanPangkatReguler.toInput(ayu(), { asOf, ijazahTingkatPendidikan: { '43': 'S2' } })).toThrow(/"43"/);
    expect(() => fromSiasn.kenaikanPangkatReguler.toInput(ayu(), { asOf, ijazahTingkatPendidikan: { '42': 'PROFESI' as never } })).toThrow(
      /"PROFESI" is not an ijazah/,
    );
  });

  it('the setting ijazahTingkatPendidikan settles a level with no ijazah of ours (42)', () => {
    const p = pegawaiSiasn({ nama: 'D', nip: '13', tkPendidikanTerakhirId: '42', skp22: baik });
    expect(fromSiasn.kenaikanPangkatReguler.toInput(p, { asOf }).missing.find((g) => g.blocking)).toMatchObject({
      field: 'ijazah',
      kind: 'needs-review',
    });
    const r = fromSiasn.kenaikanPangkatReguler.toInput(p, { asOf, ijazahTingkatPendidikan: { '42': 'DOKTER' } });
    expect(r.input.ijazah).toBe('DOKTER');
    expect(r.complete).toBe(true);
  });
});

describe('the registry', () => {
  it('has one adapter per rule id, each naming a rule it decides', () => {
    expect(Object.keys(SIASN_ADAPTERS).sort()).toEqual([
      'discipline.efekHukuman',
      'promotion.akumulasiAngkaKredit',
      'promotion.batasUsiaPensiun',
      'promotion.kenaikanGajiBerkala',
      'promotion.kenaikanPangkatFungsional',
      'promotion.kenaikanPangkatReguler',
      'promotion.syaratJabatan',
      'rewards.satyalancanaKaryaSatya',
    ]);
    for (const [id, a] of Object.entries(SIASN_ADAPTERS)) expect(a.rule.id).toBe(id);
    expect(siasnAdapterFor('promotion.kenaikanPangkatReguler')).toBe(fromSiasn.kenaikanPangkatReguler);
    expect(siasnAdapterFor('toString')).toBeUndefined();
    expect(Object.isFrozen(SIASN_ADAPTERS)).toBe(true);
  });

  // A failed or missing fetch is never read as an empty history (a PDHTAPS on record would go unseen).
  const pdhtaps = () => pegawaiSiasn({ nama: 'Gita', nip: '7', skp22: baik, hukdis: [hukdisRow('10', '01-02-2026')] });
  const issuesOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (MeritInputError.is(e)) return e.issues.map((i) => [i.path.join('.'), i.code, i.text.en]);
    }
    return [];
  };

  it('refuses a riwayat whose SIASN answer is an error, never reading it as no rows', () => {
    expect(fromSiasn.kenaikanPangkatReguler.decide(pdhtaps(), { asOf: '2026-04-01' })).toMatchObject({ status: 'decided' });
    for (const failed of [
      { code: 0, data: null, message: 'Internal Server Error' },
      { success: false, data: 'Data tidak ditemukan', message: 'token expired' },
      { code: '0', data: [hukdisRow('10', '01-02-2026')] },
    ]) {
      const p = pdhtaps();
      const rec = { ...p, riwayat: { ...p.riwayat, hukdis: failed } };
      const issues = issuesOf(() => fromSiasn.kenaikanPangkatReguler.decide(rec, { asOf: '2026-04-01' }));
      expect(issues, JSON.stringify(failed)).toHaveLength(1);
      expect(issues[0]!.slice(0, 2)).toEqual(['riwayat.hukdis', 'unreadable']);
      expect(issues[0]![2]).toMatch(/SIASN answered an error .*fetch it again/);
    }
  });

  it('refuses a misspelt riwayat list or adapter setting, with the name meant', () => {
    const p = pdhtaps();
    const { hukdis, ...tanpa } = p.riwayat as Record<string, unknown>;
    const salah = { ...p, riwayat: { ...tanpa, hukumanDisiplin: hukdis } };
    expect(issuesOf(() => fromSiasn.kenaikanPangkatReguler.toInput(salah, { asOf }))).toEqual([
      ['riwayat.hukumanDisiplin', 'unknown_key', expect.stringMatching(/^is not a riwayat list the adapters read/)],
    ]);
    expect(
      issuesOf(() => fromSiasn.kenaikanPangkatReguler.toInput(pegawaiSiasn({ nama: 'H', nip: '8', extra: { hukdiss: [] } }), { asOf })),
    ).toEqual([['riwayat.hukdiss', 'unknown_key', expect.stringContaining('did you mean "hukdis"?')]]);
    const konteks = { asOf, supplemen: { ujianDinas: ['TINGKAT_I'] } } as never;
    expect(issuesOf(() => fromSiasn.kenaikanPangkatReguler.toInput(p, konteks))).toEqual([
      ['supplemen', 'unknown_key', expect.stringContaining('did you mean "supplement"?')],
    ]);
  });

  it('blocks on a riwayat list the decision depends on that the record leaves out', () => {
    const p = pdhtaps();
    const { hukdis: _, ...tanpa } = p.riwayat as Record<string, unknown>;
    const r = fromSiasn.kenaikanPangkatReguler.decide({ ...p, riwayat: tanpa }, { asOf: '2026-04-01' });
    expect(r.status).toBe('indeterminate');
    expect(blocking(r)).toEqual(['riwayat.hukdis']);
    // Given empty, it is read as empty.
    expect(fromSiasn.kenaikanPangkatReguler.decide({ ...p, riwayat: { ...tanpa, hukdis: [] } }, { asOf: '2026-04-01' }).status).toBe(
      'decided',
    );
  });
});
