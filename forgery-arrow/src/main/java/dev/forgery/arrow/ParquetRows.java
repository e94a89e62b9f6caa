package dev.forgery.arrow;

import java.util.HashMap;
import java.util.List;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes the rows of filled Arrow vectors as Parquet records, reading each cell from its vector:
 * the values are converted once, into the vectors, for both file formats. A record is a row index
 * into the current root.
 */
final class ParquetRows extends WriteSupport<ParquetRows.Row> {
  /** The row to write: a root and an index into it, reused for every row. */
  static final class Row {
    private VectorSchemaRoot root;
    private int index;

    /**
     * Points at a row.
     *
     * @param root the root
     * @param index the row in it
     * @return this
     */
    Row at(VectorSchemaRoot root, int index) {
      this.root = root;
      this.index = index;
      return this;
    }
  }

  private final List<Column> columns;
  private final MessageType schema;
  private RecordConsumer out;

  private ParquetRows(List<Column> columns) {
    this.columns = columns;
    Type[] fields = new Type[columns.size()];
    for (int j = 0; j < fields.length; j++) {
      fields[j] = columns.get(j).parquet();
    }
    this.schema = new MessageType("forgery", fields);
  }

  /**
   * Opens a Parquet writer of these columns, Snappy-compressed, without Hadoop's configuration or
   * codecs.
   *
   * @param file the file, replaced if it exists
   * @param columns the columns
   * @return the writer
   * @throws java.io.IOException if the file cannot be created
   */
  static ParquetWriter<Row> open(OutputFile file, List<Column> columns) throws java.io.IOException {
    return new Builder(file, columns)
        .withConf(new PlainParquetConfiguration())
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCompressionCodec(CompressionCodecName.SNAPPY)
        .withCodecFactory(new SnappyPages())
        .build();
  }

  // Abstract in parquet-java and deprecated there: implemented because it must be, never called,
  // since the writer is built with a ParquetConfiguration, not Hadoop's.
  @SuppressWarnings("deprecation")
  @Override
  public WriteContext init(Configuration configuration) {
    return new WriteContext(schema, new HashMap<>());
  }

  @Override
  public WriteContext init(ParquetConfiguration configuration) {
    return new WriteContext(schema, new HashMap<>());
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.out = recordConsumer;
  }

  @Override
  public void write(Row row) {
    out.startMessage();
    for (int j = 0; j < columns.size(); j++) {
      FieldVector vector = row.root.getVector(j);
      if (vector.isNull(row.index)) {
        continue;
      }
      String name = columns.get(j).name();
      out.startField(name, j);
      columns.get(j).kind().write(out, vector, row.index);
      out.endField(name, j);
    }
    out.endMessage();
  }

  /** Builds the writer. */
  private static final class Builder extends ParquetWriter.Builder<Row, Builder> {
    private final List<Column> columns;

    Builder(OutputFile file, List<Column> columns) {
      super(file);
      this.columns = columns;
    }

    @Override
    protected Builder self() {
      return this;
    }

    // Abstract and deprecated, as init(Configuration) is; never called, for the same reason.
    @SuppressWarnings("deprecation")
    @Override
    protected WriteSupport<Row> getWriteSupport(Configuration configuration) {
      return new ParquetRows(columns);
    }

    @Override
    protected WriteSupport<Row> getWriteSupport(ParquetConfiguration configuration) {
      return new ParquetRows(columns);
    }
  }
}
