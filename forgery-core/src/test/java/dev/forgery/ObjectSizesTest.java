package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code Schema.Builder.size}: the sizes of objects' collections, arrays and maps, by path. */
class ObjectSizesTest {
  /** An order line. */
  public record Line(String sku, int quantity) {}

  /** Every kind of container, one constrained by {@code @Size}. */
  public record Basket(
      String email,
      List<Line> lines,
      Set<Integer> tags,
      Map<String, Integer> counts,
      String[] notes,
      @Size(min = 1, max = 5) List<String> codes) {}

  /** Containers of objects with containers. */
  public record Shop(String name, List<Basket> baskets) {}

  private static final Faker FAKER = new Faker("en_US", 7L);

  @Test
  void everyKindOfContainerTakesItsSize() {
    Schema sizes =
        Schema.builder()
            .size("lines", 3)
            .size("tags", 4)
            .size("counts", 2)
            .size("notes", 0)
            .size("codes", 5)
            .build();
    List<Basket> baskets = FAKER.records(200, Basket.class, sizes);
    for (Basket b : baskets) {
      assertThat(b.lines()).hasSize(3);
      assertThat(b.tags()).hasSize(4);
      assertThat(b.counts()).hasSize(2);
      assertThat(b.notes()).isEmpty();
      assertThat(b.codes()).hasSize(5);
    }
    // Without sizes the defaults hold: 10 elements, and what @Size allows.
    for (Basket b : FAKER.records(50, Basket.class)) {
      assertThat(b.lines()).hasSize(10);
      assertThat(b.codes()).hasSizeBetween(1, 5);
    }
  }

  @Test
  void nestedPathsReachTheContainersOfElements() {
    Schema sizes = Schema.builder().size("baskets", 2).size("baskets[].lines", 1).build();
    for (Shop shop : FAKER.records(100, Shop.class, sizes)) {
      assertThat(shop.baskets()).hasSize(2);
      for (Basket b : shop.baskets()) {
        assertThat(b.lines()).hasSize(1);
        // Unsized, a set keeps the distinct ones of its 10 draws.
        assertThat(b.tags()).hasSizeBetween(1, 10);
      }
    }
  }

  @Test
  void sizingOnePropertyLeavesTheOthersValuesAlone() {
    List<Basket> plain = new Faker("en_US", 11L).records(100, Basket.class);
    List<Basket> sized =
        new Faker("en_US", 11L)
            .records(100, Basket.class, Schema.builder().size("lines", 2).build());
    for (int i = 0; i < plain.size(); i++) {
      assertThat(sized.get(i).email()).isEqualTo(plain.get(i).email());
      assertThat(sized.get(i).tags()).isEqualTo(plain.get(i).tags());
      assertThat(sized.get(i).lines()).isEqualTo(plain.get(i).lines().subList(0, 2));
    }
    // Records compare arrays by identity, so compare them property by property.
    assertThat(sized)
        .usingRecursiveComparison()
        .isEqualTo(
            new Faker("en_US", 11L)
                .records(100, Basket.class, Schema.builder().size("lines", 2).build()));
  }

  @Test
  void badSizesAreRefusedWhereTheyAreDeclared() {
    assertThatThrownBy(() -> Schema.builder().size("lines", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size of 'lines' must be >= 0, got -1");
    assertThatThrownBy(() -> Schema.builder().size(" ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got ' '");
    assertThatThrownBy(() -> Schema.builder().size("lines", 1).size("lines", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size of 'lines' is set twice, to 1 and 2");
  }

  @Test
  void sizesThatFitNoContainerFailNamingThePath() {
    assertThatThrownBy(
            () -> FAKER.records(1, Basket.class, Schema.builder().size("line", 2).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size path 'line' names no component of record")
        .hasMessageContaining("lines");
    assertThatThrownBy(
            () -> FAKER.records(1, Basket.class, Schema.builder().size("email", 2).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size(\"email\", 2) names component 'email'")
        .hasMessageContaining("not a collection, array or map");
    assertThatThrownBy(
            () -> FAKER.records(1, Basket.class, Schema.builder().size("codes", 6).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size(\"codes\", 6) is outside what the constraints of")
        .hasMessageContaining("allow: 1 to 5");
    assertThatThrownBy(
            () -> FAKER.records(1, Basket.class, Schema.builder().size("lines..x", 2).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("size path 'lines..x' is not a property path");
  }

  @Test
  void aSizeAndAFieldDecidingTheSamePropertyAreRefused() {
    Schema both =
        Schema.builder().size("codes", 2).field("codes", "oneOf", List.of(List.of("a"))).build();
    assertThatThrownBy(() -> FAKER.records(1, Basket.class, both))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("override field 'codes' decides the whole property");
  }

  @Test
  void rowsHaveNoContainersToSize() {
    Schema rows = Schema.builder().field("email", "email").size("lines", 2).build();
    assertThat(rows).hasToString("Schema[email: email, lines: size 2]");
    assertThat(rows.size()).isEqualTo(1);
    assertThatThrownBy(rows::toMap)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("size(\"lines\", ...) sizes objects' collections");
    assertThatThrownBy(() -> FAKER.records(3, rows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema has size(\"lines\", ...)")
        .hasMessageContaining("remove it from a schema of rows");
  }
}
