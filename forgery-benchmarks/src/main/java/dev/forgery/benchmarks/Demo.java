package dev.forgery.benchmarks;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The README's demo: prints sample data, then times 100,000-value batches of forgery and Datafaker
 * on this machine.
 *
 * <p>The timing is a quick wall-clock comparison (warm-up, then the median of several rounds), good
 * for a first impression; the figures in the README come from the JMH suite in this module.
 */
public final class Demo {
  private static final int N = 100_000;
  private static final PrintStream OUT = System.out;

  private Demo() {}

  /** One timed comparison: the same batch from both libraries. */
  private record Case(String name, IntFunction<Object> forgery, IntFunction<Object> datafaker) {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
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

    net.datafaker.Faker datafaker = new net.datafaker.Faker(Locale.US, new Random(42));
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("names", faker::names, n -> repeat(n, i -> datafaker.name().fullName())));
    cases.add(
        new Case(
            "emails", faker::emails, n -> repeat(n, i -> datafaker.internet().emailAddress())));
    cases.add(
        new Case(
            "integers 0..100",
            n -> faker.integers(n, 0, 100),
            n -> {
              int[] out = new int[n];
              for (int i = 0; i < n; i++) {
                out[i] = datafaker.number().numberBetween(0, 101);
              }
              return out;
            }));
    cases.add(new Case("uuids", faker::uuids, n -> repeat(n, i -> datafaker.internet().uuid())));
    cases.add(
        new Case(
            "phone numbers",
            faker::phoneNumbers,
            n -> repeat(n, i -> datafaker.phoneNumber().phoneNumber())));
    Schema schema = RecordBenchmark.SCHEMA;
    cases.add(
        new Case(
            "5-field rows",
            n -> faker.records(n, schema),
            n -> {
              Object[] rows = new Object[n];
              for (int i = 0; i < n; i++) {
                rows[i] = RecordBenchmark.datafakerRow(datafaker);
              }
              return rows;
            }));

    OUT.println();
    OUT.printf(
        Locale.ROOT,
        "Speed on this machine, %,d values per batch (median of 5 after warm-up):%n",
        N);
    OUT.printf(
        Locale.ROOT, "  %-18s %12s %12s %10s%n", "batch", "forgery", "Datafaker", "speed-up");
    for (Case c : cases) {
      double ours = medianMillis(c.forgery());
      double theirs = medianMillis(c.datafaker());
      OUT.printf(
          Locale.ROOT, "  %-18s %9.2f ms %9.2f ms %9.1fx%n", c.name(), ours, theirs, theirs / ours);
    }
    OUT.println();
    OUT.println("A first impression only; for measured figures run the JMH suite:");
    OUT.println("  java -jar forgery-benchmarks/target/benchmarks.jar");
  }

  private static void sample(String label, Object values) {
    OUT.printf(Locale.ROOT, "  %-20s %s%n", label, values);
  }

  private static String[] repeat(int n, IntFunction<String> value) {
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = value.apply(i);
    }
    return out;
  }

  private static double medianMillis(IntFunction<Object> batch) {
    long deadline = System.nanoTime() + 1_000_000_000L;
    int sink = 0;
    // identityHashCode uses the result without walking it: a list's hashCode would hash every
    // value, and the timing would include it.
    while (System.nanoTime() < deadline) {
      sink += System.identityHashCode(batch.apply(N)) & 1;
    }
    double[] rounds = new double[5];
    for (int r = 0; r < rounds.length; r++) {
      long start = System.nanoTime();
      Object result = batch.apply(N);
      rounds[r] = (System.nanoTime() - start) / 1e6;
      sink += System.identityHashCode(result) & 1;
    }
    Arrays.sort(rounds);
    if (sink < 0) {
      OUT.println(sink); // keeps the batches alive for the JIT; never true
    }
    return rounds[rounds.length / 2];
  }
}
