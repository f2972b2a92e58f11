/** The text of `sistem-merit --help` (docs/cli.md says the same at length). */
export const USAGE = `Usage: sistem-merit <command> [options]

Commands:
  rules [--domain D]                               list rules with their citations (D: performance, promotion,
                                                   discipline, rewards, competency, pelayanan, or kinerja,
                                                   pangkat, disiplin, penghargaan, kompetensi)
  rules --cites REG [--article "Pasal 11"]         the rules that apply a regulation (or one of its articles),
                                                   with where each cites it
  explain <rule> --input case.json [--lang id|en]  evaluate one case and print the decision and its reasons
  schema <rule> [--part input|options|output]      print the JSON Schema of a rule's input (default),
                                                   its options, or its decision { value, reasons }
  template <rule> [--lang id] [--delimiter ';']    a CSV header for the rule's input plus one example row
                                                   (lists as indexed columns, riwayatPenilaian.0.tahun);
                                                   --lang id: ';' and decimal commas, as Excel in Indonesia
  batch <rule> --input data.csv|data.jsonl --output out.jsonl|out.csv [--reasons] [--lang id|en] [--progress]
        [--keep nip,nama] [--format csv|jsonl] [--output-format csv|jsonl] [--delimiter ';']
                                                   evaluate a whole file, streaming; bad rows are reported
                                                   with their line number and the good rows still go through;
                                                   the output is written beside and renamed into place when
                                                   done (never over the input, never partial); a progress bar
                                                   with the time left is drawn on a terminal (--progress: on
                                                   any stderr)
  survei --input survey.csv --as-of YYYY-MM-DD [--output result.json] [--keep no,tanggal] [--lang id|en]
                                                   the Indeks Kepuasan Masyarakat of a survey export (one row per
                                                   respondent, one column per unsur, answers 1-4; ',' or Excel's ';'),
                                                   folded in constant memory; prints the per-unsur table, the
                                                   index, mutu and reasons; bad rows are reported and left out
  kurva --input pegawai.csv|.jsonl --predikat-organisasi BAIK [--column predikat] [--output result.json]
                                                   a unit's employees counted per predikat (one row each) and
                                                   compared with the distribution pattern (kurvaDistribusi)
  serve [--port 8080] [--host 127.0.0.1] [--max-body BYTES] [--max-batch-rows N]
                                                   the rules over HTTP (docs/http.md; GET /openapi.json)
Common options:
  --as-of YYYY-MM-DD      the date whose rules apply (for rules that take asOf)
  --options opts.json     options of the rule (settings), as JSON
  --from input|siasn      what each record is: the rule's input (default), or an employee as SIASN serves it
                          (data utama and riwayat; JSON Lines, or { "siasn": …, "supplement": {…} }) read by
                          the rule's SIASN adapter up to --as-of (required); for batch and explain
  --keep a,b              identification columns/keys (e.g. nip,nama) carried into each output row and not
                          fed to the rule; any other unknown column or key is refused (aliases
                          --ignore-columns, --ignore-keys)
  --lang id|en            language of explanations and of messages (default: from LANG, else en;
                          explain prints its reasons in id by default)
  --format csv|jsonl      the input's format (default: from its extension, .csv or else JSON Lines;
                          needed for --input /dev/stdin)
  --output-format csv|jsonl  the output's format (default: from its extension, .csv or else JSON Lines)
  --delimiter ',' | ';' | tab  CSV delimiter (default: detected from the header; a ';' file reads and writes
                          decimal commas, 87,5)
  --debug                 print the stack of any error
  --version               the version of sistem-merit
  --help                  this text

CSV: a column per field; dots for groups (perilaku.integritas); lists as indexed columns
(riwayatPenilaian.0.tahun, riwayatPenilaian.0.predikat, riwayatPenilaian.1.tahun, …, also written
riwayatPenilaian[0].tahun) or as one JSON cell. A UTF-8 byte-order mark and CRLF line ends are accepted.

Exit codes:
  0  done (every row decided; or the reader of stdout closed it early, as with | head)
  1  nothing done: bad command line, unknown rule or domain, bad options, output = input, bad CSV header,
     invalid input to explain
  2  the batch ran to the end, some rows were rejected (reported on stderr with their line number)
  3  an input file (--input, --options) cannot be read: missing, a directory, no permission
  4  the output cannot be written: a directory, a missing directory, no permission, disk full
  5  internal error (a defect: please report it with the --debug output)
  129, 130, 143  interrupted (SIGHUP, SIGINT, SIGTERM): the output was left as it was
`;
