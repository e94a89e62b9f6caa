package dev.forgery.spark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * How the values of one provider value class become a Spark SQL column: the column's type and the
 * conversion of each value into the external type Spark's row encoder reads.
 */
enum SparkColumn {
  /** {@code String}: {@code StringType}. */
  STRING(String.class, DataTypes.StringType),
  /** {@code Integer}: {@code IntegerType}. */
  INT(Integer.class, DataTypes.IntegerType),
  /** {@code Long}: {@code LongType}. */
  LONG(Long.class, DataTypes.LongType),
  /** {@code Double}: {@code DoubleType}. */
  DOUBLE(Double.class, DataTypes.DoubleType),
  /** {@code Boolean}: {@code BooleanType}. */
  BOOLEAN(Boolean.class, DataTypes.BooleanType),
  /** {@code BigDecimal}: {@code DecimalType(38, scale)}, the scale of the provider's values. */
  DECIMAL(BigDecimal.class, null),
  /** {@code LocalDate}: {@code DateType}. */
  DATE(LocalDate.class, DataTypes.DateType) {
    @Override
    Object convert(Object value, boolean javaTime) {
      return javaTime ? value : java.sql.Date.valueOf((LocalDate) value);
    }
  },
  /** {@code Instant}: {@code TimestampType}. */
  INSTANT(Instant.class, DataTypes.TimestampType) {
    @Override
    Object convert(Object value, boolean javaTime) {
      return timestamp((Instant) value, javaTime);
    }
  },
  /**
   * {@code OffsetDateTime}: {@code TimestampType}, the instant it names (the offset is dropped).
   */
  OFFSET_DATE_TIME(OffsetDateTime.class, DataTypes.TimestampType) {
    @Override
    Object convert(Object value, boolean javaTime) {
      return timestamp(((OffsetDateTime) value).toInstant(), javaTime);
    }
  },
  /** {@code ZonedDateTime}: {@code TimestampType}, the instant it names (the zone is dropped). */
  ZONED_DATE_TIME(ZonedDateTime.class, DataTypes.TimestampType) {
    @Override
    Object convert(Object value, boolean javaTime) {
      return timestamp(((ZonedDateTime) value).toInstant(), javaTime);
    }
  },
  /** {@code LocalDateTime}: {@code TimestampNTZType}, a wall-clock time without a zone. */
  LOCAL_DATE_TIME(LocalDateTime.class, DataTypes.TimestampNTZType),
  /**
   * {@code LocalTime}: {@code StringType} in ISO-8601 ({@code 09:30:00}); Spark 4.0 has no time of
   * day type.
   */
  LOCAL_TIME(LocalTime.class, DataTypes.StringType) {
    @Override
    Object convert(Object value, boolean javaTime) {
      return DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value);
    }
  },
  /** {@code UUID}: {@code StringType} in its canonical form; Spark has no UUID type. */
  UUID_STRING(UUID.class, DataTypes.StringType) {
    @Override
    Object convert(Object value, boolean javaTime) {
      return value.toString();
    }
  };

  private final Class<?> valueClass;
  private final DataType type;

  SparkColumn(Class<?> valueClass, DataType type) {
    this.valueClass = valueClass;
    this.type = type;
  }

  /**
   * Returns the column of a provider value class.
   *
   * @param field the field, for the message
   * @param valueClass the class of the provider's values
   * @return the column
   * @throws IllegalArgumentException if Spark has no column for the class
   */
  static SparkColumn of(String field, Class<?> valueClass) {
    for (SparkColumn column : values()) {
      if (column.valueClass.equals(valueClass)) {
        return column;
      }
    }
    throw new IllegalArgumentException(
        "field '"
            + field
            + "': its values are "
            + valueClass.getName()
            + ", which has no Spark SQL column; valid value classes: "
            + valueClasses());
  }

  /** Returns the simple names of the value classes that have a column. */
  static List<String> valueClasses() {
    return java.util.Arrays.stream(values()).map(c -> c.valueClass.getSimpleName()).toList();
  }

  /**
   * Returns the Spark SQL type of the column.
   *
   * @param scale the scale of a decimal column's values, ignored by the others
   * @return the type
   */
  DataType type(int scale) {
    return type != null ? type : DataTypes.createDecimalType(38, scale);
  }

  /**
   * Converts a non-null value into the external type Spark's row encoder reads for {@link
   * #type(int)}: {@code java.time} values when the session sets {@code
   * spark.sql.datetime.java8API.enabled}, else {@code java.sql.Date} and {@code
   * java.sql.Timestamp}, which name the same day and instant (Spark undoes the JVM time zone that
   * {@code java.sql.Date.valueOf} applies).
   *
   * @param value the value
   * @param javaTime whether the session's encoders read {@code java.time} values
   * @return the value Spark stores
   */
  Object convert(Object value, boolean javaTime) {
    return value;
  }

  private static Object timestamp(Instant instant, boolean javaTime) {
    return javaTime ? instant : java.sql.Timestamp.from(instant);
  }
}
