package dev.forgery.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.ColumnBatch;
import dev.forgery.Faker;
import dev.forgery.Schema;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.junit.jupiter.api.Test;

class ColumnBatchToArrowTest {

  @Test
  void everyCellEqualsTheRecordOfTheSameSeed() {
    ColumnBatch batch = new Faker("en_US", 11L).columns(3_000, Fixtures.BUILT_IN);
    List<Map<String, Object>> rows = new Faker("en_US", 11L).records(3_000, Fixtures.BUILT_IN);
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = ForgeryArrow.toVectorSchemaRoot(batch, allocator)) {
      assertThat(root.getRowCount()).isEqualTo(3_000);
      assertRows(root, rows, 0);
      assertThat(root.getSchema().getFields())
          .extracting(Field::getName)
          .isEqualTo(Fixtures.BUILT_IN.fieldNames());
      assertThat(root.getSchema().findField("age").getType())
          .isEqualTo(new ArrowType.Int(32, true));
      assertThat(root.getSchema().findField("score").getType())
          .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
      assertThat(root.getSchema().findField("balance").getType())
          .isEqualTo(new ArrowType.Decimal(38, 2, 128));
      assertThat(root.getSchema().findField("id").getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
      // The nullable primitive columns really hold nulls, where the records do.
      assertThat(root.getVector("n").getNullCount()).isBetween(700, 1_100);
      assertThat(root.getVector("age").getNullCount()).isZero();
    }
  }

  @Test
  void aSliceOfColumnsIsTheSameRowsOfTheWholeDataSet() {
    ColumnBatch slice = new Faker("de_DE", 12L).columns(Fixtures.BUILT_IN, 500, 1_500);
    List<Map<String, Object>> rows = new Faker("de_DE", 12L).records(1_500, Fixtures.BUILT_IN);
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = ForgeryArrow.toVectorSchemaRoot(slice, allocator)) {
      assertThat(root.getRowCount()).isEqualTo(1_000);
      assertRows(root, rows.subList(500, 1_500), 0);
    }
  }

  @Test
  void customValueTypesGetTheirOwnArrowTypes() {
    ColumnBatch batch = new Faker("en_US", 13L).columns(500, Fixtures.CUSTOM);
    List<Map<String, Object>> rows = new Faker("en_US", 13L).records(500, Fixtures.CUSTOM);
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root = ForgeryArrow.toVectorSchemaRoot(batch, allocator)) {
      assertRows(root, rows, 0);
      assertThat(root.getSchema().findField("ratio").getType())
          .isEqualTo(new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE));
      assertThat(root.getSchema().findField("stamp").getType())
          .isEqualTo(
              new ArrowType.Timestamp(org.apache.arrow.vector.types.TimeUnit.MICROSECOND, "UTC"));
      assertThat(root.getSchema().findField("big").getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
    }
  }

  @Test
  void anEmptyBatchGivesAnEmptyRoot() {
    Schema schema = Schema.builder().field("age", "int").field("name", "name").build();
    try (BufferAllocator allocator = new RootAllocator();
        VectorSchemaRoot root =
            ForgeryArrow.toVectorSchemaRoot(new Faker("en_US", 1L).columns(0, schema), allocator)) {
      assertThat(root.getRowCount()).isZero();
      assertThat(root.getSchema().getFields()).hasSize(2);
    }
  }

  @Test
  void nullArgumentsAreNamed() {
    try (BufferAllocator allocator = new RootAllocator()) {
      assertThatThrownBy(() -> ForgeryArrow.toVectorSchemaRoot(null, allocator))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("batch");
      ColumnBatch batch = new Faker("en_US", 1L).columns(1, Fixtures.BUILT_IN);
      assertThatThrownBy(() -> ForgeryArrow.toVectorSchemaRoot(batch, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("allocator");
    }
  }

  /** Asserts that every cell of a root reads back as the value of the record. */
  static void assertRows(VectorSchemaRoot root, List<Map<String, Object>> rows, int offset) {
    List<String> names = List.copyOf(rows.isEmpty() ? List.of() : rows.get(0).keySet());
    for (int i = 0; i < rows.size(); i++) {
      for (String name : names) {
        Object expected = Fixtures.stored(rows.get(i).get(name));
        Object actual = Fixtures.read(root.getVector(name), offset + i);
        if (!java.util.Objects.equals(actual, expected)) {
          throw new AssertionError(
              "row " + i + ", field " + name + ": expected " + expected + ", got " + actual);
        }
      }
    }
  }
}
