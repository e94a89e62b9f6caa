package dev.forgery.cli;

import dev.forgery.CsvFormat;
import dev.forgery.Faker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code forgery records}: writes a data set of a schema file to a file, whole or not at all, or to
 * the standard output.
 */
@Command(
    name = "records",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Writes rows of a schema file's data set as CSV, JSON Lines, an Arrow IPC file or a Parquet"
          + " file.",
      "",
      "Row i depends only on the locale, the seed, the schema and i: --slice FROM:TO writes rows"
          + " FROM to TO-1 of the same data set, so slices written anywhere concatenate to one"
          + " big run (write them with --no-header). A file is written whole or not at all.",
      "",
      "  forgery records --schema users.json -n 1000000 --seed 42 -o users.csv",
      "  forgery records --schema users.json -n 1000 --format jsonl",
      "  forgery records --schema users.json -n 1000000 --seed 42 --format parquet -o users.parquet"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the data set was written",
      "1:writing failed (a provider, the disk); no partial file is left, an existing file is"
          + " untouched",
      "2:a bad flag or schema file"
    })
final class RecordsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ParentCommand private Main main;

  @Option(
      names = "--schema",
      required = true,
      paramLabel = "FILE",
      description =
          "A JSON object of field name to type, in the Schema.of form: {\"name\": \"name\","
              + " \"age\": [\"int\", 18, 65], \"bio\": {\"type\": \"text\", \"args\": [20, 80],"
              + " \"nullable\": 0.25}, \"email\": {\"type\": \"safe_email\", \"unique\": true}}.")
  private Path schema;

  @Option(
      names = "-n",
      paramLabel = "N",
      description = "Write rows 0 to N-1 (or, with --slice, check that the slice ends by N).")
  private Long count;

  @Option(
      names = "--slice",
      paramLabel = "FROM:TO",
      converter = Slice.Converter.class,
      description = "Write rows FROM to TO-1 of the data set; unique fields need FROM = 0.")
  private Slice slice;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description =
          "csv, jsonl, arrow or parquet (default: ${DEFAULT-VALUE}). arrow and parquet are binary"
              + " files: they need -o FILE.")
  private Format format;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The data set's seed (default: a new one, printed on the error stream).")
  private Long seed;

  @Option(
      names = "--locale",
      paramLabel = "LOCALE",
      defaultValue = "en_US",
      description = "The locale, e.g. de_DE (default: ${DEFAULT-VALUE}).")
  private String locale;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "The file to write, whole or not at all (default: the standard output, for csv"
              + " and jsonl).")
  private Path output;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads that generate blocks of rows, written in row order: the bytes are the same for"
              + " any N. A schema with unique fields, and arrow and parquet files, are written by"
              + " one thread (default: the number of processors).")
  private Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Report rows, throughput and bytes on the error stream every second (default: on when"
              + " writing to a file from a terminal). arrow and parquet report only the totals,"
              + " once the file is complete.")
  private Boolean progress;

  @Option(
      names = "--header",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "CSV: a first line of field names (default: on).")
  private boolean header;

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      defaultValue = ",",
      description = "CSV: the field delimiter, one character (default: '${DEFAULT-VALUE}').")
  private char delimiter;

  @Option(
      names = "--null-text",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "CSV: the text of a null value (default: an empty field).")
  private String nullText;

  @Option(
      names = "--line-ending",
      paramLabel = "crlf|lf",
      defaultValue = "crlf",
      description =
          "CSV: the line ending, crlf as RFC 4180 says or lf (default: ${DEFAULT-VALUE}).")
  private String lineEnding;

  /** Made by picocli. */
  RecordsCommand() {}

  @Override
  public Integer call() {
    if (output == null && !format.text()) {
      throw new UsageException(
          "--format "
              + format
              + " writes a binary file, which the standard output should not get: give -o FILE"
              + " (e.g. -o data."
              + format
              + "), or use --format csv or jsonl for the standard output");
    }
    Slice rows = rows();
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new UsageException("--threads must be >= 1, got " + workers);
    }
    CsvFormat csv = csvFormat();
    PrintWriter err = spec.commandLine().getErr();
    long dataSeed = seed != null ? seed : new Faker().longValue(Long.MIN_VALUE, Long.MAX_VALUE);
    Faker faker = Fakers.make(locale, dataSeed);
    SchemaFile file = SchemaFile.read(schema, faker);
    if (rows.from() > 0 && file.hasUnique()) {
      throw new UsageException(
          "--slice "
              + rows
              + ": the schema file "
              + schema
              + " has unique fields "
              + file.uniqueFields()
              + ", which are kept distinct from row 0 on; write a slice that starts at 0, or"
              + " drop \"unique\"");
    }
    DataSet data =
        new DataSet(
            locale,
            dataSeed,
            faker.today(),
            file.schema(),
            file.hasUnique(),
            rows.from(),
            rows.to(),
            workers,
            csv);
    Target target = output == null ? Target.stream(main.standardOutput()) : Target.file(output);
    boolean report = progress != null ? progress : output != null && Terminal.interactive();
    if (seed == null) {
      err.println("forgery: no --seed given; this data set is --seed " + dataSeed);
    }
    if (threads != null && threads > 1 && !format.text()) {
      err.println(
          "forgery: --threads "
              + threads
              + " applies to csv and jsonl; a "
              + format
              + " file is generated and written by one thread");
    }
    Progress meter =
        report
            ? new Progress(err, data.rows(), progress == null, System::nanoTime)
            : Progress.silent();
    try {
      format.writer().write(data, target, meter);
    } catch (IllegalStateException e) {
      throw new WriteFailure(
          (output == null ? "" : "nothing was written to " + output + ": ") + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException("schema file " + schema + ": " + e.getMessage(), e);
    }
    meter.finish();
    return 0;
  }

  /** The rows to write, from {@code -n} and {@code --slice}. */
  private Slice rows() {
    if (count != null && count < 0) {
      throw new UsageException("-n must be >= 0, got " + count);
    }
    if (slice == null) {
      if (count == null) {
        throw new UsageException(
            "say how many rows: -n N writes rows 0 to N-1, --slice FROM:TO rows FROM to TO-1");
      }
      return new Slice(0, count);
    }
    if (count != null && slice.to() > count) {
      throw new UsageException(
          "--slice " + slice + " ends after -n " + count + "; the slice must end by row " + count);
    }
    return slice;
  }

  private CsvFormat csvFormat() {
    String ending;
    if ("crlf".equalsIgnoreCase(lineEnding)) {
      ending = "\r\n";
    } else if ("lf".equalsIgnoreCase(lineEnding)) {
      ending = "\n";
    } else {
      throw new UsageException("--line-ending must be crlf or lf, got '" + lineEnding + "'");
    }
    try {
      return CsvFormat.rfc4180()
          .withHeader(header)
          .withDelimiter(delimiter)
          .withNullText(nullText)
          .withLineEnding(ending);
    } catch (IllegalArgumentException e) {
      throw new UsageException("CSV options: " + e.getMessage(), e);
    }
  }
}
