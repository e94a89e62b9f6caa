package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class UniqueTest {
  @Test
  void uniqueProviderValuesAreDistinctAndDeterministic() {
    List<Object> emails = new Faker("en_US", 1L).unique("email", 20_000);
    assertThat(emails).hasSize(20_000).doesNotHaveDuplicates();
    assertThat(new Faker("en_US", 1L).unique("email", 20_000)).isEqualTo(emails);
    assertThat(new Faker("en_US", 1L).unique("int", 90, 10, 99))
        .hasSize(90)
        .doesNotHaveDuplicates();
    assertThat(new Faker("en_US", 1L).unique("first_name", 0)).isEmpty();
  }

  @Test
  void impossibleRequestsFailUpFront() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.unique("choice", 10, "a", "b", "c", "d", "e"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("can take only 5 distinct values, fewer than the 10");
    assertThatThrownBy(() -> faker.unique("int", 12, 1, 10))
        .hasMessageContaining("only 10 distinct values");
    assertThatThrownBy(() -> faker.unique("bool", 3)).hasMessageContaining("only 2 distinct");
    assertThatThrownBy(() -> faker.unique("float", 200, 0, 1, 2))
        .hasMessageContaining("only 100 distinct");
    assertThatThrownBy(() -> faker.unique("emial", 3)).hasMessageContaining("did you mean");
  }

  @Test
  void exhaustedProvidersFailWithAClearMessage() {
    Faker faker = new Faker("en_US", 1L);
    faker.register("dice", f -> f.integer(1, 6));
    assertThatThrownBy(() -> faker.unique("dice", 7))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("field 'dice'")
        .hasMessageContaining("stopped at 6 distinct values");
    assertThat(faker.unique("dice", 6)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
  }

  @Test
  void uniqueSchemaFieldsInEveryOutput() {
    Schema schema =
        Schema.builder()
            .field("code", "int", 1, 3_000)
            .unique()
            .field("tier", "choice", "a", "b", "c")
            .field("email", "safe_email")
            .unique()
            .nullable(0.1)
            .build();
    Faker faker = new Faker("en_US", 3L);
    List<Map<String, Object>> rows = faker.seed(3).records(3_000, schema);
    assertThat(rows.stream().map(r -> r.get("code")).collect(Collectors.toSet())).hasSize(3_000);
    List<Object> emails =
        rows.stream().map(r -> r.get("email")).filter(e -> e != null).collect(Collectors.toList());
    assertThat(emails).doesNotHaveDuplicates();
    assertThat(emails.size()).isBetween(2_600, 2_900);

    assertThat(faker.seed(3).recordsParallel(3_000, schema)).isEqualTo(rows);
    assertThat(faker.seed(3).stream(schema).limit(3_000).collect(Collectors.toList()))
        .isEqualTo(rows);
    ColumnBatch columns = faker.seed(3).columns(3_000, schema);
    assertThat(new HashSet<>(List.of(box(columns.ints("code"))))).hasSize(3_000);
    for (int i = 0; i < 3_000; i += 101) {
      assertThat(columns.row(i)).isEqualTo(rows.get(i));
    }
    StringBuilder csv = new StringBuilder();
    faker.seed(3).writeCsv(3_000, schema, csv);
    assertThat(csv.toString().split("\r\n")).hasSize(3_001).doesNotHaveDuplicates();

    assertThatThrownBy(() -> faker.records(3_001, schema))
        .hasMessageContaining("field 'code'")
        .hasMessageContaining("3000 distinct values");
  }

  @Test
  void uniqueFieldsOfEveryColumnKind() {
    Schema schema =
        Schema.builder()
            .field("f", "float", 0, 100, 1)
            .unique()
            .field("b", "bool")
            .unique()
            .field("d", "date", "2024-01-01", "2024-01-02")
            .unique()
            .build();
    ColumnBatch columns = new Faker("en_US", 2L).columns(2, schema);
    assertThat(columns.booleans("b")).containsExactlyInAnyOrder(true, false);
    assertThat(columns.objects("d")).doesNotHaveDuplicates();
    assertThat(columns.doubles("f")[0]).isNotEqualTo(columns.doubles("f")[1]);
  }

  private static Integer[] box(int[] values) {
    Integer[] out = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
