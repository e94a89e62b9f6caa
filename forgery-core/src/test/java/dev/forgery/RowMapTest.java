package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class RowMapTest {
  private static Schema schema(int fields) {
    Schema.Builder builder = Schema.builder();
    for (int i = 0; i < fields; i++) {
      builder.field("f" + i, "int", 0, 9);
    }
    return builder.field("nick", "first_name").nullable(1.0).build();
  }

  @Test
  void honoursTheMapContract() {
    for (int fields : new int[] {0, 3, 12}) {
      Map<String, Object> row = new Faker("en_US", 1L).records(1, schema(fields)).get(0);
      Map<String, Object> copy = new LinkedHashMap<>(row);
      assertThat(row).isEqualTo(copy).hasSameHashCodeAs(copy);
      assertThat(copy).isEqualTo(row);
      assertThat(new HashMap<>(row)).isEqualTo(row);
      assertThat(row.toString()).isEqualTo(copy.toString());
      assertThat(row.size()).isEqualTo(fields + 1);
      assertThat(row.isEmpty()).isFalse();
      assertThat(row.keySet()).containsExactlyElementsOf(copy.keySet());
      assertThat(row.containsKey("nick")).isTrue();
      assertThat(row.get("nick")).isNull();
      assertThat(row.containsValue(null)).isTrue();
      assertThat(row.containsKey("missing")).isFalse();
      assertThat(row.containsKey(42)).isFalse();
      assertThat(row.get("missing")).isNull();
      assertThat(row.getOrDefault("missing", "d")).isEqualTo("d");
      assertThat(row.getOrDefault("nick", "d")).isNull();
      copy.put("nick", "x");
      assertThat(row).isNotEqualTo(copy);
    }
  }

  @Test
  void isImmutable() {
    Map<String, Object> row = new Faker("en_US", 1L).records(1, schema(2)).get(0);
    assertThatThrownBy(() -> row.put("f0", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> row.remove("f0")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(row::clear).isInstanceOf(UnsupportedOperationException.class);
    Iterator<Map.Entry<String, Object>> it = row.entrySet().iterator();
    Map.Entry<String, Object> first = it.next();
    assertThatThrownBy(() -> first.setValue(3)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    it.next();
    it.next();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void emptySchemaGivesEmptyRows() {
    Map<String, Object> row = new Faker("en_US", 1L).records(1, Schema.builder().build()).get(0);
    assertThat(row).isEmpty();
    assertThat(row).isEqualTo(Map.of());
  }
}
