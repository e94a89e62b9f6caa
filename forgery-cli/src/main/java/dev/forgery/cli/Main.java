package dev.forgery.cli;

import dev.forgery.Faker;
import dev.forgery.Provider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code forgery} command: prints values of any provider ({@code forgery name -n 10 --locale
 * de_DE --seed 42}), lists the providers ({@code --list}), and writes data sets with the {@code
 * records} subcommand.
 *
 * <p>Exit codes: 0 when all went well; 2 for a bad flag, a bad schema file or an unknown provider,
 * with a message saying what would be valid; 1 when writing failed, in which case no partial file
 * is left and an existing file is untouched.
 */
@Command(
    name = "forgery",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Prints values of a provider, one per line, or writes a data set (see 'forgery records"
          + " --help').",
      "",
      "Provider arguments follow the name; each is read as a JSON value if it is one (numbers,"
          + " true/false, [lists], {objects}) and as text otherwise:",
      "  forgery int 1 6 -n 5",
      "  forgery date 2020-01-01 2024-12-31 -n 3 --seed 7",
      "  forgery choice '[\"red\", \"green\"]' -n 4",
      "Quote text that reads like JSON: '\"42\"'. After '--' every word is an argument, so"
          + " negative numbers need no care: forgery int -n 3 -- -10 -1"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all values or rows were written",
      "1:writing failed; no partial file is left, an existing file is untouched",
      "2:a bad flag, schema file, provider name or provider argument"
    },
    subcommands = {RecordsCommand.class, AutoComplete.GenerateCompletion.class})
public final class Main implements Callable<Integer> {
  /** Values are drawn this many at a time, so that any {@code -n} prints in constant memory. */
  private static final int VALUES_AT_ONCE = 8_192;

  /** The system property of SLF4J's own messages' level. */
  private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

  @Spec private CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PROVIDER",
      description = "A provider name or alias in any spelling (name, safe_email, zip...).")
  private String provider;

  @Parameters(
      index = "1..*",
      paramLabel = "ARG",
      description = "The provider's arguments (see --list), as JSON values or text.")
  private List<String> arguments = new ArrayList<>();

  @Option(
      names = "-n",
      paramLabel = "N",
      description = "How many values to print (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  private int count;

  @Option(
      names = "--locale",
      paramLabel = "LOCALE",
      description = "The locale, e.g. de_DE (default: ${DEFAULT-VALUE}).",
      defaultValue = "en_US")
  private String locale;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "The seed: the same seed prints the same values (default: a new one each run).")
  private Long seed;

  @Option(names = "--list", description = "List the providers with their arguments and exit.")
  private boolean list;

  /** The standard output as bytes: where data sets go. */
  private final OutputStream stdout;

  private Main(OutputStream stdout) {
    this.stdout = stdout;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    // The Arrow and Parquet libraries log through SLF4J, and this jar bundles no SLF4J provider:
    // without this, SLF4J warns about that on the error stream, which is for forgery's messages.
    if (System.getProperty(SLF4J_VERBOSITY) == null) {
      System.setProperty(SLF4J_VERBOSITY, "ERROR");
    }
    // Not System.out: a PrintStream swallows write errors, and a closed pipe must stop the run.
    System.exit(run(new FileOutputStream(FileDescriptor.out), err, args));
  }

  /**
   * Runs the command line. Values, data sets and help go to {@code out} in UTF-8, messages and
   * progress to {@code err}; failures become exit codes 1 and 2 and a message.
   *
   * @param out the standard output
   * @param err the error stream
   * @param args the command line
   * @return the exit code
   */
  static int run(OutputStream out, PrintWriter err, String... args) {
    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CommandLine cli = new CommandLine(new Main(out));
    cli.setOut(text);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(Main::failed);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    try {
      return cli.execute(args);
    } finally {
      text.flush();
      err.flush();
    }
  }

  /**
   * Returns the standard output as bytes, for the data sets of {@code records}.
   *
   * @return the stream
   */
  OutputStream standardOutput() {
    return stdout;
  }

  private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (e instanceof UsageException) {
      err.println("forgery: " + e.getMessage());
      return UsageException.EXIT_CODE;
    }
    err.println("forgery: " + Failures.describe(e));
    return WriteFailure.EXIT_CODE;
  }

  @Override
  public Integer call() {
    Faker faker = Fakers.make(locale, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      for (String name : faker.providers()) {
        out.println(faker.describe(name));
      }
      return 0;
    }
    if (provider == null) {
      throw new UsageException(
          "name a provider (forgery name -n 10), list them (forgery --list) or write a data set"
              + " (forgery records --help)");
    }
    if (count < 0) {
      throw new UsageException("-n must be >= 0, got " + count);
    }
    Provider<?> values = Providers.bind(faker, provider, arguments);
    for (int done = 0; done < count; ) {
      int now = Math.min(VALUES_AT_ONCE, count - done);
      for (Object value : values.next(now)) {
        out.println(value);
      }
      done += now;
      // A PrintWriter keeps its errors to itself; a closed pipe stops the run here.
      if (out.checkError()) {
        throw new WriteFailure("cannot write to the standard output", null);
      }
    }
    return 0;
  }
}
