package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.objects.CustomerBean;
import dev.forgery.fixtures.objects.Department;
import dev.forgery.fixtures.objects.Employee;
import dev.forgery.fixtures.objects.Invoice;
import dev.forgery.fixtures.objects.Money;
import dev.forgery.fixtures.objects.Node;
import dev.forgery.fixtures.objects.Order;
import dev.forgery.fixtures.objects.Page;
import dev.forgery.fixtures.objects.Sensor;
import dev.forgery.fixtures.objects.Ticket;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code faker.record(type)} draws its one object cell by cell rather than through the block
 * engine; it must be the object {@code faker.records(1, type).get(0)} gives, for every shape of
 * object, locale and faker state.
 */
class SingleObjectTest {

  private static final List<Class<?>> TYPES =
      List.of(
          CustomerBean.class,
          Department.class,
          Employee.class,
          Invoice.class,
          Money.class,
          Node.class,
          // Unfillable as it stands (two public constructors): both ways must fail alike.
          Order.class,
          Sensor.class,
          Ticket.class);

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "de_DE", "ja_JP"})
  void oneObjectIsTheFirstOfABatchOfOne(String locale) {
    for (Class<?> type : TYPES) {
      // Outside en_US every object is planned anew, so fewer seeds there.
      for (long seed = 0; seed < (locale.equals("en_US") ? 60 : 12); seed++) {
        assertSame(type, locale, seed, f -> f.record(type), f -> f.records(1, type).get(0));
      }
    }
  }

  @Test
  void aGenericObjectIsTheFirstOfABatchOfOne() {
    TypeRef<Page<CustomerBean>> page = new TypeRef<>() {};
    for (long seed = 0; seed < 60; seed++) {
      assertSame(page, "en_US", seed, f -> f.record(page), f -> f.records(1, page).get(0));
    }
  }

  @Test
  void successiveObjectsFollowTheFakersSeedsAsBatchesOfOneDo() {
    Faker single = new Faker("en_US", 5L);
    Faker batch = new Faker("en_US", 5L);
    List<Class<?>> fillable = TYPES.stream().filter(t -> t != Order.class).toList();
    for (int i = 0; i < 50; i++) {
      Class<?> type = fillable.get(i % fillable.size());
      assertThat(single.record(type))
          .as("object %d, %s", i, type.getSimpleName())
          .usingRecursiveComparison()
          .isEqualTo(batch.records(1, type).get(0));
    }
  }

  record Item(String sku, String email) {}

  @Test
  void aFakerWithCustomProvidersGivesTheSameObjectBothWays() {
    for (long seed = 0; seed < 40; seed++) {
      Faker single = new Faker("en_US", seed);
      Faker batch = new Faker("en_US", seed);
      for (Faker f : List.of(single, batch)) {
        f.register("sku", g -> "SKU-" + g.integer(1000, 9999));
      }
      Item item = single.record(Item.class);
      assertThat(item.sku()).matches("SKU-\\d{4}");
      assertThat(item).isEqualTo(batch.records(1, Item.class).get(0));
    }
  }

  @Test
  void aFailingPropertyIsReportedAsTheBatchReportsIt() {
    Faker faker = new Faker("en_US", 1L);
    faker.register(
        "sku",
        g -> {
          throw new IllegalStateException("out of stock");
        });
    assertThatThrownBy(() -> faker.record(Item.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("row 0, field 'sku': out of stock")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> faker.records(1, Item.class))
        .hasMessage("row 0, field 'sku': out of stock");
  }

  private static void assertSame(
      Object type,
      String locale,
      long seed,
      Function<Faker, Object> single,
      Function<Faker, Object> batch) {
    Object expected;
    try {
      expected = batch.apply(new Faker(locale, seed));
    } catch (IllegalArgumentException e) {
      // A type (or a property in a locale) that cannot be filled fails the same way.
      assertThatThrownBy(() -> single.apply(new Faker(locale, seed)))
          .as("%s, %s, seed %d", type, locale, seed)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(e.getMessage());
      return;
    }
    assertThat(single.apply(new Faker(locale, seed)))
        .as("%s, %s, seed %d", type, locale, seed)
        .usingRecursiveComparison()
        .isEqualTo(expected);
  }
}
