package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.engine.CompiledSchema;
import dev.forgery.internal.engine.RowMap;
import dev.forgery.internal.random.SplitMix64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeterminismTest {
  static final Schema SCHEMA =
      Schema.builder()
          .field("name", "name")
          .field("email", "email")
          .field("age", "int", 18, 65)
          .field("score", "float", 0, 1)
          .field("vip", "bool")
          .field("id", "uuid")
          .field("joined", "date", "2020-01-01", "2024-12-31")
          .field("tier", "choice", Map.of("gold", 1, "silver", 3, "bronze", 6))
          .field("nick", "first_name")
          .nullable(0.2)
          .build();

  private static Faker faker(long seed) {
    return new Faker("en_US", seed);
  }

  @Test
  void sameSeedGivesSameRows() {
    assertThat(faker(42).records(5_000, SCHEMA)).isEqualTo(faker(42).records(5_000, SCHEMA));
    assertThat(faker(42).records(100, SCHEMA)).isNotEqualTo(faker(43).records(100, SCHEMA));
  }

  @Test
  void consecutiveBatchesDiffer() {
    Faker faker = faker(42);
    assertThat(faker.records(100, SCHEMA)).isNotEqualTo(faker.records(100, SCHEMA));
  }

  @Test
  void parallelEqualsSequential() {
    // Large enough to be split into chunks on a multi-core machine.
    List<Map<String, Object>> sequential = faker(7).records(50_000, SCHEMA);
    assertThat(faker(7).recordsParallel(50_000, SCHEMA)).isEqualTo(sequential);
    ColumnBatch columns = faker(7).columnsParallel(50_000, SCHEMA);
    for (int i = 0; i < 50_000; i += 997) {
      assertThat(columns.row(i)).isEqualTo(sequential.get(i));
    }
  }

  @Test
  void aProviderFailingInAParallelBatchFailsTheCall() {
    Faker faker = faker(3);
    faker.register("always", f -> failing());
    // Fails on some rows only, so the failure may happen on either thread.
    faker.register("sometimes", f -> f.integer(0, 9_999) == 0 ? failing() : "fine");
    for (String provider : List.of("always", "sometimes")) {
      Schema schema = Schema.builder(faker).field("name", "name").field("x", provider).build();
      assertThatThrownBy(() -> faker.recordsParallel(50_000, schema))
          .hasMessageContaining("provider failed");
      assertThatThrownBy(() -> faker.columnsParallel(50_000, schema))
          .hasMessageContaining("provider failed");
    }
  }

  private static String failing() {
    throw new IllegalStateException("provider failed");
  }

  @Test
  void sliceEqualsSameRowsOfFullBatch() {
    List<Map<String, Object>> full = faker(9).records(3_000, SCHEMA);
    assertThat(faker(9).records(SCHEMA, 1_000, 1_500)).isEqualTo(full.subList(1_000, 1_500));
    assertThat(faker(9).records(SCHEMA, 2_999, 3_000)).isEqualTo(full.subList(2_999, 3_000));
    assertThat(faker(9).records(SCHEMA, 5, 5)).isEmpty();
    List<Map<String, Object>> pieces = new ArrayList<>();
    for (int from = 0; from < 3_000; from += 700) {
      pieces.addAll(faker(9).records(SCHEMA, from, Math.min(3_000, from + 700)));
    }
    assertThat(pieces).isEqualTo(full);
  }

  @Test
  void streamEqualsBatchSequentialAndParallel() {
    List<Map<String, Object>> full = faker(11).records(20_000, SCHEMA);
    assertThat(faker(11).stream(SCHEMA).limit(20_000).collect(Collectors.toList())).isEqualTo(full);
    assertThat(faker(11).stream(SCHEMA, 0, 20_000).parallel().collect(Collectors.toList()))
        .isEqualTo(full);
    assertThat(faker(11).stream(SCHEMA, 500, 600).collect(Collectors.toList()))
        .isEqualTo(full.subList(500, 600));
  }

  @Test
  void tuplesAndColumnsEqualRecords() {
    List<Map<String, Object>> rows = faker(13).records(2_000, SCHEMA);
    List<Object[]> tuples = faker(13).recordsTuples(2_000, SCHEMA);
    ColumnBatch columns = faker(13).columns(2_000, SCHEMA);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(tuples.get(i)).containsExactly(rows.get(i).values().toArray());
      assertThat(columns.row(i)).isEqualTo(rows.get(i));
    }
  }

  /**
   * Providers and ranges that draw whole columns at once must give what drawing each cell on its
   * own gives: every built-in provider, and int ranges whose first draws Lemire's method rejects
   * often (a quarter of them for a span of 3 * 2^30) or never (the full range).
   */
  @Test
  void everyColumnDrawnAtOnceEqualsItsCellsDrawnOneByOne() {
    Schema.Builder builder = Schema.builder();
    for (String provider : faker(1).providers()) {
      if (!EngineGoldenTest.NEED_ARGUMENTS.contains(provider)) {
        builder.field(provider, provider);
      }
    }
    Schema all =
        builder
            .field("oftenRejected", "int", Integer.MIN_VALUE, 1_073_741_823)
            .field("fullRange", "int", Integer.MIN_VALUE, Integer.MAX_VALUE)
            .field("single", "int", 7, 7)
            .build();
    int n = 3_000;
    List<Map<String, Object>> cells = cellByCell(19, all, n);
    assertThat(faker(19).records(n, all)).isEqualTo(cells);
    assertThat(faker(19).stream(all).limit(n).collect(Collectors.toList())).isEqualTo(cells);
    List<Object[]> tuples = faker(19).recordsTuples(n, all);
    ColumnBatch columns = faker(19).columns(n, all);
    for (int i = 0; i < n; i++) {
      assertThat(tuples.get(i)).containsExactly(cells.get(i).values().toArray());
      assertThat(columns.row(i)).isEqualTo(cells.get(i));
    }
  }

  /** The first {@code n} rows of a fresh {@code faker(seed)}'s first batch, drawn cell by cell. */
  private static List<Map<String, Object>> cellByCell(long seed, Schema schema, int n) {
    Faker faker = faker(seed);
    long base = faker.nextSeed();
    SplitMix64 worker = new SplitMix64(0);
    CompiledSchema engine = schema.engine();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object[] values = new Object[schema.fieldNames().size()];
      engine.fill(worker, base, i, values);
      rows.add(new RowMap(engine.keys(), values));
    }
    return rows;
  }

  @Test
  void aFieldDoesNotDependOnTheOtherFields() {
    Schema small = Schema.builder().field("email", "email").field("age", "int", 18, 65).build();
    Schema bigger =
        Schema.builder()
            .field("age", "int", 18, 65)
            .field("extra", "text", 10, 20)
            .field("email", "email")
            .build();
    List<Map<String, Object>> a = faker(17).records(500, small);
    List<Map<String, Object>> b = faker(17).records(500, bigger);
    for (int i = 0; i < 500; i++) {
      assertThat(b.get(i).get("email")).isEqualTo(a.get(i).get("email"));
      assertThat(b.get(i).get("age")).isEqualTo(a.get(i).get("age"));
    }
  }

  @Test
  void goldenRowsPinTheSeedingScheme() {
    Schema schema = Schema.builder().field("age", "int", 0, 1_000_000).build();
    int[] ages = faker(42).columns(5, schema).ints("age");
    // Pinned values: a change here changes every dataset users have generated; note it in
    // CHANGELOG when it is deliberate.
    assertThat(ages).containsExactly(GOLDEN_AGES);
  }

  static final int[] GOLDEN_AGES = {640761, 912797, 964803, 297523, 736861};

  @Test
  void badSlicesAreRejected() {
    assertThatThrownBy(() -> faker(1).records(SCHEMA, -1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from=-1");
    assertThatThrownBy(() -> faker(1).records(SCHEMA, 6, 5)).hasMessageContaining("to=5");
    assertThatThrownBy(() -> faker(1).records(SCHEMA, 0, 3_000_000_000L))
        .hasMessageContaining("at most Integer.MAX_VALUE");
    assertThatThrownBy(() -> faker(1).stream(SCHEMA, 3, 2)).hasMessageContaining("from=3");
    assertThatThrownBy(() -> faker(1).records(-1, SCHEMA)).hasMessageContaining("n must be >= 0");
    // More than an array holds ended in OutOfMemoryError ("Requested array size exceeds VM limit").
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable huge :
        List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            () -> faker(1).names(Integer.MAX_VALUE),
            () -> faker(1).records(Integer.MAX_VALUE, SCHEMA),
            () -> faker(1).unique("email", Integer.MAX_VALUE))) {
      assertThatThrownBy(huge)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "n must be at most 2147483639, the most values one list or array holds, got"
                  + " 2147483647; stream the values (faker.stream(schema)) or write them"
                  + " (faker.writeCsv) for more");
    }
    Schema unique = Schema.builder().field("e", "email").unique().build();
    assertThatThrownBy(() -> faker(1).records(unique, 10, 20))
        .hasMessageContaining("must start at row 0");
    assertThat(faker(1).records(unique, 0, 20)).hasSize(20);
  }
}
