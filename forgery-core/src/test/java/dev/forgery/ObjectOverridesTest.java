package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Overrides into collections, by type and name, and models registered by name. */
class ObjectOverridesTest {
  record Item(String sku, BigDecimal price, int quantity, String productId) {}

  record Address(String city, String zip) {}

  record Order(
      String orderId,
      long legacyId,
      List<Item> items,
      List<String> tags,
      Optional<Address> shipping,
      LocalDate placedOn,
      LocalDate dueOn) {}

  /** A bean, to show selectors and element paths work through setters too. */
  public static class Cart {
    private String cartId;
    private List<Item> lines = new ArrayList<>();

    public String getCartId() {
      return cartId;
    }

    public void setCartId(String cartId) {
      this.cartId = cartId;
    }

    public List<Item> getLines() {
      return lines;
    }

    public void setLines(List<Item> lines) {
      this.lines = lines;
    }
  }

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  void pathsReachTheElementsOfCollectionsAndTheirProperties() {
    Schema overrides =
        Schema.builder()
            .field("items[].price", "decimal", 1.0, 9.99, 2)
            .field("items[].quantity", "int", 1, 3)
            .field("tags[]", "choice", "new", "gift")
            .build();
    List<Order> orders = new Faker("en_US", 7L).records(500, Order.class, overrides);
    for (Order o : orders) {
      assertThat(o.items()).isNotEmpty();
      for (Item i : o.items()) {
        assertThat(i.price()).isBetween(new BigDecimal("1.00"), new BigDecimal("9.99"));
        assertThat(i.price().scale()).isEqualTo(2);
        assertThat(i.quantity()).isBetween(1, 3);
      }
      assertThat(o.tags()).isNotEmpty().allMatch(t -> t.equals("new") || t.equals("gift"));
    }
    // Both choices occur: the elements are drawn, not one value repeated.
    assertThat(orders.stream().flatMap(o -> o.tags().stream()).distinct()).hasSize(2);
  }

  @Test
  void aPathThroughAnOptionalReachesItsValue() {
    Schema overrides = Schema.builder().field("shipping.city", "choice", "Lyon").build();
    List<Order> orders = new Faker("en_US", 8L).records(200, Order.class, overrides);
    assertThat(orders).anyMatch(o -> o.shipping().isPresent());
    for (Order o : orders) {
      o.shipping().ifPresent(a -> assertThat(a.city()).isEqualTo("Lyon"));
    }
  }

  @Test
  void selectorsDecideEveryPropertyWhoseNameAndTypeMatchAtAnyDepth() {
    Schema overrides =
        Schema.builder()
            .field("String *Id", "uuid")
            .field("LocalDate *", "date", JAN_1, JAN_1.plusDays(6))
            .build();
    Faker faker = new Faker("en_US", 9L);
    for (Order o : faker.records(300, Order.class, overrides)) {
      assertThat(UUID.fromString(o.orderId())).isNotNull();
      assertThat(o.items()).allSatisfy(i -> assertThat(UUID.fromString(i.productId())).isNotNull());
      assertThat(o.placedOn()).isBetween(JAN_1, JAN_1.plusDays(6));
      assertThat(o.dueOn()).isBetween(JAN_1, JAN_1.plusDays(6));
    }
    for (Cart c : faker.records(100, Cart.class, ids())) {
      assertThat(UUID.fromString(c.getCartId())).isNotNull();
      assertThat(c.getLines())
          .allSatisfy(i -> assertThat(UUID.fromString(i.productId())).isNotNull());
    }
  }

  private static Schema ids() {
    return Schema.builder().field("String *Id", "uuid").build();
  }

  @Test
  void aSelectorsTypeMustMatchAndAPathWinsOverSelectors() {
    Schema overrides =
        Schema.builder()
            .field("*Id", "choice", "x")
            .field("orderId", "choice", "exact")
            .field("long *", "long", 5L, 5L)
            .build();
    // '*Id' matches legacyId too, but its value 'x' does not fit a long...
    assertThatThrownBy(() -> new Faker("en_US", 1L).records(1, Order.class, overrides))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("legacyId");
    // ...while the first selector that matches wins, and a path beats both.
    Schema ordered =
        Schema.builder()
            .field("orderId", "choice", "exact")
            .field("long *", "long", 5L, 5L)
            .field("String *Id", "choice", "x")
            .build();
    Order o = new Faker("en_US", 1L).records(1, Order.class, ordered).get(0);
    assertThat(o.orderId()).isEqualTo("exact");
    assertThat(o.legacyId()).isEqualTo(5L);
    assertThat(o.items()).allSatisfy(i -> assertThat(i.productId()).isEqualTo("x"));
  }

  @Test
  void overridesThatDecideNothingAreErrorsWithTheClosestPaths() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(
            () ->
                faker.records(
                    1, Order.class, Schema.builder().field("items[].prise", "int").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'items[].prise' names no component of record")
        .hasMessageContaining("items[].price");
    assertThatThrownBy(
            () -> faker.records(1, Order.class, Schema.builder().field("UUID *", "uuid").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'UUID *' matches no component of record")
        .hasMessageContaining("of type UUID");
    assertThatThrownBy(
            () ->
                faker.records(1, Order.class, Schema.builder().field("items price", "int").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matches no");
    assertThatThrownBy(
            () -> faker.records(1, Order.class, Schema.builder().field("a[b", "int").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a[b' is neither a property path");
  }

  @Test
  void elementsMayBeNullableButNotUnique() {
    Schema nullable = Schema.builder().field("tags[]", "choice", "a").nullable(0.5).build();
    List<Order> orders = new Faker("en_US", 3L).records(200, Order.class, nullable);
    List<String> tags = orders.stream().flatMap(o -> o.tags().stream()).toList();
    assertThat(tags).contains("a").containsNull();
    Schema unique = Schema.builder().field("items[].sku", "uuid").unique().build();
    assertThatThrownBy(() -> new Faker("en_US", 3L).records(1, Order.class, unique))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("top-level properties only");
  }

  @Test
  void aModelIsANamedSetOfOverridesUsableWhereverAProviderIs() {
    Faker faker = new Faker("en_US", 11L);
    faker.register(
        "bulkOrder",
        Order.class,
        Schema.builder()
            .field("items[].quantity", "int", 100, 200)
            .field("String *Id", "uuid")
            .build());
    Order one = (Order) faker.generate("bulk_order");
    assertThat(one.items()).allSatisfy(i -> assertThat(i.quantity()).isBetween(100, 200));
    assertThat(faker.providers()).contains("bulkOrder");
    assertThat(faker.provider("bulkOrder").type()).isEqualTo(Order.class);

    // In a schema...
    Schema rows = Schema.builder(faker).field("n", "int", 1, 9).field("order", "bulkOrder").build();
    List<java.util.Map<String, Object>> maps = faker.records(50, rows);
    assertThat(maps)
        .allSatisfy(
            m ->
                assertThat(((Order) m.get("order")).items())
                    .allSatisfy(i -> assertThat(i.quantity()).isBetween(100, 200)));

    // ...and as the override of properties of its type, in another object.
    record Batch(String label, Order first, Order second) {}
    Schema bulk = Schema.builder(faker).field("Order *", "bulkOrder").build();
    for (Batch b : faker.records(50, Batch.class, bulk)) {
      assertThat(b.first().items()).allSatisfy(i -> assertThat(i.quantity()).isGreaterThan(99));
      assertThat(b.second().items()).allSatisfy(i -> assertThat(i.quantity()).isGreaterThan(99));
      assertThat(b.first()).isNotEqualTo(b.second());
    }
  }

  @Test
  void aModelRepeatsUnderItsSeed() {
    Schema overrides = Schema.builder().field("tags[]", "choice", "a", "b", "c").build();
    List<Object> first =
        new Faker("en_US", 5L).register("o", Order.class, overrides).generate("o", 20);
    List<Object> again =
        new Faker("en_US", 5L).register("o", Order.class, overrides).generate("o", 20);
    assertThat(again).isEqualTo(first);
    assertThat(new java.util.HashSet<>(first)).hasSize(20);
  }

  @Test
  void aModelIsCheckedWhenItIsRegistered() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(
            () ->
                faker.register(
                    "bad", Order.class, Schema.builder().field("items[].prise", "int").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("model 'bad': override field 'items[].prise'");
    assertThatThrownBy(
            () ->
                faker.register(
                    "uniq",
                    Order.class,
                    Schema.builder().field("orderId", "uuid").unique().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model 'uniq'")
        .hasMessageContaining("unique");
    assertThatThrownBy(() -> faker.register("email", Order.class, Schema.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("built-in provider");
    assertThatThrownBy(() -> faker.register(" ", Order.class, Schema.builder().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must not be blank");
    assertThat(faker.providers()).doesNotContain("bad", "uniq");
  }

  @Test
  void aGenericModelFillsItsTypeVariables() {
    Faker faker = new Faker("en_US", 2L);
    faker.register(
        "goldPair",
        new TypeRef<dev.forgery.fixtures.objects.Page<Item>>() {},
        Schema.builder().field("number", "int", 1, 1).build());
    @SuppressWarnings("unchecked")
    dev.forgery.fixtures.objects.Page<Item> page =
        (dev.forgery.fixtures.objects.Page<Item>) faker.generate("goldPair");
    assertThat(page.getNumber()).isEqualTo(1);
    assertThat(page.getContent()).isNotEmpty().allSatisfy(i -> assertThat(i.sku()).isNotNull());
  }
}
