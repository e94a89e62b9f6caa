package dev.forgery.arrow;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Cuts a stream of rows into blocks of columns, refilling the same arrays: only one block of rows
 * is in memory, however many rows the stream has.
 */
final class RowBlocks {
  /** Rows per block: one Arrow record batch, a few megabytes for a schema of a dozen fields. */
  static final int ROWS = 65_536;

  private final Iterator<Map<String, Object>> rows;
  private final Object[][] columns;
  private final Block block;
  private long next;

  /**
   * Creates the blocks of a stream.
   *
   * @param names the field names in order
   * @param rows the rows, each a map in that order
   * @param from the data set's index of the first row
   * @param count how many rows the stream holds
   */
  RowBlocks(List<String> names, Iterator<Map<String, Object>> rows, long from, long count) {
    this.rows = rows;
    int capacity = (int) Math.min(ROWS, count);
    this.columns = new Object[names.size()][capacity];
    this.block = new Block(names, columns.clone(), new boolean[names.size()][], 0, from);
    this.next = from;
  }

  /**
   * Reads the next block of rows into the block's arrays.
   *
   * @return the block, holding no rows once the stream is used up
   */
  Block next() {
    int size = 0;
    int capacity = columns.length == 0 ? ROWS : columns[0].length;
    while (size < capacity && rows.hasNext()) {
      int j = 0;
      for (Object value : rows.next().values()) {
        columns[j++][size] = value;
      }
      size++;
    }
    block.refilled(size, next);
    next += size;
    return block;
  }
}
