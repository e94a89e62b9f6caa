package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.FakeWith;
import dev.forgery.Faker;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;

/** Custom providers reached by name: {@code @ForgeryProviders} and run-wide service entries. */
class CustomProvidersTest {

  /** A shop's vocabulary. */
  public static final class ShopProviders implements CustomProviders {
    @Override
    public void register(Faker faker) {
      faker.register("sku", f -> "SKU-" + f.digits(6));
      faker.register("dice", f -> f.integer(1, 6));
      faker.register("warehouse", f -> f.oneOf("north", "south"));
    }
  }

  /** Another meaning of {@code sku}, closer to the test. */
  public static final class OtherSkus implements CustomProviders {
    @Override
    public void register(Faker faker) {
      faker.register("sku", f -> "OTHER-" + f.letters(4));
    }
  }

  /** A product whose SKU comes from a custom provider. */
  public record Product(@FakeWith("sku") String sku, String name) {}

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopProviders.class)
  static class ShopTestCase {
    @Forged Faker faker;

    @Test
    void shop(
        @Forged("sku") String sku,
        @Forged(value = "sku", size = 5) List<String> cart,
        @Forged("dice") int roll,
        @Forged(value = "dice", size = 6, unique = true) List<Long> allFaces,
        @Forged(value = "warehouse", size = 30) List<String> warehouses,
        @Forged Product product) {
      Kit.see("sku", sku);
      Kit.see("cart", cart);
      Kit.see("roll", roll);
      Kit.see("allFaces", allFaces);
      Kit.see("warehouses", warehouses);
      Kit.see("product", product);
      Kit.see("generated", faker.generate("sku"));
    }

    @Test
    @ForgeryProviders(OtherSkus.class)
    void closest(@Forged("sku") String sku, @Forged("dice") int roll) {
      Kit.see("closest", sku);
    }

    @Nested
    class Inner {
      @Test
      void inherited(@Forged("sku") String sku) {
        Kit.see("inner", sku);
      }
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void registeredProvidersAreInjectableByNameEverywhere() {
    Map<String, Object> seen = Kit.passed(ShopTestCase.class, 21, 3);
    assertThat((String) seen.get("sku")).matches("SKU-[0-9]{6}");
    assertThat((List<String>) seen.get("cart")).hasSize(5).allMatch(s -> s.matches("SKU-\\d{6}"));
    assertThat((Integer) seen.get("roll")).isBetween(1, 6);
    assertThat((List<Long>) seen.get("allFaces")).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat((List<String>) seen.get("warehouses")).containsOnly("north", "south");
    assertThat(((Product) seen.get("product")).sku()).matches("SKU-[0-9]{6}");
    assertThat((String) seen.get("generated")).matches("SKU-[0-9]{6}");
    assertThat((String) seen.get("closest")).matches("OTHER-[a-z]{4}");
    assertThat((String) seen.get("inner")).matches("SKU-[0-9]{6}");
  }

  @Test
  void registeringDoesNotChangeTheValuesOfTheSeed() {
    assertThat(Kit.sameTwice(ShopTestCase.class, 21)).containsKeys("sku", "closest", "inner");
  }

  /** Tries to take a built-in name. */
  public static final class Greedy implements CustomProviders {
    @Override
    public void register(Faker faker) {
      faker.register("email", f -> "mine");
    }
  }

  /** Cannot be made without arguments. */
  public static final class NeedsArguments implements CustomProviders {
    private final String prefix;

    /** Takes an argument. */
    public NeedsArguments(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public void register(Faker faker) {
      faker.register("code", f -> prefix);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(Greedy.class)
  static class GreedyTestCase {
    @Test
    void test(@Forged String email) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(NeedsArguments.class)
  static class NeedsArgumentsTestCase {
    @Test
    void test(@Forged String email) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopProviders.class)
  static class WrongTypeTestCase {
    @Test
    void test(@Forged("sku") int count) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(ShopProviders.class)
  static class RangeOnCustomTestCase {
    @Test
    void test(@Forged(value = "dice", min = "1", max = "3") int roll) {}
  }

  @Test
  void mistakesAreClearErrors() {
    // JUnit wraps what a parameter resolver throws; the cause is forgery's.
    assertThat(Kit.onlyFailure(Kit.run(GreedyTestCase.class)).getCause())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining(Greedy.class.getName() + " could not register its providers")
        .hasMessageContaining("name 'email' is already the built-in provider 'email'");
    assertThat(Kit.onlyFailure(Kit.run(NeedsArgumentsTestCase.class)).getCause())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining("@ForgeryProviders(NeedsArguments.class): cannot create")
        .hasMessageContaining("Give it a constructor without arguments");
    assertThat(Kit.onlyFailure(Kit.run(WrongTypeTestCase.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("parameter 'count'")
        .hasMessageMatching(
            "(?s).*its provider gave \"SKU-\\d{6}\" \\(String\\), which is not a" + " Integer.*");
    assertThat(Kit.onlyFailure(Kit.run(RangeOnCustomTestCase.class)))
        .hasMessageContaining("provider 'dice' does not take 1..3 as its arguments")
        .hasMessageContaining("takes no arguments");
  }

  /** Registered for a whole run through {@code META-INF/services}. */
  public static final class RunWide implements CustomProviders {
    @Override
    public void register(Faker faker) {
      faker.register("ticket", f -> "T-" + f.digits(4));
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class RunWideTestCase {
    @Test
    void test(@Forged("ticket") String ticket) {
      Kit.see("ticket", ticket);
    }
  }

  @Test
  void serviceEntriesRegisterProvidersForTheWholeRun(@TempDir Path dir) throws IOException {
    assertThat(Kit.onlyFailure(Kit.run(RunWideTestCase.class)))
        .hasMessageContaining("@Forged(\"ticket\") names no provider");

    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(CustomProviders.class.getName()),
        "# run-wide providers\n" + RunWide.class.getName() + "\n",
        StandardCharsets.UTF_8);
    assertThat(withServices(dir, () -> Kit.run(RunWideTestCase.class)).get("ticket"))
        .asString()
        .matches("T-[0-9]{4}");

    Files.writeString(
        services.resolve(CustomProviders.class.getName()),
        "no.such.Providers\n",
        StandardCharsets.UTF_8);
    Throwable[] failure = new Throwable[1];
    withServices(dir, () -> failure[0] = Kit.onlyFailure(Kit.run(RunWideTestCase.class)));
    assertThat(failure[0].getCause())
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageContaining(
            "a run-wide CustomProviders listed in META-INF/services cannot be loaded")
        .hasMessageContaining("no.such.Providers");
  }

  /** Runs {@code run} with {@code dir} visible to {@code ServiceLoader}; returns what it saw. */
  private static Map<String, Object> withServices(Path dir, Runnable run) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, original)) {
      thread.setContextClassLoader(loader);
      run.run();
    } finally {
      thread.setContextClassLoader(original);
    }
    return Kit.seen();
  }

  /** Values no target should take as they are: none, and a number beyond an int. */
  public static final class OddProviders implements CustomProviders {
    @Override
    public void register(Faker faker) {
      faker.register("nothing", f -> null);
      faker.register("bigCount", f -> 3_000_000_000L);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(OddProviders.class)
  static class NullForTextTestCase {
    @Test
    void test(@Forged("nothing") String text) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(OddProviders.class)
  static class TooBigForIntTestCase {
    @Test
    void test(@Forged("bigCount") int count) {}
  }

  @ExtendWith(ForgeryExtension.class)
  @ForgeryProviders(OddProviders.class)
  static class FitsALongTestCase {
    @Test
    void test(@Forged("bigCount") long count, @Forged("bigCount") java.math.BigInteger big) {
      Kit.see("count", count);
      Kit.see("big", big);
    }
  }

  @Test
  void aValueTheTargetCannotHoldIsAnErrorNotAnotherValue() {
    // null was written as the text "null", and 3,000,000,000 cut to an int's -1,294,967,296.
    assertThat(Kit.onlyFailure(Kit.run(NullForTextTestCase.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining("Cannot forge parameter 'text'")
        .hasMessageContaining("its provider gave null, which is not a String");
    assertThat(Kit.onlyFailure(Kit.run(TooBigForIntTestCase.class)))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageContaining(
            "its provider gave 3000000000 (Long), which does not fit an int"
                + " (-2147483648 to 2147483647)")
        .hasMessageContaining("Declare the parameter as a wider type");
    Map<String, Object> seen = Kit.passed(FitsALongTestCase.class, 1, 1);
    assertThat(seen.get("count")).isEqualTo(3_000_000_000L);
    assertThat(seen.get("big")).isEqualTo(java.math.BigInteger.valueOf(3_000_000_000L));
  }
}
