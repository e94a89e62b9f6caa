package dev.forgery.arrow;

import dev.forgery.ColumnBatch;
import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalOutputFile;

/**
 * forgery's data in columnar form: a {@link ColumnBatch} as an Apache Arrow {@link
 * VectorSchemaRoot}, and data sets of any size written as Arrow IPC files or Parquet files.
 *
 * <pre>{@code
 * Faker faker = new Faker("en_US", 42L);
 * try (BufferAllocator allocator = new RootAllocator();
 *     VectorSchemaRoot root = ForgeryArrow.toVectorSchemaRoot(faker.columns(100_000, schema), allocator)) {
 *   // hand the vectors to any Arrow consumer
 * }
 * ForgeryArrow.writeArrow(new Faker("en_US", 42L), schema, 10_000_000, Path.of("users.arrow"));
 * ForgeryArrow.writeParquet(new Faker("en_US", 42L), schema, 10_000_000, Path.of("users.parquet"));
 * }</pre>
 *
 * <p><b>Types.</b> A column's type follows the Java class of its values, as the schema's providers
 * produce them:
 *
 * <table>
 *   <caption>Java values to Arrow and Parquet types</caption>
 *   <tr><th>values</th><th>Arrow</th><th>Parquet</th></tr>
 *   <tr><td>{@code int} fields ({@code int[]} columns), {@code Integer}, {@code Short}, {@code
 *       Byte}</td><td>{@code Int(32, signed)}</td><td>{@code INT32}</td></tr>
 *   <tr><td>{@code Long}</td><td>{@code Int(64, signed)}</td><td>{@code INT64}</td></tr>
 *   <tr><td>{@code float} fields ({@code double[]} columns), {@code Double}</td>
 *       <td>{@code FloatingPoint(DOUBLE)}</td><td>{@code DOUBLE}</td></tr>
 *   <tr><td>{@code Float}</td><td>{@code FloatingPoint(SINGLE)}</td><td>{@code FLOAT}</td></tr>
 *   <tr><td>{@code bool} fields ({@code boolean[]} columns), {@code Boolean}</td>
 *       <td>{@code Bool}</td><td>{@code BOOLEAN}</td></tr>
 *   <tr><td>{@code String}</td><td>{@code Utf8}</td><td>{@code BINARY (STRING)}</td></tr>
 *   <tr><td>{@code LocalDate}</td><td>{@code Date(DAY)}</td><td>{@code INT32 (DATE)}</td></tr>
 *   <tr><td>{@code LocalDateTime}</td><td>{@code Timestamp(MICROSECOND)}, no time zone</td>
 *       <td>{@code INT64 (TIMESTAMP(MICROS, false))}</td></tr>
 *   <tr><td>{@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}</td>
 *       <td>{@code Timestamp(MICROSECOND, "UTC")}, the instant (the offset is not kept)</td>
 *       <td>{@code INT64 (TIMESTAMP(MICROS, true))}</td></tr>
 *   <tr><td>{@code LocalTime}</td><td>{@code Time(MICROSECOND, 64)}</td>
 *       <td>{@code INT64 (TIME(MICROS, false))}</td></tr>
 *   <tr><td>{@code BigDecimal} ({@code decimal} fields)</td><td>{@code Decimal(38, s, 128)}</td>
 *       <td>{@code FIXED_LEN_BYTE_ARRAY(16) (DECIMAL(38, s))}</td></tr>
 *   <tr><td>anything else: {@code UUID}, {@code BigInteger}, {@code URI}, enums...</td>
 *       <td>{@code Utf8}, the value's {@code toString()}</td>
 *       <td>{@code BINARY (STRING)}</td></tr>
 * </table>
 *
 * <p>The first non-null value of a column decides its type, and a decimal column's scale {@code s}
 * is that value's scale; a column whose first block of rows is all null is a string column. Every
 * field is nullable, and a schema's nullable fields are null where their rows drew null. A value
 * that has no exact form in its column's type (a value of another class, a decimal with more
 * decimals than the column or more than 38 digits, a time with a fraction of a microsecond, text
 * with an unpaired surrogate) is an {@link IllegalStateException} naming its row and field; nothing
 * is rounded or replaced.
 *
 * <p><b>Files.</b> The writers generate the rows as they write them, 65,536 at a time, as one Arrow
 * record batch: only that block is in memory, however many rows are written (a schema with unique
 * fields also remembers the values those fields took). Row {@code i} of the file is row {@code i}
 * of {@link Faker#records(int, Schema)} on a faker in the same state, and the slice forms write
 * rows {@code [from, to)} as {@link Faker#records(Schema, long, long)} makes them. A file is
 * written whole or not at all: the rows go to a new file in the same directory, which replaces
 * {@code file} in one atomic move once it is complete; if anything fails, the new file is deleted
 * and {@code file} is left as it was, or absent if it was. Arguments are checked before anything is
 * drawn from the faker or created on disk.
 *
 * <p><b>JDK flag.</b> Arrow's memory module reads the address of direct buffers: on JDK 17 and
 * newer run with {@code --add-opens=java.base/java.nio=ALL-UNNAMED}, or allocating fails with an
 * {@code InaccessibleObjectException}.
 *
 * @since 0.1.0
 */
public final class ForgeryArrow {
  private ForgeryArrow() {}

  /**
   * Copies a column batch into new Arrow vectors: {@code int}, {@code float} and {@code bool}
   * columns straight from their primitive arrays, without boxing, other values converted as the
   * class documentation says.
   *
   * <pre>{@code
   * try (BufferAllocator allocator = new RootAllocator();
   *     VectorSchemaRoot root =
   *         ForgeryArrow.toVectorSchemaRoot(faker.columns(100_000, schema), allocator)) {
   *   IntVector ages = (IntVector) root.getVector("age");
   * }
   * }</pre>
   *
   * @param batch the columns, e.g. from {@link Faker#columns(int, Schema)} or {@link
   *     Faker#columns(Schema, long, long)}
   * @param allocator where the vectors' memory comes from
   * @return a new root of {@code batch.size()} rows, one vector per column in schema order; the
   *     caller closes it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a decimal column's first value has more than 38 decimals
   * @throws IllegalStateException if a value has no exact form in its column's type, naming its row
   *     and field
   */
  public static VectorSchemaRoot toVectorSchemaRoot(ColumnBatch batch, BufferAllocator allocator) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(allocator, "allocator");
    Block block = Block.of(batch);
    return block.newRoot(block.columns(), allocator);
  }

  /**
   * Writes {@code n} rows of {@code schema} as an Arrow IPC file (the random-access file format,
   * {@code .arrow}), whole or not at all.
   *
   * <pre>{@code
   * ForgeryArrow.writeArrow(new Faker("en_US", 42L), schema, 10_000_000, Path.of("users.arrow"));
   * }</pre>
   *
   * @param faker the faker whose next dataset the rows are
   * @param schema the fields
   * @param n how many rows, {@code >= 0}
   * @param file the file, created or replaced
   * @return {@code n}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code n < 0}, {@code file} is a directory or its directory
   *     does not exist
   * @throws IllegalStateException if a provider fails or a value has no exact form in its column's
   *     type
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   */
  public static long writeArrow(Faker faker, Schema schema, long n, Path file) {
    return write(faker, schema, 0, count(n), file, Format.ARROW);
  }

  /**
   * Writes rows {@code [from, to)} of {@code schema}'s data set as an Arrow IPC file, whole or not
   * at all: with the same faker seed, slices written by different processes hold the rows of one
   * big run.
   *
   * <pre>{@code
   * // worker k of 4, each with the same locale, seed and schema
   * ForgeryArrow.writeArrow(new Faker("en_US", 42L), schema,
   *     k * 2_500_000L, (k + 1) * 2_500_000L, Path.of("users-" + k + ".arrow"));
   * }</pre>
   *
   * @param faker the faker whose next dataset the rows are
   * @param schema the fields; a slice of a schema with unique fields must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code >= from}
   * @param file the file, created or replaced
   * @return {@code to - from}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bounds are invalid, {@code from > 0} and the schema has
   *     unique fields, {@code file} is a directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value has no exact form in its column's
   *     type
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   */
  public static long writeArrow(Faker faker, Schema schema, long from, long to, Path file) {
    return write(faker, schema, from, to, file, Format.ARROW);
  }

  /**
   * Writes {@code n} rows of {@code schema} as a Snappy-compressed Parquet file, whole or not at
   * all. No Hadoop installation or configuration is needed.
   *
   * <pre>{@code
   * ForgeryArrow.writeParquet(
   *     new Faker("en_US", 42L), schema, 10_000_000, Path.of("users.parquet"));
   * }</pre>
   *
   * @param faker the faker whose next dataset the rows are
   * @param schema the fields
   * @param n how many rows, {@code >= 0}
   * @param file the file, created or replaced
   * @return {@code n}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code n < 0}, {@code file} is a directory or its directory
   *     does not exist
   * @throws IllegalStateException if a provider fails or a value has no exact form in its column's
   *     type
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   */
  public static long writeParquet(Faker faker, Schema schema, long n, Path file) {
    return write(faker, schema, 0, count(n), file, Format.PARQUET);
  }

  /**
   * Writes rows {@code [from, to)} of {@code schema}'s data set as a Parquet file, whole or not at
   * all: with the same faker seed, slices written by different processes hold the rows of one big
   * run, as {@link #writeArrow(Faker, Schema, long, long, Path)} writes them.
   *
   * <pre>{@code
   * // worker k of 4: one Parquet file each, together the rows of one run
   * ForgeryArrow.writeParquet(new Faker("en_US", 42L), schema,
   *     k * 2_500_000L, (k + 1) * 2_500_000L, Path.of("users-" + k + ".parquet"));
   * }</pre>
   *
   * @param faker the faker whose next dataset the rows are
   * @param schema the fields; a slice of a schema with unique fields must start at 0
   * @param from the first row index, {@code >= 0}
   * @param to one past the last row index, {@code >= from}
   * @param file the file, created or replaced
   * @return {@code to - from}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bounds are invalid, {@code from > 0} and the schema has
   *     unique fields, {@code file} is a directory or its directory does not exist
   * @throws IllegalStateException if a provider fails or a value has no exact form in its column's
   *     type
   * @throws java.io.UncheckedIOException if the file may not be written, or writing it fails
   */
  public static long writeParquet(Faker faker, Schema schema, long from, long to, Path file) {
    return write(faker, schema, from, to, file, Format.PARQUET);
  }

  private static long count(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    return n;
  }

  private static long write(
      Faker faker, Schema schema, long from, long to, Path file, Format format) {
    Objects.requireNonNull(faker, "faker");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(file, "file");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException(
          "from and to must satisfy 0 <= from <= to, got from=" + from + " and to=" + to);
    }
    Path target = AtomicOutput.target(file);
    // Checks a unique schema's slice, then draws the dataset seed: the last step that may refuse.
    Iterator<Map<String, Object>> rows = faker.stream(schema, from, to).iterator();
    AtomicOutput.write(
        target,
        temp -> {
          RowBlocks blocks = new RowBlocks(schema.fieldNames(), rows, from, to - from);
          Block block = blocks.next();
          List<Column> columns = block.columns();
          try (BufferAllocator allocator = new RootAllocator();
              VectorSchemaRoot root = VectorSchemaRoot.create(Block.schema(columns), allocator);
              Sink sink = format.open(temp, root, columns)) {
            while (block.size() > 0) {
              block.fill(root, columns);
              sink.write(root);
              block = blocks.next();
            }
            sink.finish();
          }
        });
    return to - from;
  }

  /** A file format: where the blocks of a write go. */
  private enum Format {
    ARROW {
      @Override
      Sink open(Path temp, VectorSchemaRoot root, List<Column> columns) throws IOException {
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        ArrowFileWriter writer = new ArrowFileWriter(root, null, channel);
        writer.start();
        return new Sink() {
          @Override
          public void write(VectorSchemaRoot block) throws IOException {
            writer.writeBatch();
          }

          @Override
          public void finish() throws IOException {
            writer.end();
          }

          @Override
          public void close() {
            writer.close();
          }
        };
      }
    },
    PARQUET {
      @Override
      Sink open(Path temp, VectorSchemaRoot root, List<Column> columns) throws IOException {
        ParquetWriter<ParquetRows.Row> writer =
            ParquetRows.open(new LocalOutputFile(temp), columns);
        ParquetRows.Row row = new ParquetRows.Row();
        return new Sink() {
          @Override
          public void write(VectorSchemaRoot block) throws IOException {
            for (int i = 0; i < block.getRowCount(); i++) {
              writer.write(row.at(block, i));
            }
          }

          @Override
          public void finish() {}

          @Override
          public void close() throws IOException {
            writer.close();
          }
        };
      }
    };

    /**
     * Opens the writer of a new file.
     *
     * @param temp the new file, empty
     * @param root the root every block is filled into
     * @param columns the columns
     * @return the sink
     * @throws IOException if the file cannot be opened
     */
    abstract Sink open(Path temp, VectorSchemaRoot root, List<Column> columns) throws IOException;
  }

  /** Takes the blocks of one file. */
  private interface Sink extends Closeable {
    /**
     * Writes the block the root holds.
     *
     * @param root the root, filled
     * @throws IOException if writing fails
     */
    void write(VectorSchemaRoot root) throws IOException;

    /**
     * Completes the file after the last block.
     *
     * @throws IOException if writing fails
     */
    void finish() throws IOException;
  }
}
