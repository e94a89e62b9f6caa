package dev.forgery.benchmarks;

import dev.forgery.ColumnBatch;
import dev.forgery.FakeWith;
import dev.forgery.Schema;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;

/** 100,000 rows of {name, email, age int 18..65, city, uuid}. */
public class RecordBenchmark extends BatchBenchmark {
  /** The benchmark's row: {name, email, age int 18..65, city, uuid}. */
  static final Schema SCHEMA =
      Schema.builder()
          .field("name", "name")
          .field("email", "email")
          .field("age", "int", 18, 65)
          .field("city", "city")
          .field("id", "uuid")
          .build();

  private final Schema schema = SCHEMA;

  private final Floor.Bytes first = new Floor.Bytes(Floor.table("en_US/first_names"));
  private final Floor.Bytes last = new Floor.Bytes(Floor.table("en_US/last_names"));
  private final Floor.Bytes firstLower =
      new Floor.Bytes(Floor.lower(Floor.table("en_US/first_names")));
  private final Floor.Bytes lastLower =
      new Floor.Bytes(Floor.lower(Floor.table("en_US/last_names")));
  private final Floor.Bytes domains = new Floor.Bytes(Floor.table("en_US/email_domains"));
  private final String[] cities = cities(Floor.table("en_US/zip_codes"));

  private static String[] cities(String[] zipLines) {
    String[] out = new String[zipLines.length];
    for (int i = 0; i < zipLines.length; i++) {
      String[] parts = zipLines[i].split(";");
      out[i] = parts[1];
    }
    return out;
  }

  /**
   * forgery's rows as ordered maps.
   *
   * @return the rows
   */
  @Benchmark
  public List<Map<String, Object>> forgeryMaps() {
    return forgery.records(N, schema);
  }

  /**
   * forgery's rows as ordered maps from its lazy stream, collected: the same rows as {@link
   * #forgeryMaps()}, made a block at a time as the stream is consumed.
   *
   * @return the rows
   */
  @Benchmark
  public List<Map<String, Object>> forgeryStream() {
    return forgery.stream(schema).limit(N).collect(Collectors.toList());
  }

  /**
   * forgery's rows as {@code Object[]} tuples.
   *
   * @return the rows
   */
  @Benchmark
  public List<Object[]> forgeryTuples() {
    return forgery.recordsTuples(N, schema);
  }

  /**
   * forgery's rows as one array per column.
   *
   * @return the columns
   */
  @Benchmark
  public ColumnBatch forgeryColumns() {
    return forgery.columns(N, schema);
  }

  /**
   * The benchmark's row as a Java record: the same five values as {@link #SCHEMA}, each component
   * filled by its name or type.
   *
   * @param name a full name
   * @param email an email address
   * @param age 18 to 65
   * @param city a city
   * @param id a version 4 UUID
   */
  public record Row(
      String name,
      String email,
      @FakeWith(
              value = "int",
              args = {"18", "65"})
          int age,
      String city,
      UUID id) {}

  /**
   * forgery's rows as Java records.
   *
   * @return the records
   */
  @Benchmark
  public List<Row> forgeryJavaRecords() {
    return forgery.records(N, Row.class);
  }

  /**
   * forgery's rows as ordered maps, generated on every core.
   *
   * @return the rows
   */
  @Benchmark
  public List<Map<String, Object>> forgeryMapsParallel() {
    return forgery.recordsParallel(N, schema);
  }

  /**
   * forgery's columns, generated on every core.
   *
   * @return the columns
   */
  @Benchmark
  public ColumnBatch forgeryColumnsParallel() {
    return forgery.columnsParallel(N, schema);
  }

  /**
   * Datafaker, one {@code LinkedHashMap} per row.
   *
   * @return the rows
   */
  @Benchmark
  public Object[] datafaker() {
    Object[] out = new Object[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafakerRow(datafaker);
    }
    return out;
  }

  /**
   * One row of the benchmark's schema built with Datafaker, as its users write it.
   *
   * @param datafaker the generator
   * @return a new ordered map
   */
  static Map<String, Object> datafakerRow(net.datafaker.Faker datafaker) {
    Map<String, Object> row = new LinkedHashMap<>(8);
    row.put("name", datafaker.name().fullName());
    row.put("email", datafaker.internet().emailAddress());
    row.put("age", datafaker.number().numberBetween(18, 66));
    row.put("city", datafaker.address().city());
    row.put("id", datafaker.internet().uuid());
    return row;
  }

  /**
   * Uniform picks, names and emails copied as bytes as in their own floors, one {@code Object[]}
   * per row.
   *
   * @return the rows
   */
  @Benchmark
  public Object[][] floor() {
    Object[][] out = new Object[N][];
    byte[] buf = new byte[96];
    for (int i = 0; i < N; i++) {
      int at = first.copy(floor.pick(first.size()), buf, 0);
      buf[at++] = ' ';
      at = last.copy(floor.pick(last.size()), buf, at);
      String name = new String(buf, 0, at, StandardCharsets.ISO_8859_1);
      at = firstLower.copy(floor.pick(firstLower.size()), buf, 0);
      buf[at++] = '.';
      at = lastLower.copy(floor.pick(lastLower.size()), buf, at);
      buf[at++] = '@';
      at = domains.copy(floor.pick(domains.size()), buf, at);
      String email = new String(buf, 0, at, StandardCharsets.ISO_8859_1);
      int age = 18 + floor.pick(48);
      String city = cities[floor.pick(cities.length)];
      UUID id =
          new UUID(
              (floor.next() & ~0xF000L) | 0x4000L,
              (floor.next() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
      out[i] = new Object[] {name, email, age, city, id};
    }
    return out;
  }
}
