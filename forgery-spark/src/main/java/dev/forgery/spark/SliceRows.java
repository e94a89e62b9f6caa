package dev.forgery.spark;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns a slice number into the rows of that slice: slice {@code k} of {@code p} is rows {@code [k
 * * rows / p, (k + 1) * rows / p)} of {@code new Faker(locale, seed).records(schema, 0, rows)},
 * generated lazily on the executor that runs it.
 */
final class SliceRows implements FlatMapFunction<Long, Row> {
  private static final long serialVersionUID = 1L;

  private final SchemaPlan plan;
  private final String locale;
  private final long seed;
  private final long rows;
  private final int slices;

  SliceRows(SchemaPlan plan, String locale, long seed, long rows, int slices) {
    this.plan = plan;
    this.locale = locale;
    this.seed = seed;
    this.rows = rows;
    this.slices = slices;
  }

  /**
   * Returns the first row of slice {@code k}: the slices split {@code rows} into {@code slices}
   * runs whose sizes differ by at most one, without overflow for any {@code rows}.
   *
   * @param rows the number of rows
   * @param slices the number of slices
   * @param k the slice, {@code 0 <= k <= slices}
   * @return the index of its first row; {@code rows} for {@code k == slices}
   */
  static long start(long rows, int slices, long k) {
    long size = rows / slices;
    long rest = rows % slices;
    return k * size + Math.min(k, rest);
  }

  @Override
  public Iterator<Row> call(Long slice) {
    Schema schema = plan.schema();
    List<String> names = schema.fieldNames();
    long from = start(rows, slices, slice);
    long to = start(rows, slices, slice + 1);
    Iterator<Map<String, Object>> records =
        new Faker(locale, seed).stream(schema, from, to).iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        Map<String, Object> record = records.next();
        Object[] values = new Object[names.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = record.get(names.get(i));
        }
        return RowFactory.create(plan.convert(values));
      }
    };
  }
}
