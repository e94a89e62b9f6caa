package dev.forgery.arrow;

import java.math.BigDecimal;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.parquet.schema.Type;

/**
 * One column of a data set: its name, its {@link Kind} and, for decimals, its scale. The first
 * block of rows decides them; every later block is filled into the same types.
 *
 * @param name the field name
 * @param kind the kind of its values
 * @param scale the scale of a decimal column, else 0
 */
record Column(String name, Kind kind, int scale) {

  /**
   * Decides a column from its first block.
   *
   * @param name the field name
   * @param array the block's values: {@code int[]}, {@code double[]}, {@code boolean[]} or {@code
   *     Object[]}
   * @param size how many rows of the array the block holds
   * @return the column: the kind of the first non-null value, a string column if all are null
   */
  static Column of(String name, Object array, int size) {
    if (array instanceof int[]) {
      return new Column(name, Kind.INT32, 0);
    }
    if (array instanceof double[]) {
      return new Column(name, Kind.FLOAT64, 0);
    }
    if (array instanceof boolean[]) {
      return new Column(name, Kind.BOOL, 0);
    }
    Object[] values = (Object[]) array;
    for (int i = 0; i < size; i++) {
      if (values[i] != null) {
        Kind kind = Kind.of(values[i]);
        int scale = kind == Kind.DECIMAL ? Math.max(0, ((BigDecimal) values[i]).scale()) : 0;
        if (scale > Kind.PRECISION) {
          throw new IllegalArgumentException(
              "field '"
                  + name
                  + "': a decimal with "
                  + scale
                  + " decimals has no 128-bit form, which holds at most "
                  + Kind.PRECISION
                  + " digits");
        }
        return new Column(name, kind, scale);
      }
    }
    return new Column(name, Kind.UTF8, 0);
  }

  /**
   * Returns the Arrow field: nullable, since a schema's nullable fields hold nulls.
   *
   * @return the field
   */
  Field arrow() {
    return new Field(name, FieldType.nullable(kind.arrow(scale)), null);
  }

  /**
   * Returns the optional Parquet field.
   *
   * @return the field
   */
  Type parquet() {
    return kind.parquet(name, scale);
  }

  /**
   * Fills a vector with one block of this column, replacing what it held: primitive arrays are
   * copied value by value without boxing; objects are checked against the column's kind.
   *
   * @param vector the column's vector
   * @param array the block's values, as in {@link #of}
   * @param nulls the block's null mask, or {@code null} if only objects are null
   * @param size how many rows to fill
   * @param firstRow the data set's index of the block's first row, for messages
   * @throws IllegalStateException if a value does not fit the column, naming its row and field
   */
  void fill(FieldVector vector, Object array, boolean[] nulls, int size, long firstRow) {
    vector.clear();
    vector.setInitialCapacity(size);
    vector.allocateNew();
    if (array instanceof int[]) {
      int[] values = (int[]) array;
      IntVector ints = (IntVector) vector;
      for (int i = 0; i < size; i++) {
        if (nulls == null || !nulls[i]) {
          ints.set(i, values[i]);
        }
      }
    } else if (array instanceof double[]) {
      double[] values = (double[]) array;
      Float8Vector doubles = (Float8Vector) vector;
      for (int i = 0; i < size; i++) {
        if (nulls == null || !nulls[i]) {
          doubles.set(i, values[i]);
        }
      }
    } else if (array instanceof boolean[]) {
      boolean[] values = (boolean[]) array;
      BitVector bits = (BitVector) vector;
      for (int i = 0; i < size; i++) {
        if (nulls == null || !nulls[i]) {
          bits.set(i, values[i] ? 1 : 0);
        }
      }
    } else {
      fillObjects(vector, (Object[]) array, size, firstRow);
    }
    vector.setValueCount(size);
  }

  private void fillObjects(FieldVector vector, Object[] values, int size, long firstRow) {
    for (int i = 0; i < size; i++) {
      Object value = values[i];
      if (value == null) {
        continue;
      }
      if (!kind.accepts(value)) {
        throw new IllegalStateException(
            "row "
                + (firstRow + i)
                + ", field '"
                + name
                + "': a "
                + value.getClass().getName()
                + " in a column of "
                + kind.description()
                + " values, the type its first value set");
      }
      try {
        kind.set(vector, i, value, scale);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new IllegalStateException(
            "row " + (firstRow + i) + ", field '" + name + "': " + e.getMessage(), e);
      }
    }
  }
}
