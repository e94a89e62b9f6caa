package dev.forgery.benchmarks;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The README's demo: prints sample data, then compares forgery's and Datafaker's 100,000-value
 * batches on this machine.
 *
 * <p>The comparison runs the JMH suite's own benchmark methods ({@code NameBenchmark.forgery()}
 * against {@code NameBenchmark.datafaker()}, and so on), each pair in a fresh JVM as JMH forks do,
 * so that no case's profile shapes another's compiled code. In that JVM both libraries are treated
 * alike: rounds alternate between them, each library runs for at least {@value #ROUND_MILLIS} ms a
 * round, {@value #WARMUP_ROUNDS} rounds warm both up and {@value #ROUNDS} are measured. A round's
 * ratio is Datafaker's mean time per batch over forgery's in that round, so a slow spell of the
 * machine falls on both, and the libraries take turns going first; the demo prints the median ratio
 * and its range over the rounds, and next to it the ratio of the README's JMH table (read from
 * {@code README.md} when the demo runs from the repository). The JMH table is the reference; the
 * demo is a quick check of it on this machine.
 */
public final class Demo {
  private static final PrintStream OUT = System.out;

  /** Rounds that warm both libraries up before any is timed. */
  public static final int WARMUP_ROUNDS = 6;

  /** Timed rounds. */
  public static final int ROUNDS = 5;

  /** The least time each library runs in a round: whole batches until it has passed. */
  public static final long ROUND_MILLIS = 250;

  /** Marks the one line of results that a forked JVM prints for its parent. */
  private static final String RESULT = "demo-result ";

  private Demo() {}

  /** One comparison: a JMH benchmark class's forgery method against its Datafaker method. */
  enum Case {
    /** {@code NameBenchmark}. */
    NAMES("names", "Name"),
    /** {@code EmailBenchmark}. */
    EMAILS("emails", "Email"),
    /** {@code IntegerBenchmark}. */
    INTEGERS("integers 0..100", "Integer"),
    /** {@code UuidBenchmark}. */
    UUIDS("uuids", "Uuid"),
    /** {@code PhoneBenchmark}. */
    PHONES("phone numbers", "Phone"),
    /** {@code RecordBenchmark}: rows as maps. */
    ROWS("5-field rows", "Record Maps");

    private final String label;
    private final String jmhRow;

    Case(String label, String jmhRow) {
      this.label = label;
      this.jmhRow = jmhRow;
    }

    /** The two batches, made from a new benchmark instance: index 0 forgery, 1 Datafaker. */
    List<Supplier<Object>> batches() {
      switch (this) {
        case NAMES:
          NameBenchmark names = new NameBenchmark();
          return List.of(names::forgery, names::datafaker);
        case EMAILS:
          EmailBenchmark emails = new EmailBenchmark();
          return List.of(emails::forgery, emails::datafaker);
        case INTEGERS:
          IntegerBenchmark integers = new IntegerBenchmark();
          return List.of(integers::forgery, integers::datafaker);
        case UUIDS:
          UuidBenchmark uuids = new UuidBenchmark();
          return List.of(uuids::forgery, uuids::datafaker);
        case PHONES:
          PhoneBenchmark phones = new PhoneBenchmark();
          return List.of(phones::forgery, phones::datafaker);
        default:
          RecordBenchmark rows = new RecordBenchmark();
          return List.of(rows::forgeryMaps, rows::datafaker);
      }
    }
  }

  /**
   * Runs the demo: sample data, then one forked JVM per comparison.
   *
   * @param args empty; {@code --fork CASE} is how the demo runs one comparison in a forked JVM
   * @throws IOException if a forked JVM cannot be started or read
   * @throws InterruptedException if interrupted while waiting for a forked JVM
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 2 && args[0].equals("--fork")) {
      OUT.println(RESULT + compare(Case.valueOf(args[1])));
      return;
    }
    if (args.length > 0) {
      throw new IllegalArgumentException(
          "the demo takes no arguments, got " + Arrays.toString(args));
    }
    samples();
    Map<String, Double> jmh = jmhRatios(Path.of("README.md"));
    OUT.println();
    OUT.printf(
        Locale.ROOT,
        "Speed on this machine, %,d values per batch: the JMH suite's benchmark methods, one fresh"
            + " JVM per row,%n%d warm-up and %d timed rounds of at least %d ms for each library:%n",
        BatchBenchmark.N,
        WARMUP_ROUNDS,
        ROUNDS,
        ROUND_MILLIS);
    OUT.printf(
        Locale.ROOT,
        "  %-15s %10s %12s %10s %15s %12s%n",
        "batch",
        "forgery",
        "Datafaker",
        "speed-up",
        "(min-max)",
        "README JMH");
    for (Case c : Case.values()) {
      double[] r = fork(c);
      Double table = jmh.get(c.jmhRow);
      OUT.printf(
          Locale.ROOT,
          "  %-15s %7.2f ms %9.2f ms %9.1fx %15s %12s%n",
          c.label,
          r[0],
          r[1],
          r[2],
          String.format(Locale.ROOT, "(%.1f-%.1fx)", r[3], r[4]),
          table == null ? "-" : String.format(Locale.ROOT, "%.1fx", table));
    }
    OUT.println();
    OUT.println(
        "Times are medians over the timed rounds; speed-up is the median of the rounds' ratios");
    OUT.println(
        "(Datafaker's time over forgery's in the same round), with their range. The reference");
    OUT.println(
        "figures are the README's JMH table (\"README JMH\": its x Datafaker column, measured");
    OUT.println(
        "in one run of the whole suite: 1 fork, 3 x 1 s warm-up, 4 x 1 s measurement); on a busy");
    OUT.println(
        "machine the demo's ratios can stray from it. Run the JMH suite for measured figures:");
    OUT.println("  java -jar forgery-benchmarks/target/benchmarks.jar NameBenchmark -f 2");
  }

  private static void samples() {
    Faker faker = new Faker("en_US", 42L);
    OUT.println("forgery demo: sample data from new Faker(\"en_US\", 42L)");
    OUT.println();
    sample("name()", faker.names(5));
    sample("email()", faker.emails(5));
    sample("safeEmail()", faker.safeEmails(5));
    sample("freeEmail()", faker.freeEmails(5));
    sample("uuid()", faker.uuids(3));
    sample("integers(5, 18, 65)", Arrays.toString(faker.integers(5, 18, 65)));
    sample("address()", faker.addresses(3));
    sample("phoneNumber()", faker.phoneNumbers(3));
    sample("dateOfBirth()", faker.datesOfBirth(3));
    sample("sentence()", faker.sentences(2));
    sample("creditCardNumber()", faker.creditCardNumbers(3));
    sample("iban()", faker.ibans(3));
    sample("company()", faker.companies(3));
    sample("url()", faker.urls(3));
    Schema people =
        Schema.builder()
            .field("id", "uuid")
            .field("name", "name")
            .field("age", "int", 18, 65)
            .field("plan", "choice", List.of("free", "pro", "enterprise"))
            .build();
    sample("records(2, schema)", faker.records(2, people));
  }

  private static void sample(String label, Object values) {
    OUT.printf(Locale.ROOT, "  %-20s %s%n", label, values);
  }

  /**
   * Runs one comparison in a new JVM with this JVM's options and class path, as a JMH fork does.
   *
   * @return forgery's and Datafaker's median ms per batch, then the median, least and greatest
   *     ratio
   */
  private static double[] fork(Case c) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            Demo.class.getName(),
            "--fork",
            c.name()));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String result = null;
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.startsWith(RESULT)) {
          result = line.substring(RESULT.length());
        } else {
          OUT.println(line);
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || result == null) {
      throw new IllegalStateException(
          "the forked JVM for " + c + " exited with " + exit + " and printed no result");
    }
    return Arrays.stream(result.split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  /**
   * One comparison, in this JVM: rounds alternating between the libraries, the same number of
   * warm-up rounds and the same least time per round for each.
   *
   * @return forgery's and Datafaker's median ms per batch, then the median, least and greatest
   *     ratio, joined by spaces
   */
  static String compare(Case c) {
    List<Supplier<Object>> batches = c.batches();
    double[][] millis = new double[2][ROUNDS];
    double[] ratios = new double[ROUNDS];
    int sink = 0;
    for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
      double[] perBatch = new double[2];
      for (int turn = 0; turn < 2; turn++) {
        // Each library goes first in every other round: neither always inherits the other's
        // garbage or cache state.
        int library = (turn + round + WARMUP_ROUNDS) % 2;
        Supplier<Object> batch = batches.get(library);
        long start = System.nanoTime();
        long deadline = start + ROUND_MILLIS * 1_000_000L;
        int calls = 0;
        long now;
        do {
          // identityHashCode uses the result without walking it: a list's hashCode would hash
          // every value, and the timing would include it.
          sink += System.identityHashCode(batch.get()) & 1;
          calls++;
          now = System.nanoTime();
        } while (now < deadline);
        perBatch[library] = (now - start) / 1e6 / calls;
      }
      if (round >= 0) {
        millis[0][round] = perBatch[0];
        millis[1][round] = perBatch[1];
        ratios[round] = perBatch[1] / perBatch[0];
      }
    }
    if (sink < 0) {
      OUT.println(sink); // keeps the batches alive for the JIT; never true
    }
    return String.format(
        Locale.ROOT,
        "%s %s %s %s %s",
        median(millis[0]),
        median(millis[1]),
        median(ratios),
        Arrays.stream(ratios).min().orElseThrow(),
        Arrays.stream(ratios).max().orElseThrow());
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * The "x Datafaker" column of the README's performance table, by benchmark group.
   *
   * @param readme the README
   * @return the ratios; empty when the README is not there (the demo run from elsewhere)
   * @throws IOException if the README exists but cannot be read
   */
  static Map<String, Double> jmhRatios(Path readme) throws IOException {
    Map<String, Double> ratios = new TreeMap<>();
    if (!Files.isRegularFile(readme)) {
      return ratios;
    }
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      jmhRow(line).ifPresent(row -> ratios.put(row.getKey(), row.getValue()));
    }
    return ratios;
  }

  /**
   * A performance table row's group and ratio: {@code | Name | 3.18 ± 1.24 | 76.1 | 3.02 | 23.9x |
   * 1.05x |}.
   */
  private static Optional<Map.Entry<String, Double>> jmhRow(String line) {
    String[] cells = line.split("\\|", -1);
    if (cells.length != 8 || !cells[5].strip().matches("\\d+(\\.\\d+)?x")) {
      return Optional.empty();
    }
    String ratio = cells[5].strip();
    return Optional.of(
        Map.entry(cells[1].strip(), Double.parseDouble(ratio.substring(0, ratio.length() - 1))));
  }
}
