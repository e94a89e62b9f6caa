package dev.forgery.internal.provider.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.provider.IsolatedCore;
import java.lang.reflect.Field;
import java.net.URL;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The US address tables are made as far as what is drawn needs: a single city splits the one ZIP
 * row it draws, a batch of cities makes the city column and no other (not the ZIP codes, states,
 * address lines, streets or countries, each a pass over 41,000 rows or a table of its own), and an
 * address makes the last line of the one row it draws. Checked in a class loader of its own, where
 * nothing else has used the tables yet.
 */
class AddressesLazinessTest {
  @Test
  void singleDrawsSplitOnlyTheirRowsAndABatchMakesItsColumn() throws Exception {
    URL classes = Addresses.class.getProtectionDomain().getCodeSource().getLocation();
    try (IsolatedCore loader = new IsolatedCore(classes)) {
      Class<?> faker = loader.loadClass("dev.forgery.Faker");
      Object instance = faker.getConstructor(String.class, long.class).newInstance("en_US", 7L);
      assertThat((String) faker.getMethod("city").invoke(instance)).isNotBlank();

      Class<?> addresses = loader.loadClass(Addresses.class.getName());
      Object tables = addresses.getMethod("of", String.class).invoke(null, "en_US");
      Object rows = part(tables, "zipRows");
      String[][] split = (String[][]) part(rows, "columns");
      for (String[] column : split) {
        assertThat(made(column)).as("values split by one city, in each column").isEqualTo(1);
      }
      for (String unmade :
          new String[] {
            "zips",
            "cities",
            "stateAbbrs",
            "stateNames",
            "lastLines",
            "streets",
            "counties",
            "countries"
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
      for (String unmade :
          new String[] {"zips", "cities", "stateAbbrs", "stateNames", "countries"}) {
        assertThat(part(tables, unmade)).as(unmade).isNull();
      }

      assertThat((java.util.List<?>) faker.getMethod("cities", int.class).invoke(instance, 3))
          .hasSize(3);
      assertThat(made(part(tables, "cities")))
          .as("cities made by a batch")
          .isEqualTo(split[0].length);
      assertThat(part(tables, "zips")).isNull();
    }
  }

  /** The elements of a column that are made. */
  private static long made(Object column) {
    return Arrays.stream((String[]) column).filter(Objects::nonNull).count();
  }

  private static Object part(Object tables, String name) throws ReflectiveOperationException {
    Field field = tables.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(tables);
  }
}
