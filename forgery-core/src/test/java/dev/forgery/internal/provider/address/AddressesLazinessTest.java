package dev.forgery.internal.provider.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.provider.IsolatedCore;
import java.lang.reflect.Field;
import java.net.URL;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A faker that draws cities makes only the city column of the US address tables: not the ZIP codes,
 * states, address lines, streets or countries, each a pass over 41,000 rows or a table of its own.
 * An address makes the last line of the one row it draws, and splits no column. Checked in a class
 * loader of its own, where nothing else has used the tables yet.
 */
class AddressesLazinessTest {
  @Test
  void aCityMakesOnlyTheCityColumnAndAnAddressOnlyItsOwnLastLine() throws Exception {
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
      assertThat(part(tables, "streets")).isNotNull();
      assertThat(Arrays.stream((String[]) part(tables, "lastLines")).filter(Objects::nonNull))
          .as("last lines made by one address")
          .singleElement()
          .asString()
          .matches(", [^,]+, [A-Z]{2} \\d{5}");
      for (String unmade : new String[] {"zips", "stateAbbrs", "stateNames", "countries"}) {
        assertThat(part(tables, unmade)).as(unmade).isNull();
      }
    }
  }

  private static Object part(Object tables, String name) throws ReflectiveOperationException {
    Field field = tables.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(tables);
  }
}
