package dev.forgery;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.schema.FieldSpec;
import dev.forgery.internal.schema.RecordPlan;
import dev.forgery.internal.schema.RowEngine;
import dev.forgery.internal.schema.RowMap;
import dev.forgery.internal.schema.TypeParser;
import dev.forgery.internal.schema.Worker;
import dev.forgery.internal.schema.Writers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Structured generation for {@link Faker}: schemas, Java records, columns, streams, writers and
 * unique values. Kept apart so that {@code Faker} only delegates.
 */
final class Structured {
  /** Record plans without overrides, analysed once per record class. */
  private static final ClassValue<RecordPlan> PLANS =
      new ClassValue<>() {
        @Override
        protected RecordPlan computeValue(Class<?> type) {
          return RecordPlan.of(type, Schema.lookup(null), List.of());
        }
      };

  /**
   * Rows a stream or a writer makes at a time: enough for each field to draw a block of values in
   * one call, few enough that a stream of millions of rows holds only this many at once.
   */
  private static final int ROWS_AT_ONCE = 1_024;

  private Structured() {}

  private static Supplier<Worker> workers(Faker faker) {
    return () -> {
      SplitMix64 random = new SplitMix64(0);
      return new Worker(faker.worker(random), random);
    };
  }

  static int sliceSize(Schema schema, long from, long to) {
    checkSlice(schema, from, to);
    if (to - from > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "a slice holds at most Integer.MAX_VALUE rows, got from=" + from + " and to=" + to);
    }
    return (int) (to - from);
  }

  static void checkSlice(Schema schema, long from, long to) {
    Objects.requireNonNull(schema, "schema");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(
          "from and to must satisfy 0 <= from <= to, got from=" + from + " and to=" + to);
    }
    if (from > 0 && schema.engine().hasUnique()) {
      throw new IllegalArgumentException(
          "a slice of a schema with unique fields must start at row 0, got from="
              + from
              + "; uniqueness is enforced from the first row on");
    }
  }

  static List<Map<String, Object>> records(
      Faker faker, Schema schema, long from, int n, boolean parallel) {
    RowEngine engine = Objects.requireNonNull(schema, "schema").engine();
    engine.checkUnique(from + n);
    long base = faker.nextSeed();
    return Collections.unmodifiableList(
        Arrays.asList(engine.maps(workers(faker), base, from, n, parallel)));
  }

  static List<Object[]> tuples(Faker faker, Schema schema, int n) {
    RowEngine engine = Objects.requireNonNull(schema, "schema").engine();
    engine.checkUnique(n);
    long base = faker.nextSeed();
    return Collections.unmodifiableList(
        Arrays.asList(engine.rows(workers(faker), base, 0, n, false)));
  }

  static ColumnBatch columns(Faker faker, Schema schema, int n, boolean parallel) {
    RowEngine engine = Objects.requireNonNull(schema, "schema").engine();
    engine.checkUnique(n);
    long base = faker.nextSeed();
    return new ColumnBatch(engine.columns(workers(faker), base, 0, n, parallel), engine.keys());
  }

  static <T extends Record> List<T> javaRecords(
      Faker faker, int n, Class<T> type, Schema overrides) {
    Objects.requireNonNull(type, "type");
    RecordPlan plan =
        overrides == null
            ? PLANS.get(type)
            : RecordPlan.of(type, Schema.lookup(null), overrides.specs());
    for (String custom : plan.customs()) {
      if (faker.registered(custom) == null) {
        throw new IllegalArgumentException(
            "record "
                + type.getName()
                + ": @FakeWith(\""
                + custom
                + "\") names no provider"
                + Suggestions.closest(custom, List.copyOf(faker.providers()))
                + "; register it with faker.register(\""
                + custom
                + "\", f -> ...) first");
      }
    }
    long base = faker.nextSeed();
    Worker w = workers(faker).get();
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(type.cast(plan.make(w, base, i)));
    }
    return Collections.unmodifiableList(out);
  }

  static Stream<Map<String, Object>> stream(Faker faker, Schema schema, long from, long to) {
    RowEngine engine = Objects.requireNonNull(schema, "schema").engine();
    long base = faker.nextSeed();
    return StreamSupport.stream(new Rows(engine, workers(faker), base, from, to), false);
  }

  /**
   * Rows {@code [next, end)}, made a block at a time and handed out one by one: 64 rows first,
   * twice as many each time up to {@link #ROWS_AT_ONCE}, so that {@code limit(10)} costs little;
   * splits hand out independent ranges, each with its own worker.
   */
  private static final class Rows implements Spliterator<Map<String, Object>> {
    private final RowEngine engine;
    private final Supplier<Worker> workers;
    private final long base;
    private final long end;
    private final List<Set<Object>> seen;
    private long next;
    private Worker worker;

    /** Rows made but not yet handed out: {@code made[taken]} is row {@code next}. */
    private Object[][] made;

    private int taken;

    /** Rows the next block will hold, at most. */
    private int blockSize = 64;

    Rows(RowEngine engine, Supplier<Worker> workers, long base, long from, long end) {
      this.engine = engine;
      this.workers = workers;
      this.base = base;
      this.next = from;
      this.end = end;
      this.seen = engine.hasUnique() ? engine.uniqueSets() : null;
    }

    @Override
    public boolean tryAdvance(Consumer<? super Map<String, Object>> action) {
      if (next >= end) {
        return false;
      }
      if (made == null || taken == made.length) {
        if (worker == null) {
          worker = workers.get();
        }
        made = new Object[(int) Math.min(blockSize, end - next)][];
        blockSize = Math.min(ROWS_AT_ONCE, 2 * blockSize);
        engine.rowsInto(worker, base, next, made);
        taken = 0;
      }
      Object[] values = made[taken];
      made[taken++] = null;
      if (seen != null) {
        engine.dedup(worker, base, next, values, seen);
      }
      next++;
      action.accept(new RowMap(engine.keys(), values));
      return true;
    }

    @Override
    public Spliterator<Map<String, Object>> trySplit() {
      long remaining = end - next;
      // Unique fields need one sequential pass; tiny ranges are not worth a split.
      if (seen != null || remaining < 2_048) {
        return null;
      }
      long mid = next + remaining / 2;
      Rows prefix = new Rows(engine, workers, base, next, mid);
      next = mid;
      // Rows made ahead now belong to the prefix, which makes them again.
      made = null;
      return prefix;
    }

    @Override
    public long estimateSize() {
      return end - next;
    }

    @Override
    public int characteristics() {
      return ORDERED | SIZED | SUBSIZED | NONNULL | IMMUTABLE;
    }
  }

  static long write(Faker faker, Schema schema, long n, Appendable out, boolean json) {
    Objects.requireNonNull(out, "out");
    RowEngine engine = Objects.requireNonNull(schema, "schema").engine();
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    engine.checkUnique(n);
    long base = faker.nextSeed();
    Worker w = workers(faker).get();
    String[] names = engine.names();
    List<Set<Object>> seen = engine.hasUnique() ? engine.uniqueSets() : null;
    Object[][] made = new Object[(int) Math.min(ROWS_AT_ONCE, n)][];
    try {
      if (!json) {
        Writers.csvLine(out, names);
      }
      for (long first = 0; first < n; first += made.length) {
        if (n - first < made.length) {
          made = new Object[(int) (n - first)][];
        }
        engine.rowsInto(w, base, first, made);
        for (int k = 0; k < made.length; k++) {
          Object[] values = made[k];
          if (seen != null) {
            engine.dedup(w, base, first + k, values, seen);
          }
          if (json) {
            Writers.jsonLine(out, names, values);
          } else {
            Writers.csvLine(out, values);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n;
  }

  static long write(Faker faker, Schema schema, long n, Path file, boolean json) {
    Objects.requireNonNull(file, "file");
    try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(faker, schema, n, writer, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Object> unique(Faker faker, String type, int n, Object... args) {
    FieldSpec spec =
        FieldSpec.of(
                type,
                type,
                TypeParser.parse(
                    type,
                    type,
                    args == null ? List.of() : Arrays.asList(args),
                    Schema.lookup(faker)))
            .asUnique();
    RowEngine engine = new RowEngine(List.of(spec));
    engine.checkUnique(n);
    long base = faker.nextSeed();
    Object[][] rows = engine.rows(workers(faker), base, 0, n, false);
    List<Object> values = new ArrayList<>(n);
    for (Object[] row : rows) {
      values.add(row[0]);
    }
    return Collections.unmodifiableList(values);
  }
}
