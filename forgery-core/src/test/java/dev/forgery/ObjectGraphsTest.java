package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.objects.Shop;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How large the object graph of one root is, in models whose collections point both ways. */
class ObjectGraphsTest {

  @Test
  void aModelWhoseCollectionsPointBothWaysHoldsAFewHundredObjectsPerRoot() {
    Shop.Customer c = new Faker("en_US", 1L).record(Shop.Customer.class);
    // 1 customer + 10 orders x (the order + its customer + 10 lines x (the line + its order and
    // that order's customer + the product + its category)): each collection is filled once along a
    // path, where one count per class let every collection refill below its back-reference, 213,621
    // objects in all.
    assertThat(objects(c)).isEqualTo(1 + 10 * (2 + 10 * 5));
    assertThat(c.orders).hasSize(10);
    Shop.Order order = c.orders.get(0);
    assertThat(order.lines).hasSize(10);
    assertThat(order.createdAt).isNotNull();
    Shop.OrderLine line = order.lines.get(0);
    assertThat(line.product.productName).isNotBlank();
    assertThat(line.product.category.name).isNotBlank();
  }

  @Test
  void backReferenceCollectionsAreEmptyAndSingleBackReferencesRecurOnce() {
    Shop.Customer c = new Faker("en_US", 2L).record(Shop.Customer.class);
    for (Shop.Order order : c.orders) {
      // The many-to-one side recurs once, as Employee.manager does; its collections are empty.
      assertThat(order.customer.email).contains("@");
      assertThat(order.customer.orders).isEmpty();
      for (Shop.OrderLine line : order.lines) {
        assertThat(line.order.lines).isEmpty();
        assertThat(line.order.customer.orders).isEmpty();
        assertThat(line.product.lines).isEmpty();
        assertThat(line.product.category.products).isEmpty();
      }
    }
    // An empty list is each object's own, to add to.
    c.orders.get(0).customer.orders.add(c.orders.get(0));
    assertThat(c.orders.get(1).customer.orders).isEmpty();
  }

  @Test
  void everyEntityOfTheModelIsBoundedAsARoot() {
    Faker faker = new Faker("en_US", 3L);
    assertThat(objects(faker.record(Shop.Order.class))).isLessThan(1_000);
    assertThat(objects(faker.record(Shop.OrderLine.class))).isLessThan(1_000);
    assertThat(objects(faker.record(Shop.Product.class))).isLessThan(1_000);
    Shop.Category category = faker.record(Shop.Category.class);
    assertThat(objects(category)).isLessThan(1_000);
    assertThat(category.products).hasSize(10).allMatch(p -> p.category.products.isEmpty());
  }

  @Test
  void aThousandCustomersAreAThousandSmallGraphs() {
    List<Shop.Customer> customers = new Faker("en_US", 4L).records(1_000, Shop.Customer.class);
    assertThat(customers).hasSize(1_000);
    assertThat(customers.stream().mapToLong(ObjectGraphsTest::objects).sum())
        .isEqualTo(1_000L * 521);
    // Object i still depends only on the seed and i.
    List<Shop.Customer> again = new Faker("en_US", 4L).records(3, Shop.Customer.class);
    assertThat(again)
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(customers.subList(0, 3));
  }

  /** Four levels of ten-element collections of distinct classes: no cycle, and 11,111 objects. */
  public static class Region {
    public String name;
    public List<Country> countries;
  }

  /** A region's country. */
  public static class Country {
    public String name;
    public List<City> cities;
  }

  /** A country's city. */
  public static class City {
    public String city;
    public List<Street> streets;
  }

  /** A city's street. */
  public static class Street {
    public String streetName;
    public List<House> houses;
  }

  /** A street's house. */
  public static class House {
    public String buildingNumber;
  }

  @Test
  void aPlanOverTheBudgetIsRefusedNamingThePathThatMultipliesMost() {
    Faker faker = new Faker("en_US", 5L);
    assertThatThrownBy(() -> faker.record(Region.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one object would hold about 11,111 objects, more than the 10,000")
        .hasMessageContaining("Region.countries[].cities[].streets[].houses[]")
        .hasMessageContaining(".size(\"countries[].cities[].streets[].houses\", 2)");
    // The fix the message names is enough.
    Schema smaller = Schema.builder().size("countries[].cities[].streets[].houses", 2).build();
    Region region = faker.records(1, Region.class, smaller).get(0);
    assertThat(objects(region)).isEqualTo(1 + 10 + 100 + 1_000 + 2_000);
    // A model is refused when it is registered.
    assertThatThrownBy(() -> faker.register("region", Region.class, Schema.builder().build()))
        .hasMessageContaining("more than the 10,000");
  }

  /** The user objects reachable from a root, each counted once, by identity. */
  static int objects(Object root) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (o instanceof Collection<?>) {
        ((Collection<?>) o).forEach(e -> push(todo, e));
      } else if (o instanceof Map<?, ?>) {
        ((Map<?, ?>) o).values().forEach(e -> push(todo, e));
      } else if (o instanceof Optional<?>) {
        ((Optional<?>) o).ifPresent(e -> push(todo, e));
      } else if (o.getClass().isArray() && !o.getClass().getComponentType().isPrimitive()) {
        for (int i = 0; i < Array.getLength(o); i++) {
          push(todo, Array.get(o, i));
        }
      } else if (o.getClass().getName().startsWith("dev.forgery.") && seen.add(o)) {
        for (Class<?> c = o.getClass(); c != Object.class; c = c.getSuperclass()) {
          for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
              try {
                f.setAccessible(true);
                push(todo, f.get(o));
              } catch (IllegalAccessException e) {
                throw new AssertionError(e);
              }
            }
          }
        }
      }
    }
    return seen.size();
  }

  private static void push(Deque<Object> todo, Object o) {
    if (o != null) {
      todo.push(o);
    }
  }
}
