package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnBatchTest {
  private static final Schema SCHEMA =
      Schema.builder()
          .field("age", "int", 18, 65)
          .field("score", "float", 0, 1)
          .field("vip", "bool", 0.25)
          .field("name", "name")
          .field("n", "int")
          .nullable(0.5)
          .field("x", "float")
          .nullable(0.5)
          .field("b", "bool")
          .nullable(0.5)
          .field("s", "email")
          .nullable(0.5)
          .build();

  @Test
  void primitiveColumnsHoldTheValues() {
    ColumnBatch batch = new Faker("en_US", 1L).columns(10_000, SCHEMA);
    assertThat(batch.size()).isEqualTo(10_000);
    assertThat(batch.names()).isEqualTo(SCHEMA.fieldNames());
    assertThat(batch.arrayType("age")).isEqualTo(int[].class);
    assertThat(batch.arrayType("score")).isEqualTo(double[].class);
    assertThat(batch.arrayType("vip")).isEqualTo(boolean[].class);
    assertThat(batch.arrayType("name")).isEqualTo(Object[].class);
    assertThat(batch.ints("age")).hasSize(10_000);
    assertThat(Arrays.stream(batch.ints("age")).allMatch(a -> a >= 18 && a <= 65)).isTrue();
    assertThat(Arrays.stream(batch.doubles("score")).allMatch(d -> d >= 0 && d < 1)).isTrue();
    int trues = 0;
    for (boolean b : batch.booleans("vip")) {
      trues += b ? 1 : 0;
    }
    assertThat(trues).isBetween(2_200, 2_800);
    assertThat(batch.objects("name")).allMatch(n -> ((String) n).contains(" "));
    assertThat(batch.get("age", 3)).isEqualTo(batch.ints("age")[3]);
    assertThat(batch.toString()).contains("10000 rows");
  }

  @Test
  void nullMasksMatchRecords() {
    ColumnBatch batch = new Faker("en_US", 2L).columns(2_000, SCHEMA);
    List<Map<String, Object>> rows = new Faker("en_US", 2L).records(2_000, SCHEMA);
    int nulls = 0;
    for (int i = 0; i < 2_000; i++) {
      for (String column : List.of("n", "x", "b", "s")) {
        assertThat(batch.isNull(column, i)).isEqualTo(rows.get(i).get(column) == null);
        assertThat(batch.get(column, i)).isEqualTo(rows.get(i).get(column));
        nulls += batch.isNull(column, i) ? 1 : 0;
      }
    }
    assertThat(nulls).isBetween(3_700, 4_300);
  }

  @Test
  void wrongColumnsAreReported() {
    ColumnBatch batch = new Faker("en_US", 1L).columns(3, SCHEMA);
    assertThatThrownBy(() -> batch.ints("name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'name' is stored as Object[], not int[]");
    assertThatThrownBy(() -> batch.doubles("missing")).hasMessageContaining("no column 'missing'");
    assertThatThrownBy(() -> batch.booleans("age")).hasMessageContaining("not boolean[]");
    assertThatThrownBy(() -> batch.objects("age")).hasMessageContaining("not Object[]");
    assertThatThrownBy(() -> batch.get("age", 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> batch.row(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> batch.isNull("age", 5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void nullsReturnsTheMaskOfNullableFieldsOnly() {
    ColumnBatch batch = new Faker("en_US", 3L).columns(1_000, SCHEMA);
    assertThat(batch.nulls("age")).isNull();
    assertThat(batch.nulls("name")).isNull();
    for (String column : List.of("n", "x", "b", "s")) {
      boolean[] mask = batch.nulls(column);
      assertThat(mask).hasSize(1_000);
      for (int i = 0; i < 1_000; i++) {
        assertThat(mask[i]).isEqualTo(batch.isNull(column, i));
      }
    }
    assertThatThrownBy(() -> batch.nulls("missing")).hasMessageContaining("no column 'missing'");
  }

  @Test
  void sliceColumnsEqualTheSameRowsOfTheWholeDataset() {
    List<Map<String, Object>> rows = new Faker("en_US", 4L).records(5_000, SCHEMA);
    ColumnBatch slice = new Faker("en_US", 4L).columns(SCHEMA, 1_234, 4_321);
    assertThat(slice.size()).isEqualTo(4_321 - 1_234);
    for (int i = 0; i < slice.size(); i++) {
      assertThat(slice.row(i)).isEqualTo(rows.get(1_234 + i));
    }
    assertThat(new Faker("en_US", 4L).columns(SCHEMA, 0, 0).size()).isZero();
  }

  @Test
  void sliceColumnsRejectBadBoundsAndUniqueSlicesAfterRowZero() {
    Faker faker = new Faker("en_US", 5L);
    assertThatThrownBy(() -> faker.columns(SCHEMA, -1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 <= from <= to, got from=-1 and to=3");
    assertThatThrownBy(() -> faker.columns(SCHEMA, 5, 3)).hasMessageContaining("from=5 and to=3");
    assertThatThrownBy(() -> faker.columns(SCHEMA, 0, 1L + Integer.MAX_VALUE))
        .hasMessageContaining("at most Integer.MAX_VALUE rows");
    Schema unique = Schema.builder().field("email", "email").unique().build();
    assertThatThrownBy(() -> faker.columns(unique, 10, 20))
        .hasMessageContaining("must start at row 0, got from=10");
    assertThat(faker.columns(unique, 0, 500).objects("email")).doesNotHaveDuplicates();
  }
}
