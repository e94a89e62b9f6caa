package dev.forgery.arrow;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.DecimalVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeMicroVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * The column types of forgery's values: which Java values a column holds, its Arrow type, its
 * Parquet type, how a value goes into an Arrow vector and how a cell goes from the vector into a
 * Parquet record. The class of a column's first non-null value decides its kind; {@link #UTF8} also
 * takes every value that has no other kind, as its {@code toString()}.
 */
enum Kind {
  /** {@code Integer}, {@code Short}, {@code Byte}: a signed 32-bit integer. */
  INT32("int32") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.Int(32, true);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.INT32);
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((IntVector) vector).set(row, ((Number) value).intValue());
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addInteger(((IntVector) vector).get(row));
    }
  },

  /** {@code Long}: a signed 64-bit integer. */
  INT64("int64") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.Int(64, true);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.INT64);
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((BigIntVector) vector).set(row, (Long) value);
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addLong(((BigIntVector) vector).get(row));
    }
  },

  /** {@code Float}: a 32-bit float. */
  FLOAT32("float32") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.FLOAT);
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((Float4Vector) vector).set(row, (Float) value);
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addFloat(((Float4Vector) vector).get(row));
    }
  },

  /** {@code double} columns and {@code Double}: a 64-bit float. */
  FLOAT64("float64") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.DOUBLE);
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((Float8Vector) vector).set(row, (Double) value);
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addDouble(((Float8Vector) vector).get(row));
    }
  },

  /** {@code boolean} columns and {@code Boolean}. */
  BOOL("bool") {
    @Override
    ArrowType arrow(int scale) {
      return ArrowType.Bool.INSTANCE;
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.BOOLEAN);
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((BitVector) vector).set(row, (Boolean) value ? 1 : 0);
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addBoolean(((BitVector) vector).get(row) != 0);
    }
  },

  /** {@code LocalDate}: days since 1970-01-01. */
  DATE("date") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.Date(DateUnit.DAY);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType());
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((DateDayVector) vector).set(row, Math.toIntExact(((LocalDate) value).toEpochDay()));
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addInteger(((DateDayVector) vector).get(row));
    }
  },

  /** {@code LocalDateTime}: microseconds since 1970-01-01T00:00, without a time zone. */
  TIMESTAMP("timestamp") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.INT64)
          .as(LogicalTypeAnnotation.timestampType(false, LogicalTypeAnnotation.TimeUnit.MICROS));
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((TimeStampVector) vector)
          .set(row, micros(((LocalDateTime) value).toInstant(ZoneOffset.UTC)));
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addLong(((TimeStampVector) vector).get(row));
    }
  },

  /** {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}: microseconds of UTC. */
  TIMESTAMP_UTC("timestamp with time zone UTC") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC");
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.INT64)
          .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS));
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      Instant instant =
          value instanceof OffsetDateTime
              ? ((OffsetDateTime) value).toInstant()
              : value instanceof ZonedDateTime
                  ? ((ZonedDateTime) value).toInstant()
                  : (Instant) value;
      ((TimeStampVector) vector).set(row, micros(instant));
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addLong(((TimeStampVector) vector).get(row));
    }
  },

  /** {@code LocalTime}: microseconds since midnight. */
  TIME("time") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.Time(TimeUnit.MICROSECOND, 64);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.INT64)
          .as(LogicalTypeAnnotation.timeType(false, LogicalTypeAnnotation.TimeUnit.MICROS));
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      long nanos = ((LocalTime) value).toNanoOfDay();
      ((TimeMicroVector) vector).set(row, exactMicros(nanos / 1_000, nanos % 1_000));
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addLong(((TimeMicroVector) vector).get(row));
    }
  },

  /** {@code BigDecimal}: a 128-bit decimal of 38 digits, the scale of the column's first value. */
  DECIMAL("decimal") {
    @Override
    ArrowType arrow(int scale) {
      return new ArrowType.Decimal(PRECISION, scale, 128);
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(DECIMAL_BYTES);
    }

    @Override
    Type parquet(String name, int scale) {
      return parquet().as(LogicalTypeAnnotation.decimalType(scale, PRECISION)).named(name);
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      BigDecimal exact;
      try {
        exact = ((BigDecimal) value).setScale(scale, RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            value + " has more than the column's " + scale + " decimals, which its first value set",
            e);
      }
      if (exact.precision() > PRECISION) {
        throw new IllegalArgumentException(
            value + " has more than the " + PRECISION + " digits of a 128-bit decimal");
      }
      ((DecimalVector) vector).setSafe(row, exact);
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      byte[] unscaled = ((DecimalVector) vector).getObject(row).unscaledValue().toByteArray();
      byte[] fixed = new byte[DECIMAL_BYTES];
      byte sign = unscaled[0] < 0 ? (byte) -1 : 0;
      int pad = DECIMAL_BYTES - unscaled.length;
      for (int i = 0; i < pad; i++) {
        fixed[i] = sign;
      }
      System.arraycopy(unscaled, 0, fixed, pad, unscaled.length);
      out.addBinary(Binary.fromConstantByteArray(fixed));
    }
  },

  /** {@code String}, and every other value as its {@code toString()} (UUIDs, URIs...): UTF-8. */
  UTF8("string") {
    @Override
    ArrowType arrow(int scale) {
      return ArrowType.Utf8.INSTANCE;
    }

    @Override
    Types.PrimitiveBuilder<? extends Type> parquet() {
      return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType());
    }

    @Override
    void set(FieldVector vector, int row, Object value, int scale) {
      ((VarCharVector) vector).setSafe(row, Utf8.encode(value.toString()));
    }

    @Override
    void write(RecordConsumer out, FieldVector vector, int row) {
      out.addBinary(Binary.fromConstantByteArray(((VarCharVector) vector).get(row)));
    }
  };

  /** Digits of a decimal column: the most a 128-bit decimal holds. */
  static final int PRECISION = 38;

  /** Bytes of a decimal in Parquet: 16, two's complement, big-endian. */
  private static final int DECIMAL_BYTES = 16;

  private final String description;

  Kind(String description) {
    this.description = description;
  }

  /**
   * Returns the kind of a non-null value.
   *
   * @param value a value
   * @return its kind; {@link #UTF8} for a class without one of its own
   */
  static Kind of(Object value) {
    if (value instanceof String) {
      return UTF8;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return INT32;
    }
    if (value instanceof Double) {
      return FLOAT64;
    }
    if (value instanceof Long) {
      return INT64;
    }
    if (value instanceof Boolean) {
      return BOOL;
    }
    if (value instanceof LocalDate) {
      return DATE;
    }
    if (value instanceof LocalDateTime) {
      return TIMESTAMP;
    }
    if (value instanceof BigDecimal) {
      return DECIMAL;
    }
    if (value instanceof Float) {
      return FLOAT32;
    }
    if (value instanceof Instant
        || value instanceof OffsetDateTime
        || value instanceof ZonedDateTime) {
      return TIMESTAMP_UTC;
    }
    if (value instanceof LocalTime) {
      return TIME;
    }
    return UTF8;
  }

  /**
   * Returns the Arrow type of a column of this kind.
   *
   * @param scale a decimal column's scale; ignored by the other kinds
   * @return the type
   */
  abstract ArrowType arrow(int scale);

  /**
   * Starts the optional Parquet type of a column of this kind, without its name.
   *
   * @return a builder to name
   */
  abstract Types.PrimitiveBuilder<? extends Type> parquet();

  /**
   * Returns the optional Parquet type of a column of this kind.
   *
   * @param name the column name
   * @param scale a decimal column's scale; ignored by the other kinds
   * @return the type
   */
  Type parquet(String name, int scale) {
    return parquet().named(name);
  }

  /**
   * Checks that a column of this kind can hold a value.
   *
   * @param value a non-null value
   * @return whether it fits: {@link #UTF8} takes any value, the other kinds their own classes
   */
  boolean accepts(Object value) {
    return this == UTF8 || of(value) == this;
  }

  /**
   * Puts a non-null value of this kind into row {@code row} of a vector allocated for the block.
   *
   * @param vector the column's vector
   * @param row the row in the block
   * @param value a value this kind {@link #accepts}
   * @param scale a decimal column's scale
   * @throws IllegalArgumentException or {@link ArithmeticException} if the value has no exact form
   *     in the column's type
   */
  abstract void set(FieldVector vector, int row, Object value, int scale);

  /**
   * Adds a non-null cell of a vector to the current Parquet field.
   *
   * @param out the record being written
   * @param vector the column's vector
   * @param row the row in the block
   */
  abstract void write(RecordConsumer out, FieldVector vector, int row);

  /**
   * Returns the type name that messages use.
   *
   * @return e.g. {@code int32}
   */
  String description() {
    return description;
  }

  /** Microseconds since the epoch, refusing an instant with nanoseconds that would be lost. */
  private static long micros(Instant instant) {
    long seconds = instant.getEpochSecond();
    int nanos = instant.getNano();
    return exactMicros(
        Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1_000), nanos % 1_000);
  }

  private static long exactMicros(long micros, long leftoverNanos) {
    if (leftoverNanos != 0) {
      throw new IllegalArgumentException(
          "the value has a fraction of a microsecond, and the column holds whole microseconds");
    }
    return micros;
  }
}
