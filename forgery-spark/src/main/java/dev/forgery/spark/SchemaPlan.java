package dev.forgery.spark;

import dev.forgery.Faker;
import dev.forgery.Provider;
import dev.forgery.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A schema as it travels to the executors: its {@link Schema#of(Map)} form, the locale and
 * reference date its fields were built with, and each field's Spark column. The driver makes it
 * once, checking everything an executor would trip over; an executor rebuilds the schema from it.
 */
final class SchemaPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, Object> form;
  private final String locale;
  private final LocalDate today;
  private final SparkColumn[] columns;
  private final int[] scales;
  private final boolean[] nullable;
  private final boolean unique;
  private final boolean javaTime;

  private SchemaPlan(
      LinkedHashMap<String, Object> form,
      String locale,
      LocalDate today,
      SparkColumn[] columns,
      int[] scales,
      boolean[] nullable,
      boolean unique,
      boolean javaTime) {
    this.form = form;
    this.locale = locale;
    this.today = today;
    this.columns = columns;
    this.scales = scales;
    this.nullable = nullable;
    this.unique = unique;
    this.javaTime = javaTime;
  }

  /**
   * Plans a schema for Spark.
   *
   * @param schema the schema
   * @param javaTime whether the session's row encoders read {@code java.time} values ({@code
   *     spark.sql.datetime.java8API.enabled})
   * @return the plan
   * @throws IllegalArgumentException if a field is computed by a function, uses a provider
   *     registered on a faker, has values with no Spark column or arguments that cannot be
   *     serialized; the message names the field
   */
  static SchemaPlan of(Schema schema, boolean javaTime) {
    LinkedHashMap<String, Object> form;
    try {
      form = new LinkedHashMap<>(schema.toMap());
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(
          "schema: "
              + e.getMessage()
              + ". The executors rebuild the schema from Schema.toMap(), which a function cannot"
              + " travel in",
          e);
    }
    Faker probe = new Faker(schema.locale(), 0L).withToday(schema.today());
    try {
      Schema.of(form, probe);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "schema: the executors rebuild it from Schema.toMap() with the built-in providers of "
              + schema.locale()
              + ", and that fails: "
              + e.getMessage()
              + ". A provider registered on a faker cannot travel; use built-in types",
          e);
    }
    int n = form.size();
    SparkColumn[] columns = new SparkColumn[n];
    int[] scales = new int[n];
    boolean[] nullable = new boolean[n];
    boolean unique = false;
    int i = 0;
    for (Map.Entry<String, Object> entry : form.entrySet()) {
      String name = entry.getKey();
      checkSerializable(name, entry.getValue());
      Field field = Field.of(entry.getValue());
      Provider<?> provider = probe.provider(field.type, field.args.toArray());
      columns[i] = SparkColumn.of(name, provider.type());
      scales[i] = columns[i] == SparkColumn.DECIMAL ? ((BigDecimal) provider.next()).scale() : 0;
      nullable[i] = field.nullRate > 0;
      unique |= field.unique;
      i++;
    }
    return new SchemaPlan(
        form, schema.locale(), schema.today(), columns, scales, nullable, unique, javaTime);
  }

  /** A field's form read back: type, arguments and options. */
  private record Field(String type, List<Object> args, double nullRate, boolean unique) {
    static Field of(Object form) {
      if (form instanceof String) {
        return new Field((String) form, List.of(), 0, false);
      }
      if (form instanceof List) {
        List<?> list = (List<?>) form;
        return new Field(
            (String) list.get(0), new ArrayList<>(list.subList(1, list.size())), 0, false);
      }
      Map<?, ?> options = (Map<?, ?>) form;
      return new Field(
          (String) options.get("type"),
          new ArrayList<>((List<?>) options.get("args")),
          ((Number) options.get("nullable")).doubleValue(),
          (Boolean) options.get("unique"));
    }
  }

  private static void checkSerializable(String name, Object form) {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(form);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "field '"
              + name
              + "': its arguments "
              + form
              + " cannot be serialized to travel to the executors ("
              + e
              + "); use strings, numbers, dates, lists and maps",
          e);
    }
  }

  /**
   * Returns whether a field is unique.
   *
   * @return {@code true} if one is
   */
  boolean hasUnique() {
    return unique;
  }

  /**
   * Returns the first unique field's name, for messages.
   *
   * @return the name, or {@code null}
   */
  String firstUnique() {
    for (Map.Entry<String, Object> entry : form.entrySet()) {
      if (Field.of(entry.getValue()).unique) {
        return entry.getKey();
      }
    }
    return null;
  }

  /**
   * Returns the Spark SQL schema: one column per field, in order, nullable when the field is.
   *
   * @return the struct type
   */
  StructType structType() {
    StructField[] fields = new StructField[columns.length];
    int i = 0;
    for (String name : form.keySet()) {
      fields[i] = DataTypes.createStructField(name, columns[i].type(scales[i]), nullable[i]);
      i++;
    }
    return DataTypes.createStructType(fields);
  }

  /**
   * Rebuilds the schema, with the same rows as the one the plan was made from.
   *
   * @return the schema
   */
  Schema schema() {
    return Schema.of(form, new Faker(locale, 0L).withToday(today));
  }

  /**
   * Converts the values of one row, in field order, into what Spark's row encoder reads.
   *
   * @param row the row's values, converted in place
   * @return {@code row}
   */
  Object[] convert(Object[] row) {
    for (int i = 0; i < row.length; i++) {
      if (row[i] != null) {
        row[i] = columns[i].convert(row[i], javaTime);
      }
    }
    return row;
  }
}
