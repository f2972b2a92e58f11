/**
 * SIASN-shaped records built from the public field lists (docs/sources/siasn.md): invented people, no real
 * personal data. Dates `dd-mm-yyyy`, ids as strings (some as numbers, as clients see), riwayat as response
 * envelopes or bare arrays, the capitalised rw-skp22 keys, empty values as `""`, `null` and `"null"`.
 */
type Row = Record<string, unknown>;

export interface FixtureOptions {
  nama: string;
  nip: string;
  tglLahir?: string;
  tmtCpns?: string;
  golRuangAwalId?: string | number;
  golRuangAkhirId?: string | number;
  tmtGolAkhir?: string;
  tkPendidikanTerakhirId?: string;
  jenisJabatanId?: string;
  jabatanNama?: string;
  jabatanFungsionalNama?: string | null;
  eselonId?: string;
  bupPensiun?: number | string;
  golongan?: Row[];
  skp22?: Row[];
  skp?: Row[];
  hukdis?: Row[];
  extra?: Record<string, Row[] | null | string>;
  dataUtama?: Row;
}

let seq = 0;
const uuid = () => `a1b2c3d4-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

/** One rw-golongan row. */
export const golonganRow = (golonganId: string | number, tmtGolongan: string, jenisKPId = '101'): Row => ({
  id: uuid(),
  idPns: 'pns-id',
  golonganId,
  golongan: '',
  tmtGolongan,
  skNomor: 'SK/00/0000',
  skTanggal: tmtGolongan,
  jenisKPId,
  masaKerjaGolonganTahun: '04',
  masaKerjaGolonganBulan: '00',
  path: { '858': { dok_id: '858', dok_nama: 'SK KP', dok_uri: '', object: '', slug: '858' } },
});

/** One rw-skp22 row with the capitalised keys of SIASN responses. */
export const skp22Row = (tahun: number, hasil: string, perilaku: string, kuadran: string | null): Row => ({
  id: uuid(),
  tahun: String(tahun),
  hasilKinerja: '',
  hasilKinerjaNilai: hasil,
  perilakuKerja: '',
  PerilakuKerjaNilai: perilaku,
  kuadranKinerja: '',
  KuadranKinerjaNilai: kuadran,
  namaPenilai: 'Penilai Contoh',
  statusPenilai: 'ASN',
  path: null,
});

/** One rw-hukdis row. */
export const hukdisRow = (jenisHukuman: string, hukumanTanggal: string, extra: Row = {}): Row => ({
  id: uuid(),
  rwHukumanDisiplin: '',
  pnsOrang: 'pns-id',
  jenisHukuman,
  jenisHukumanNama: '',
  jenisTingkatHukumanId: '',
  skNomor: 'SK/HD/01',
  skTanggal: hukumanTanggal,
  hukumanTanggal,
  masaTahun: '',
  masaBulan: '',
  akhirHukumTanggal: '',
  nomorPp: '',
  skPembatalanNomor: null,
  skPembatalanTanggal: null,
  path: '{}',
  ...extra,
});

/** A whole employee: data utama and riwayat, as an app collects them from the SIASN endpoints. */
export function pegawaiSiasn(o: FixtureOptions): { dataUtama: unknown; riwayat: Record<string, unknown> } {
  return {
    dataUtama: {
      code: 1,
      data: {
        id: uuid(),
        nipBaru: o.nip,
        nipLama: '',
        nama: o.nama,
        gelarDepan: '',
        gelarBelakang: 'S.E.',
        tglLahir: o.tglLahir ?? '15-05-1990',
        jenisKelamin: 'F',
        statusPegawai: 'PNS',
        kedudukanPnsId: '01',
        kedudukanPnsNama: 'Aktif',
        tmtCpns: o.tmtCpns ?? '01-03-2015',
        tmtPns: '01-03-2016',
        golRuangAwalId: o.golRuangAwalId ?? '31',
        golRuangAwal: '',
        golRuangAkhirId: o.golRuangAkhirId ?? '32',
        golRuangAkhir: '',
        pangkatAkhir: '',
        tmtGolAkhir: o.tmtGolAkhir ?? '01-04-2021',
        mkTahun: 5,
        mkBulan: 0,
        masaKerja: '11 Tahun 0 Bulan',
        tkPendidikanTerakhirId: o.tkPendidikanTerakhirId ?? '40',
        tkPendidikanTerakhir: '',
        tahunLulus: '20-08-2013',
        jenisJabatanId: o.jenisJabatanId ?? '4',
        jabatanNama: o.jabatanNama ?? 'Pengadministrasi Perkantoran',
        jabatanFungsionalNama: o.jabatanFungsionalNama ?? null,
        jabatanFungsionalUmumId: 'jfu-id',
        eselonId: o.eselonId ?? '',
        tmtJabatan: '01-01-2020',
        bupPensiun: o.bupPensiun ?? 58,
        tmtPensiun: '01-06-2048',
        jenisPegawaiId: '15',
        unorNama: 'Bagian Umum',
        gajiPokok: '3500000',
        ...o.dataUtama,
      },
      message: 'success',
    },
    riwayat: {
      golongan: {
        code: 1,
        data: o.golongan ?? [
          golonganRow(o.golRuangAwalId ?? '31', o.tmtCpns ?? '01-03-2015', '211'),
          golonganRow(o.golRuangAkhirId ?? '32', o.tmtGolAkhir ?? '01-04-2021'),
        ],
      },
      skp22: { code: 1, data: o.skp22 ?? [] },
      skp: o.skp ?? null,
      hukdis: { code: 1, data: o.hukdis ?? null },
      penghargaan: 'Data tidak ditemukan',
      ...o.extra,
    },
  };
}
