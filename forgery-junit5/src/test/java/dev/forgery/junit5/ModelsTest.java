package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code @Forged(model = ...)}: a model registered by the test's custom providers. */
class ModelsTest {

  /** A shop's customer. */
  public record Customer(String email, String tier, BigDecimal credit, List<Order> orders) {}

  /** One of a customer's orders. */
  public record Order(String orderId, int quantity) {}

  /** Registers the model {@code vip}: gold customers whose orders are bulk orders. */
  public static final class ShopModels implements CustomProviders {
    @Override
    public void register(Faker faker) {
      faker.register(
          "vip",
          Customer.class,
          Schema.builder(faker)
              .field("tier", "choice", "GOLD")
              .field("credit", "decimal", 1000.0, 5000.0, 2)
              .field("orders[].quantity", "int", 100, 200)
              .build());
    }
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopModels.class)
  static class VipTestCase {
    @Test
    void vip(
        @Forged(model = "vip") Customer customer,
        @Forged(model = "vip", size = 4) List<Customer> customers) {
      Kit.see("customer", customer);
      Kit.see("customers", customers);
    }
  }

  @Test
  void aModelFillsAnObjectAndEachElementOfACollection() {
    Kit.run(VipTestCase.class, "forgery.seed", "7");
    Customer one = (Customer) Kit.seen().get("customer");
    @SuppressWarnings("unchecked")
    List<Customer> many = (List<Customer>) Kit.seen().get("customers");
    assertThat(many).hasSize(4);
    for (Customer c : append(many, one)) {
      assertThat(c.tier()).isEqualTo("GOLD");
      assertThat(c.credit()).isBetween(new BigDecimal("1000.00"), new BigDecimal("5000.00"));
      assertThat(c.email()).contains("@");
      assertThat(c.orders()).allSatisfy(o -> assertThat(o.quantity()).isBetween(100, 200));
    }
    // The same seed, the same customers.
    Kit.run(VipTestCase.class, "forgery.seed", "7");
    assertThat(Kit.seen().get("customer")).isEqualTo(one);
  }

  private static List<Customer> append(List<Customer> list, Customer one) {
    List<Customer> all = new java.util.ArrayList<>(list);
    all.add(one);
    return all;
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopModels.class)
  static class TypoTestCase {
    @Test
    void test(@Forged(model = "vipp") Customer customer) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopModels.class)
  static class WrongTypeTestCase {
    @Test
    void test(@Forged(model = "vip") Order order) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopModels.class)
  static class OnAStringTestCase {
    @Test
    void test(@Forged(model = "vip") String email) {}
  }

  @Test
  void mistakesNameTheModelAndTheFix() {
    assertThat(Kit.onlyFailure(Kit.run(TypoTestCase.class)))
        .hasMessageContaining("no model is named 'vipp'; did you mean 'vip'?")
        .hasMessageContaining("faker.register(\"vipp\", Customer.class, overrides)");
    assertThat(Kit.onlyFailure(Kit.run(WrongTypeTestCase.class)))
        .hasMessageContaining("model 'vip' makes " + Customer.class.getName())
        .hasMessageContaining("not " + Order.class.getName());
    assertThat(Kit.onlyFailure(Kit.run(OnAStringTestCase.class)))
        .hasMessageContaining("model 'vip' cannot apply to java.lang.String");
  }
}
