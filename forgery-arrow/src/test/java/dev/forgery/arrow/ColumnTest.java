package dev.forgery.arrow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Values that have no exact form in their column are refused, naming their row and field. */
class ColumnTest {
  private final BufferAllocator allocator = new RootAllocator();

  @AfterEach
  void close() {
    allocator.close();
  }

  private VectorSchemaRoot root(Object... values) {
    Block block =
        new Block(List.of("v"), new Object[] {values}, new boolean[1][], values.length, 100);
    return block.newRoot(block.columns(), allocator);
  }

  @Test
  void aDecimalColumnTakesTheScaleOfItsFirstValueAndWidensFewerDecimals() {
    try (VectorSchemaRoot root = root(new BigDecimal("1.25"), new BigDecimal("3.5"), null)) {
      assertThat(root.getSchema().findField("v").getType())
          .isEqualTo(new ArrowType.Decimal(38, 2, 128));
      assertThat(Fixtures.read(root.getVector(0), 1)).isEqualTo(new BigDecimal("3.50"));
      assertThat(root.getVector(0).isNull(2)).isTrue();
    }
    try (VectorSchemaRoot root = root(new BigDecimal("1E+3"))) {
      assertThat(root.getSchema().findField("v").getType())
          .isEqualTo(new ArrowType.Decimal(38, 0, 128));
      assertThat(Fixtures.read(root.getVector(0), 0)).isEqualTo(new BigDecimal("1000"));
    }
  }

  @Test
  void aDecimalWithMoreDecimalsOrDigitsThanTheColumnIsRefused() {
    assertThatThrownBy(() -> root(new BigDecimal("3.5"), new BigDecimal("1.25")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "row 101, field 'v': 1.25 has more than the column's 1 decimals, which its first value"
                + " set");
    assertThatThrownBy(() -> root(BigDecimal.ONE, new BigDecimal("1e40")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row 101, field 'v': ")
        .hasMessageContaining("has more than the 38 digits of a 128-bit decimal");
    assertThatThrownBy(() -> root(new BigDecimal("1e-40")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "field 'v': a decimal with 40 decimals has no 128-bit form, which holds at most 38"
                + " digits");
  }

  @Test
  void timesWithAFractionOfAMicrosecondAreRefused() {
    try (VectorSchemaRoot root = root(LocalTime.of(1, 2, 3, 4_000))) {
      assertThat(Fixtures.read(root.getVector(0), 0)).isEqualTo(LocalTime.of(1, 2, 3, 4_000));
    }
    assertThatThrownBy(() -> root(LocalTime.of(1, 2, 3, 4_001)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "row 100, field 'v': the value has a fraction of a microsecond, and the column holds"
                + " whole microseconds");
    assertThatThrownBy(() -> root(LocalDateTime.of(2026, 1, 1, 0, 0), LocalDateTime.MIN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("row 101, field 'v': ");
  }

  @Test
  void textWithAnUnpairedSurrogateIsRefused() {
    try (VectorSchemaRoot root = root("a\uD83D\uDE00b", "plain")) {
      assertThat(Fixtures.read(root.getVector(0), 0)).isEqualTo("a\uD83D\uDE00b");
    }
    assertThatThrownBy(() -> root("ok", "bad\uD83D"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "row 101, field 'v': unpaired surrogate U+D83D at index 3: not valid Unicode text, so"
                + " it has no UTF-8 form");
    assertThatThrownBy(() -> root("\uDE00x")).hasMessageContaining("U+DE00 at index 0");
  }

  @Test
  void aColumnWithoutValuesIsAStringColumnThatTakesAnyValueAsText() {
    try (VectorSchemaRoot root = root(null, null)) {
      assertThat(root.getSchema().findField("v").getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
      assertThat(root.getVector(0).getNullCount()).isEqualTo(2);
    }
    Column text = Column.of("v", new Object[] {null}, 1);
    assertThat(text.kind().accepts(42)).isTrue();
    assertThat(Kind.INT32.accepts("42")).isFalse();
  }
}
