package dev.forgery;

import dev.forgery.internal.engine.Columns;
import dev.forgery.internal.engine.RowMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A batch of rows stored by column: one array per field, primitive for {@code int} ({@code int[]}),
 * {@code float} ({@code double[]}) and {@code bool} ({@code boolean[]}) fields, {@code Object[]}
 * for the rest.
 *
 * <pre>{@code
 * ColumnBatch batch = faker.columns(1_000_000, schema);
 * int[] ages = batch.ints("age");
 * Object[] emails = batch.objects("email");
 * }</pre>
 *
 * <p>The accessors return the batch's own arrays, without copying: they are meant to be handed to a
 * bulk loader or a vector computation as they are. A nullable field keeps a null mask; at a null
 * row its primitive array holds 0 or {@code false}.
 *
 * @since 0.1.0
 */
public final class ColumnBatch {
  private final String[] names;
  private final Object[] arrays;
  private final boolean[][] nulls;
  private final int size;
  private final RowMap.Keys keys;

  ColumnBatch(Columns columns, RowMap.Keys keys) {
    this.names = columns.names();
    this.arrays = columns.arrays();
    this.nulls = columns.nulls();
    this.size = columns.size();
    this.keys = keys;
  }

  /**
   * Returns the number of rows.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the column names in schema order.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return Collections.unmodifiableList(Arrays.asList(names.clone()));
  }

  /**
   * Returns the array class of a column: {@code int[].class}, {@code double[].class}, {@code
   * boolean[].class} or {@code Object[].class}.
   *
   * @param column a column name
   * @return the array class
   * @throws IllegalArgumentException if there is no such column
   */
  public Class<?> arrayType(String column) {
    return arrays[index(column)].getClass();
  }

  /**
   * Returns an {@code int} column.
   *
   * @param column the name of an {@code int} field
   * @return the batch's array
   * @throws IllegalArgumentException if there is no such column or it is not {@code int}
   */
  public int[] ints(String column) {
    return (int[]) typed(column, int[].class);
  }

  /**
   * Returns a {@code float} column.
   *
   * @param column the name of a {@code float} field
   * @return the batch's array
   * @throws IllegalArgumentException if there is no such column or it is not {@code float}
   */
  public double[] doubles(String column) {
    return (double[]) typed(column, double[].class);
  }

  /**
   * Returns a {@code bool} column.
   *
   * @param column the name of a {@code bool} field
   * @return the batch's array
   * @throws IllegalArgumentException if there is no such column or it is not {@code bool}
   */
  public boolean[] booleans(String column) {
    return (boolean[]) typed(column, boolean[].class);
  }

  /**
   * Returns a column of objects (strings, dates, UUIDs...).
   *
   * @param column the name of a field that is not {@code int}, {@code float} or {@code bool}
   * @return the batch's array
   * @throws IllegalArgumentException if there is no such column or it is primitive
   */
  public Object[] objects(String column) {
    return (Object[]) typed(column, Object[].class);
  }

  /**
   * Returns the null mask of a column: {@code true} at the rows that hold {@code null}. Only the
   * nullable fields of a schema have one; at a null row the column's primitive array holds 0 or
   * {@code false}, so a bulk reader of a primitive column needs the mask to tell the two apart.
   *
   * @param column a column name
   * @return the batch's own mask, or {@code null} if the field is never null
   * @throws IllegalArgumentException if there is no such column
   * @since 0.1.0
   */
  public boolean[] nulls(String column) {
    return nulls[index(column)];
  }

  /**
   * Returns whether a cell is {@code null}.
   *
   * @param column a column name
   * @param row a row index
   * @return {@code true} if the cell holds {@code null}
   * @throws IllegalArgumentException if there is no such column
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public boolean isNull(String column, int row) {
    int j = index(column);
    java.util.Objects.checkIndex(row, size);
    return get(j, row) == null;
  }

  /**
   * Returns one cell, boxed.
   *
   * @param column a column name
   * @param row a row index
   * @return the value, or {@code null}
   * @throws IllegalArgumentException if there is no such column
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public Object get(String column, int row) {
    int j = index(column);
    java.util.Objects.checkIndex(row, size);
    return get(j, row);
  }

  /**
   * Returns one row as an immutable map in schema order, equal to the same row of {@link
   * Faker#records(int, Schema)}.
   *
   * @param row a row index
   * @return the row
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public java.util.Map<String, Object> row(int row) {
    java.util.Objects.checkIndex(row, size);
    Object[] values = new Object[arrays.length];
    for (int j = 0; j < values.length; j++) {
      values[j] = get(j, row);
    }
    return new RowMap(keys, values);
  }

  private Object get(int j, int row) {
    if (nulls[j] != null && nulls[j][row]) {
      return null;
    }
    Object array = arrays[j];
    if (array instanceof int[]) {
      return ((int[]) array)[row];
    }
    if (array instanceof double[]) {
      return ((double[]) array)[row];
    }
    if (array instanceof boolean[]) {
      return ((boolean[]) array)[row];
    }
    return ((Object[]) array)[row];
  }

  private Object typed(String column, Class<?> type) {
    int j = index(column);
    if (arrays[j].getClass() != type) {
      throw new IllegalArgumentException(
          "column '"
              + column
              + "' is stored as "
              + arrays[j].getClass().getSimpleName()
              + ", not "
              + type.getSimpleName());
    }
    return arrays[j];
  }

  private int index(String column) {
    for (int j = 0; j < names.length; j++) {
      if (names[j].equals(column)) {
        return j;
      }
    }
    throw new IllegalArgumentException(
        "no column '" + column + "'; columns: " + Arrays.toString(names));
  }

  @Override
  public String toString() {
    return "ColumnBatch[" + size + " rows, columns " + Arrays.toString(names) + "]";
  }
}
