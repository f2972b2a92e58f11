<?php
// A plain PHP 8 client of `sistem-merit serve` (curl extension only, no framework), as a SIMPEG-style
// application would call it. Run: php examples/php/client.php http://127.0.0.1:8080
declare(strict_types=1);

$base = rtrim($argv[1] ?? getenv('SISTEM_MERIT_URL') ?: 'http://127.0.0.1:8080', '/');

/** POSTs $body to $path; returns [HTTP status, body text]. Throws when the service cannot be reached. */
function post(string $base, string $path, string $body, string $type = 'application/json'): array
{
    $curl = curl_init($base . $path);
    curl_setopt_array($curl, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => $body,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 30,
        CURLOPT_HTTPHEADER => ["Content-Type: $type", 'Accept-Language: id'],
    ]);
    $text = curl_exec($curl);
    if ($text === false) {
        throw new RuntimeException('sistem-merit tidak dapat dihubungi: ' . curl_error($curl));
    }
    $status = curl_getinfo($curl, CURLINFO_RESPONSE_CODE);
    curl_close($curl);
    return [$status, $text];
}

function decide(string $base, string $rule, array $input, array $options = [], string $query = ''): array
{
    $body = json_encode(['input' => $input, 'options' => (object) $options], JSON_THROW_ON_ERROR);
    [$status, $text] = post($base, "/rules/$rule/decide$query", $body);
    return [$status, json_decode($text, true, 512, JSON_THROW_ON_ERROR)];
}

// 1. KP eligibility (kenaikan pangkat reguler) of one PNS, with its explanation in Bahasa Indonesia.
[$status, $kp] = decide($base, 'promotion.kenaikanPangkatReguler', [
    'golongan' => 'III/b',
    'tmtPangkat' => '2019-04-01',
    'ijazah' => 'S1',
    'riwayatPenilaian' => [
        ['tahun' => 2021, 'predikat' => 'BAIK'],
        ['tahun' => 2022, 'predikat' => 'BAIK'],
    ],
], ['asOf' => '2023-01-15'], '?explain=id');
if ($status !== 200) {
    fwrite(STDERR, "KP: HTTP $status\n");
    exit(1);
}
$value = $kp['value'];
printf(
    "KP reguler: %s, golongan baru %s, TMT %s\n",
    $value['memenuhiSyarat'] ? 'memenuhi syarat' : 'belum memenuhi syarat',
    $value['golonganBaru'] ?? '-',
    $value['tmt'] ?? '-'
);
foreach ($kp['explanation'] as $line) {
    echo "  $line\n";
}

// 2. A batch of absence penalties: one JSON object per line in, one per line out (NIP carried along).
$pegawai = [
    ['nip' => '198501012010011001', 'hariKumulatif' => 2],
    ['nip' => '198702022011012002', 'hariKumulatif' => 5],
    ['nip' => '199003032015031003', 'hariKumulatif' => 12, 'hariBerturutTurut' => 10],
    ['nip' => '199104042016041004', 'hariKumulatif' => 30],
];
$lines = implode("\n", array_map(fn ($p) => json_encode($p, JSON_THROW_ON_ERROR), $pegawai)) . "\n";
[$status, $text] = post($base, '/rules/discipline.hukumanKetidakhadiran/batch?asOf=2022-12-31&keep=nip', $lines, 'application/x-ndjson');
if ($status !== 200) {
    fwrite(STDERR, "batch: HTTP $status $text\n");
    exit(1);
}
echo "Hukuman ketidakhadiran:\n";
foreach (explode("\n", trim($text)) as $line) {
    $row = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
    if (isset($row['summary'])) {
        printf("  %d baris, %d diputuskan, %d ditolak\n", $row['summary']['rows'], $row['summary']['decided'], $row['summary']['rejected']);
    } elseif (isset($row['error'])) {
        printf("  baris %d (NIP %s): %s\n", $row['line'], $row['nip'] ?? '-', $row['error']['message']);
    } else {
        printf("  NIP %s: %s\n", $row['nip'], $row['value'] ?? 'tidak ada hukuman');
    }
}

// 3. A misspelt field ("tmtPangkt"): 422, with the field, its code and the suggestion, in Bahasa Indonesia.
[$status, $error] = decide($base, 'promotion.kenaikanPangkatReguler', [
    'golongan' => 'III/b',
    'tmtPangkt' => '2019-04-01',
    'ijazah' => 'S1',
], ['asOf' => '2023-01-15']);
echo "Salah ketik: HTTP $status\n";
foreach ($error['error']['issues'] ?? [] as $issue) {
    printf("  %s [%s]: %s\n", $issue['field'], $issue['code'], $issue['message']);
}
exit($status === 422 ? 0 : 1);
