package it.coreuser;

import dev.forgery.Faker;
import java.util.List;

/** Draws data through the exported API and checks that the internal packages stay closed. */
public final class Main {
  public static void main(String[] args) throws Exception {
    Module core = Faker.class.getModule();
    Module mine = Main.class.getModule();
    check(core.isNamed() && core.getName().equals("dev.forgery.core"), "core is not the named module dev.forgery.core: " + core);
    check(mine.isNamed(), "this class is not in a named module");

    Faker faker = new Faker("en_US", 42L);
    List<String> names = faker.names(3);
    List<String> again = new Faker("en_US", 42L).names(3);
    check(names.size() == 3 && names.equals(again), "the same seed gave " + names + " and " + again);
    String email = faker.email();
    check(email.contains("@"), "not an email: " + email);

    // The seed arithmetic is exported to dev.forgery.junit5 alone.
    check(!core.isExported("dev.forgery.internal.random", mine), "dev.forgery.internal.random is exported to " + mine);
    Class<?> seeds = Class.forName("dev.forgery.internal.random.Seeds");
    try {
      seeds.getMethod("salt", String.class).invoke(null, "x");
      check(false, "reflection reached dev.forgery.internal.random.Seeds.salt");
    } catch (IllegalAccessException expected) {
      // not exported: closed to reflection too
    }
    System.out.println("core-user: ok " + names + " " + email);
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}
