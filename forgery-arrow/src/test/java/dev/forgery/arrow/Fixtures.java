package dev.forgery.arrow;

import dev.forgery.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;

/** Schemas that reach every column kind, and the reading of Arrow cells back into Java values. */
final class Fixtures {
  private Fixtures() {}

  /** Built-in providers of every kind the engine has, nullable ones among them. */
  static final Schema BUILT_IN =
      Schema.builder()
          .field("id", "uuid")
          .field("name", "name")
          .field("email", "email")
          .nullable(0.2)
          .field("age", "int", 18, 90)
          .field("score", "float", 0, 100, 2)
          .field("vip", "bool", 0.3)
          .field("n", "int")
          .nullable(0.3)
          .field("x", "float")
          .nullable(0.3)
          .field("b", "bool")
          .nullable(0.3)
          .field("joined", "date", "2000-01-01", "2030-12-31")
          .field("seen", "dateTime")
          .field("at", "instant")
          .field("balance", "decimal", -1_000, 1_000, 2)
          .nullable(0.1)
          .field("visits", "long", 0, 10_000_000_000L)
          .build();

  /** Java types that no built-in schema type produces, through custom fields. */
  static final Schema CUSTOM =
      Schema.builder()
          .field("small", f -> (short) f.integer(-300, 300))
          .field("tiny", f -> (byte) f.integer(-100, 100))
          .field("ratio", f -> (float) f.doubleValue(0, 1))
          .field("wake", f -> LocalTime.ofSecondOfDay(f.integer(0, 86_399)))
          .field(
              "stamp",
              f -> OffsetDateTime.of(2026, 1, 1, 12, 0, f.integer(0, 59), 0, ZoneOffset.ofHours(2)))
          .field(
              "zoned", f -> ZonedDateTime.of(2026, 6, 1, f.integer(0, 23), 0, 0, 0, ZoneOffset.UTC))
          .field("big", f -> java.math.BigInteger.valueOf(f.longValue(0, 1_000)).pow(3))
          .field("flag", f -> f.bool() ? Boolean.TRUE : null)
          .build();

  /**
   * Returns a value as its column holds it: Short and Byte widen to Integer, the instant of an
   * offset or zoned date-time, the text of a value without a type of its own.
   *
   * @param value a value of a record
   * @return what reading the cell back gives
   */
  static Object stored(Object value) {
    if (value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).toInstant();
    }
    if (value instanceof ZonedDateTime) {
      return ((ZonedDateTime) value).toInstant();
    }
    if (value instanceof UUID || value instanceof java.math.BigInteger) {
      return value.toString();
    }
    return value;
  }

  /**
   * Reads a cell back into the Java value it was made from.
   *
   * @param vector the column
   * @param row the row
   * @return the value, or null
   */
  static Object read(FieldVector vector, int row) {
    if (vector.isNull(row)) {
      return null;
    }
    if (vector instanceof IntVector) {
      return ((IntVector) vector).get(row);
    }
    if (vector instanceof BigIntVector) {
      return ((BigIntVector) vector).get(row);
    }
    if (vector instanceof Float8Vector) {
      return ((Float8Vector) vector).get(row);
    }
    if (vector instanceof Float4Vector) {
      return ((Float4Vector) vector).get(row);
    }
    if (vector instanceof BitVector) {
      return ((BitVector) vector).get(row) != 0;
    }
    if (vector instanceof VarCharVector) {
      return ((VarCharVector) vector).getObject(row).toString();
    }
    if (vector instanceof DateDayVector) {
      return LocalDate.ofEpochDay(((DateDayVector) vector).get(row));
    }
    if (vector instanceof TimeStampMicroTZVector) {
      long micros = ((TimeStampMicroTZVector) vector).get(row);
      return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L))
          .plusNanos(Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
    if (vector instanceof TimeStampMicroVector) {
      LocalDateTime time = ((TimeStampMicroVector) vector).getObject(row);
      return time;
    }
    if (vector instanceof TimeMicroVector) {
      return LocalTime.ofNanoOfDay(((TimeMicroVector) vector).get(row) * 1_000L);
    }
    if (vector instanceof DecimalVector) {
      BigDecimal value = ((DecimalVector) vector).getObject(row);
      return value;
    }
    throw new AssertionError("no reader for " + vector.getClass());
  }
}
