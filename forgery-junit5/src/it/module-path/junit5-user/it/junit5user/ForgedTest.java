package it.junit5user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.forgery.Faker;
import dev.forgery.junit5.Forged;
import dev.forgery.junit5.ForgeryExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ForgeryExtension.class)
public class ForgedTest {
  @Forged Faker faker;

  @Test
  public void injectsForgedValues(@Forged String email, @Forged List<String> names) {
    assertTrue(email.contains("@"), email);
    assertEquals(10, names.size());
    assertTrue(faker.email().contains("@"));
  }

  @Test
  public void failsOnPurpose(@Forged String name) {
    throw new AssertionError("fails on purpose with " + name);
  }

  @Test
  public void internalPackagesCannotBeReached() throws Exception {
    Module mine = getClass().getModule();
    Module junit5 = ForgeryExtension.class.getModule();
    Module core = Faker.class.getModule();
    assertTrue(mine.isNamed() && junit5.isNamed() && core.isNamed(), mine + " " + junit5 + " " + core);
    assertFalse(junit5.isExported("dev.forgery.junit5.internal", mine));
    assertFalse(core.isExported("dev.forgery.internal.random", mine));
    assertFalse(core.isExported("dev.forgery.internal.binding", mine));
    Class<?> seeds = Class.forName("dev.forgery.junit5.internal.Seeds");
    assertThrows(
        IllegalAccessException.class,
        () -> seeds.getMethod("derive", long.class, String.class).invoke(null, 1L, "x"));
  }
}
