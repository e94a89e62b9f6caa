package dev.forgery.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arrow IPC files read back by Arrow's own reader. */
class ArrowFileTest {
  @TempDir Path dir;

  @Test
  void theReaderSeesTheRecordsOfTheSameSeedRowByRow() throws IOException {
    Path file = dir.resolve("users.arrow");
    // More than two blocks, the last one partial.
    long n = 2L * RowBlocks.ROWS + 1_234;
    assertThat(ForgeryArrow.writeArrow(new Faker("en_US", 21L), Fixtures.BUILT_IN, n, file))
        .isEqualTo(n);
    List<Map<String, Object>> rows = new Faker("en_US", 21L).records((int) n, Fixtures.BUILT_IN);
    assertThat(readBack(file, rows)).isEqualTo(List.of(RowBlocks.ROWS, RowBlocks.ROWS, 1_234));
  }

  @Test
  void aSliceHoldsTheSameRowsAsTheWholeDataSet() throws IOException {
    Path file = dir.resolve("slice.arrow");
    assertThat(
            ForgeryArrow.writeArrow(new Faker("de_DE", 22L), Fixtures.BUILT_IN, 1_000, 4_000, file))
        .isEqualTo(3_000);
    List<Map<String, Object>> rows = new Faker("de_DE", 22L).records(4_000, Fixtures.BUILT_IN);
    assertThat(readBack(file, rows.subList(1_000, 4_000))).isEqualTo(List.of(3_000));
  }

  @Test
  void customValueTypesRoundTrip() throws IOException {
    Path file = dir.resolve("custom.arrow");
    ForgeryArrow.writeArrow(new Faker("en_US", 23L), Fixtures.CUSTOM, 2_000, file);
    assertThat(readBack(file, new Faker("en_US", 23L).records(2_000, Fixtures.CUSTOM)))
        .isEqualTo(List.of(2_000));
  }

  @Test
  void zeroRowsGiveAFileWithTheSchemaAndNoBatch() throws IOException {
    Path file = dir.resolve("empty.arrow");
    Schema schema = Schema.builder().field("age", "int").field("name", "name").build();
    assertThat(ForgeryArrow.writeArrow(new Faker("en_US", 24L), schema, 0, file)).isZero();
    try (BufferAllocator allocator = new RootAllocator();
        ArrowFileReader reader = new ArrowFileReader(FileChannel.open(file), allocator)) {
      assertThat(reader.getVectorSchemaRoot().getSchema().getFields())
          .extracting(Field::getName)
          .containsExactly("age", "name");
      assertThat(reader.getRecordBlocks()).isEmpty();
    }
  }

  /**
   * Reads a file back, checking every cell against the rows and the field names.
   *
   * @return the row count of each record batch
   */
  private static List<Integer> readBack(Path file, List<Map<String, Object>> rows)
      throws IOException {
    List<Integer> batches = new ArrayList<>();
    try (BufferAllocator allocator = new RootAllocator();
        ArrowFileReader reader = new ArrowFileReader(FileChannel.open(file), allocator)) {
      VectorSchemaRoot root = reader.getVectorSchemaRoot();
      assertThat(root.getSchema().getFields())
          .extracting(Field::getName)
          .isEqualTo(List.copyOf(rows.get(0).keySet()));
      int offset = 0;
      for (ArrowBlock block : reader.getRecordBlocks()) {
        reader.loadRecordBatch(block);
        int count = root.getRowCount();
        ColumnBatchToArrowTest.assertRows(root, rows.subList(offset, offset + count), 0);
        batches.add(count);
        offset += count;
      }
      assertThat(offset).isEqualTo(rows.size());
    }
    return batches;
  }
}
