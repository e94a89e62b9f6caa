package dev.forgery.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spark in local mode: the Dataset equals the single-JVM rows, whatever the partition count. */
class ForgerySparkTest {
  private static final int N = 10_000;

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("forgery-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "localhost")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Every value class a provider gives, nullable fields included. */
  private static Schema wide() {
    return Schema.builder()
        .field("id", "uuid")
        .field("name", "name")
        .field("age", "int", 18, 65)
        .field("visits", "long_value", 0, 1_000_000_000_000L)
        .field("score", "float", 0, 100, 2)
        .field("active", "bool", 0.7)
        .field("price", "decimal", 1, 500, 2)
        .field("joined", "date", "2020-01-01", "2024-12-31")
        .field("seen", "instant")
        .field("logged", "date_time")
        .field("stamped", "offset_date_time")
        .field("zoned", "zoned_date_time")
        .field("opens", "local_time")
        .field("bio", "text", 20, 60)
        .nullable(0.3)
        .field("status", "choice", Map.of("active", 8, "inactive", 1, "pending", 1))
        .nullable(0.1)
        .build();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void theDatasetEqualsTheSingleJvmRowsWhateverThePartitionCount(int partitions) {
    Schema schema = wide();
    Dataset<Row> dataset = ForgerySpark.dataset(spark, schema, "en_US", 42L, N, partitions);
    assertThat(dataset.rdd().getNumPartitions()).isEqualTo(partitions);
    List<Row> rows = dataset.collectAsList();
    List<Map<String, Object>> expected = new Faker("en_US", 42L).records(schema, 0, N);
    assertThat(rows).hasSize(N);
    for (int i = 0; i < N; i++) {
      assertThat(values(rows.get(i))).as("row %d", i).isEqualTo(sparkValues(expected.get(i)));
    }
    assertThat(expected).anyMatch(row -> row.get("bio") == null);
  }

  @Test
  void javaTimeValuesWhenTheSessionAsksForThem() {
    Schema schema = wide();
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    try {
      List<Row> rows = ForgerySpark.dataset(spark, schema, "en_US", 5L, 1_000, 3).collectAsList();
      List<Map<String, Object>> expected = new Faker("en_US", 5L).records(schema, 0, 1_000);
      assertThat(rows.get(0).get(7)).isInstanceOf(java.time.LocalDate.class);
      assertThat(rows.get(0).get(8)).isInstanceOf(Instant.class);
      for (int i = 0; i < expected.size(); i++) {
        assertThat(values(rows.get(i))).isEqualTo(sparkValues(expected.get(i)));
      }
    } finally {
      spark.conf().unset("spark.sql.datetime.java8API.enabled");
    }
  }

  @Test
  void theDefaultPartitionCountIsTheSessionsParallelism() {
    Schema schema = Schema.builder().field("name", "name").field("age", "int", 18, 65).build();
    Dataset<Row> dataset = ForgerySpark.dataset(spark, schema, "de_DE", 7L, 1_001);
    assertThat(dataset.rdd().getNumPartitions()).isEqualTo(2);
    List<Row> rows = dataset.collectAsList();
    List<Map<String, Object>> expected = new Faker("de_DE", 7L).records(schema, 0, 1_001);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(values(rows.get(i))).isEqualTo(sparkValues(expected.get(i)));
    }
    assertThat(ForgerySpark.dataset(spark, schema, "en_US", 7L, 1).rdd().getNumPartitions())
        .isEqualTo(1);
    assertThat(ForgerySpark.dataset(spark, schema, "en_US", 7L, 0).count()).isZero();
  }

  @Test
  void aGermanSchemaKeepsItsLocaleOnTheExecutors() {
    Schema schema = Schema.builder(new Faker("de_DE")).field("city", "city").build();
    List<Row> rows = ForgerySpark.dataset(spark, schema, "en_US", 3L, 500, 3).collectAsList();
    List<Map<String, Object>> expected = new Faker("en_US", 3L).records(schema, 0, 500);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(rows.get(i).getString(0)).isEqualTo(expected.get(i).get("city"));
    }
  }

  @Test
  void sparkSqlSeesTypedNullableColumns() {
    StructType type = ForgerySpark.structType(wide());
    assertThat(type.fieldNames())
        .containsExactly(
            "id", "name", "age", "visits", "score", "active", "price", "joined", "seen", "logged",
            "stamped", "zoned", "opens", "bio", "status");
    List<DataType> types = new ArrayList<>();
    for (StructField field : type.fields()) {
      types.add(field.dataType());
      assertThat(field.nullable())
          .as(field.name())
          .isEqualTo(field.name().equals("bio") || field.name().equals("status"));
    }
    assertThat(types)
        .containsExactly(
            DataTypes.StringType,
            DataTypes.StringType,
            DataTypes.IntegerType,
            DataTypes.LongType,
            DataTypes.DoubleType,
            DataTypes.BooleanType,
            DataTypes.createDecimalType(38, 2),
            DataTypes.DateType,
            DataTypes.TimestampType,
            DataTypes.TimestampNTZType,
            DataTypes.TimestampType,
            DataTypes.TimestampType,
            DataTypes.StringType,
            DataTypes.StringType,
            DataTypes.StringType);

    Dataset<Row> dataset = ForgerySpark.dataset(spark, wide(), "en_US", 1L, 2_000, 3);
    Row stats =
        dataset
            .selectExpr(
                "min(age)", "max(age)", "count(bio)", "count(*)", "min(joined)", "max(price)")
            .first();
    assertThat(stats.getInt(0)).isGreaterThanOrEqualTo(18);
    assertThat(stats.getInt(1)).isLessThanOrEqualTo(65);
    assertThat(stats.getLong(2)).isBetween(1_000L, 1_800L);
    assertThat(stats.getLong(3)).isEqualTo(2_000);
    assertThat(stats.getDate(4).toLocalDate().getYear()).isEqualTo(2020);
    assertThat(stats.getDecimal(5)).isLessThanOrEqualTo(new BigDecimal("500"));
  }

  @Test
  void functionFieldsAreRefusedNamingTheField() {
    Schema schema =
        Schema.builder().field("name", "name").field("sku", f -> "SKU-" + f.integer(1, 9)).build();
    assertThatThrownBy(() -> ForgerySpark.dataset(spark, schema, "en_US", 1L, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'sku'")
        .hasMessageContaining("Function<Faker, ?>")
        .hasMessageContaining("executors");
  }

  @Test
  void registeredProvidersAreRefusedNamingTheField() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("sku", f -> "SKU-" + f.integer(1, 9));
    Schema schema = Schema.builder(faker).field("code", "sku").build();
    assertThatThrownBy(() -> ForgerySpark.structType(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'code'")
        .hasMessageContaining("registered on a faker");
  }

  @Test
  void uniqueFieldsNeedOnePartition() {
    Schema schema = Schema.builder().field("email", "safe_email").unique().build();
    assertThatThrownBy(() -> ForgerySpark.dataset(spark, schema, "en_US", 1L, 100, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'email' is unique")
        .hasMessageContaining("partitions = 2")
        .hasMessageContaining("partitions = 1");
    List<Row> rows = ForgerySpark.dataset(spark, schema, "en_US", 1L, 2_000, 1).collectAsList();
    List<Map<String, Object>> expected = new Faker("en_US", 1L).records(schema, 0, 2_000);
    assertThat(rows.stream().map(r -> r.getString(0)).distinct().count()).isEqualTo(2_000);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(rows.get(i).getString(0)).isEqualTo(expected.get(i).get("email"));
    }
  }

  @Test
  void badArgumentsAreNamed() {
    Schema schema = Schema.builder().field("name", "name").build();
    assertThatThrownBy(() -> ForgerySpark.dataset(spark, schema, "en_US", 1L, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows must be >= 0, got -1");
    assertThatThrownBy(() -> ForgerySpark.dataset(spark, schema, "en_US", 1L, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partitions must be >= 1, got 0");
    assertThatThrownBy(() -> ForgerySpark.dataset(spark, schema, "xx_XX", 1L, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx_XX")
        .hasMessageContaining("en_US");
    assertThatThrownBy(() -> ForgerySpark.dataset(spark, schema, null, 1L, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("locale must not be null");
    assertThatThrownBy(() -> ForgerySpark.dataset(spark, null, "en_US", 1L, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema must not be null");
    assertThatThrownBy(() -> ForgerySpark.structType(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema must not be null");
    assertThatThrownBy(() -> ForgerySpark.dataset(null, schema, "en_US", 1L, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("spark");
  }

  @Test
  void argumentsThatCannotBeSerializedAreRefusedNamingTheField() {
    Map<String, Integer> weights = new TreeMap<>((x, y) -> x.compareTo(y));
    weights.put("red", 3);
    weights.put("blue", 1);
    Schema schema = Schema.builder().field("pick", "choice", weights).build();
    assertThatThrownBy(() -> ForgerySpark.structType(schema))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'pick'")
        .hasMessageContaining("cannot be serialized");
  }

  @Test
  void slicesCoverTheRowsInRunsThatDifferByAtMostOne() {
    for (long rows : new long[] {0, 1, 6, 7, 10_000, Long.MAX_VALUE}) {
      for (int slices : new int[] {1, 3, 7, Integer.MAX_VALUE}) {
        assertThat(SliceRows.start(rows, slices, 0)).isZero();
        assertThat(SliceRows.start(rows, slices, slices)).isEqualTo(rows);
        long size = SliceRows.start(rows, slices, 1);
        for (long k : new long[] {1, slices / 2, slices - 1}) {
          long run = SliceRows.start(rows, slices, k + 1) - SliceRows.start(rows, slices, k);
          assertThat(run).isBetween(size - 1, size);
        }
      }
    }
  }

  /** A Spark row's values as Java values comparable with {@link #sparkValues}. */
  private static List<Object> values(Row row) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < row.size(); i++) {
      Object value = row.get(i);
      if (value instanceof java.sql.Date) {
        value = ((java.sql.Date) value).toLocalDate();
      } else if (value instanceof Timestamp) {
        value = ((Timestamp) value).toInstant();
      }
      out.add(value);
    }
    return out;
  }

  /** A single-JVM row as the values Spark is documented to hold for it. */
  private static List<Object> sparkValues(Map<String, Object> row) {
    List<Object> out = new ArrayList<>();
    for (Object value : row.values()) {
      if (value instanceof UUID) {
        value = value.toString();
      } else if (value instanceof OffsetDateTime) {
        value = ((OffsetDateTime) value).toInstant().truncatedTo(ChronoUnit.MICROS);
      } else if (value instanceof ZonedDateTime) {
        value = ((ZonedDateTime) value).toInstant().truncatedTo(ChronoUnit.MICROS);
      } else if (value instanceof LocalDateTime) {
        value = ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
      } else if (value instanceof LocalTime) {
        value = DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value);
      } else if (value instanceof Instant) {
        value = ((Instant) value).truncatedTo(ChronoUnit.MICROS);
      }
      out.add(value);
    }
    return out;
  }
}
