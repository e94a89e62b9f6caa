package dev.forgery.internal.provider.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.provider.IsolatedCore;
import java.lang.reflect.Field;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * A faker that draws cities makes only the city column of the US address tables: not the ZIP codes,
 * states, address lines, streets or countries, each a pass over 41,000 rows or a table of its own.
 * Checked in a class loader of its own, where nothing else has used the tables yet.
 */
class AddressesLazinessTest {
  @Test
  void aCityMakesOnlyTheCityColumnAndAnAddressMakesItsLines() throws Exception {
    URL classes = Addresses.class.getProtectionDomain().getCodeSource().getLocation();
    try (IsolatedCore loader = new IsolatedCore(classes)) {
      Class<?> faker = loader.loadClass("dev.forgery.Faker");
      Object instance = faker.getConstructor(String.class, long.class).newInstance("en_US", 7L);
      assertThat((String) faker.getMethod("city").invoke(instance)).isNotBlank();

      Class<?> addresses = loader.loadClass(Addresses.class.getName());
      Object tables = addresses.getMethod("of", String.class).invoke(null, "en_US");
      assertThat(part(tables, "cities")).isNotNull();
      for (String unmade :
          new String[] {
            "zips", "stateAbbrs", "stateNames", "lastLines", "streets", "counties", "countries"
          }) {
        assertThat(part(tables, unmade)).as(unmade).isNull();
      }

      assertThat((String) faker.getMethod("address").invoke(instance)).contains(", ");
      for (String made : new String[] {"zips", "stateAbbrs", "lastLines", "streets"}) {
        assertThat(part(tables, made)).as(made).isNotNull();
      }
      assertThat(part(tables, "countries")).isNull();
    }
  }

  private static Object part(Object tables, String name) throws ReflectiveOperationException {
    Field field = tables.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(tables);
  }
}
