package dev.forgery.arrow;

import dev.forgery.ColumnBatch;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Rows of a data set held by column, as a {@link ColumnBatch} holds them or as a block of a stream
 * of rows: one array per field ({@code int[]}, {@code double[]}, {@code boolean[]} or {@code
 * Object[]}), an optional null mask per field, and the data set's index of the first row.
 */
final class Block {
  private final List<String> names;
  private final Object[] arrays;
  private final boolean[][] nulls;
  private int size;
  private long firstRow;

  /**
   * Creates a block.
   *
   * @param names the field names in order
   * @param arrays one array per field, owned by the block
   * @param nulls one null mask or {@code null} per field
   * @param size how many rows the arrays hold
   * @param firstRow the data set's index of the first row
   */
  Block(List<String> names, Object[] arrays, boolean[][] nulls, int size, long firstRow) {
    this.names = names;
    this.arrays = arrays;
    this.nulls = nulls;
    this.size = size;
    this.firstRow = firstRow;
  }

  /**
   * Views a column batch as a block, without copying its arrays.
   *
   * @param batch the batch
   * @return the block, its first row 0
   */
  static Block of(ColumnBatch batch) {
    List<String> names = batch.names();
    Object[] arrays = new Object[names.size()];
    boolean[][] nulls = new boolean[names.size()][];
    for (int j = 0; j < arrays.length; j++) {
      String name = names.get(j);
      Class<?> type = batch.arrayType(name);
      arrays[j] =
          type == int[].class
              ? batch.ints(name)
              : type == double[].class
                  ? batch.doubles(name)
                  : type == boolean[].class ? batch.booleans(name) : batch.objects(name);
      nulls[j] = batch.nulls(name);
    }
    return new Block(names, arrays, nulls, batch.size(), 0);
  }

  /**
   * Returns the number of rows.
   *
   * @return the size
   */
  int size() {
    return size;
  }

  /**
   * Returns the array of one field.
   *
   * @param j the field's position
   * @return the array, of at least {@link #size()} values
   */
  Object array(int j) {
    return arrays[j];
  }

  /**
   * Sets the rows the arrays now hold, after they were refilled.
   *
   * @param size how many rows
   * @param firstRow the data set's index of the first
   */
  void refilled(int size, long firstRow) {
    this.size = size;
    this.firstRow = firstRow;
  }

  /**
   * Decides the columns from this block's values.
   *
   * @return one column per field
   * @throws IllegalArgumentException if a column has no Arrow type
   */
  List<Column> columns() {
    List<Column> columns = new ArrayList<>(arrays.length);
    for (int j = 0; j < arrays.length; j++) {
      columns.add(Column.of(names.get(j), arrays[j], size));
    }
    return columns;
  }

  /**
   * Returns the Arrow schema of columns.
   *
   * @param columns the columns
   * @return the schema
   */
  static Schema schema(List<Column> columns) {
    List<Field> fields = new ArrayList<>(columns.size());
    for (Column column : columns) {
      fields.add(column.arrow());
    }
    return new Schema(fields);
  }

  /**
   * Creates a root for these columns and fills it with this block.
   *
   * @param columns the columns, as {@link #columns()} decided them
   * @param allocator where the vectors' memory comes from
   * @return the root, owned by the caller
   */
  VectorSchemaRoot newRoot(List<Column> columns, BufferAllocator allocator) {
    VectorSchemaRoot root = VectorSchemaRoot.create(schema(columns), allocator);
    try {
      fill(root, columns);
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
    return root;
  }

  /**
   * Fills a root with this block, replacing what it held.
   *
   * @param root a root created for {@code columns}
   * @param columns the columns
   * @throws IllegalStateException if a value does not fit its column, naming its row and field
   */
  void fill(VectorSchemaRoot root, List<Column> columns) {
    for (int j = 0; j < arrays.length; j++) {
      columns.get(j).fill(root.getVector(j), arrays[j], nulls[j], size, firstRow);
    }
    root.setRowCount(size);
  }
}
