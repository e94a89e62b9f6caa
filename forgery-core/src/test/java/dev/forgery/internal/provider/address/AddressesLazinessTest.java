package dev.forgery.internal.provider.address;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.internal.provider.IsolatedCore;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The US address tables are made as far as what is drawn needs: a single city splits the one ZIP
 * row it draws, a batch of cities makes the city column and no other (not the ZIP codes, states,
 * address lines, streets or countries, each a pass over 41,000 rows or a table of its own), and an
 * address makes the last line of the one row it draws; a house number or a unit reads no table.
 * Checked in a class loader of its own, where nothing else has used the tables yet.
 */
class AddressesLazinessTest {
  @Test
  void singleDrawsSplitOnlyTheirRowsAndABatchMakesItsColumn() throws Exception {
    try (IsolatedCore loader = isolated()) {
      Class<?> faker = loader.loadClass("dev.forgery.Faker");
      Object instance = faker.getConstructor(String.class, long.class).newInstance("en_US", 7L);
      assertThat((String) faker.getMethod("city").invoke(instance)).isNotBlank();

      Object tables = usTables(loader);
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

  @Test
  void aHouseNumberOrAUnitReadsNoTable() throws Exception {
    try (IsolatedCore loader = isolated()) {
      Class<?> faker = loader.loadClass("dev.forgery.Faker");
      Object instance = faker.getConstructor(String.class, long.class).newInstance("en_US", 7L);
      assertThat((String) faker.getMethod("buildingNumber").invoke(instance)).isNotBlank();
      assertThat((String) faker.getMethod("secondaryAddress").invoke(instance)).isNotBlank();

      Object tables = usTables(loader);
      for (String unread : new String[] {"zipTable", "zipRows", "streets", "counties"}) {
        assertThat(part(tables, unread)).as(unread).isNull();
      }
    }
  }

  /** A class loader of forgery-core's own classes, where nothing has used the tables yet. */
  private static IsolatedCore isolated() {
    return new IsolatedCore(Addresses.class.getProtectionDomain().getCodeSource().getLocation());
  }

  /** The loader's shared en_US address tables. */
  private static Object usTables(IsolatedCore loader) throws ReflectiveOperationException {
    return loader
        .loadClass(Addresses.class.getName())
        .getMethod("of", String.class)
        .invoke(null, "en_US");
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
