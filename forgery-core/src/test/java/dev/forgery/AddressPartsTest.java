package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the registry contract does not cover for street names, building numbers, secondary
 * addresses, counties and coordinates: that the parts are drawn as a street line draws them, their
 * distributions, the county table's names and weights, and the inference of coordinate fields.
 */
class AddressPartsTest {
  /** {@code Cook County} to its weight, in table order (heaviest first). */
  private static final Map<String, Long> COUNTY_WEIGHTS = countyWeights();

  private static Faker faker(long seed) {
    return new Faker("en_US", seed);
  }

  private static Map<String, Long> countyWeights() {
    try (InputStream in =
        AddressPartsTest.class.getResourceAsStream("/dev/forgery/data/en_US/counties.txt")) {
      Map<String, Long> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int tab = line.indexOf('\t');
        assertThat(out.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1))))
            .as("a second line for %s", line)
            .isNull();
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Double> boxed(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  @TestFactory
  Stream<DynamicContainer> theFakerMethodsFollowTheContract() {
    return ProviderContract.all(
        ProviderContract.of("streetName", Faker::streetName, Faker::streetNames)
            .valid(AddressPartJudges.STREETS::contains),
        ProviderContract.of("buildingNumber", Faker::buildingNumber, Faker::buildingNumbers)
            .valid(AddressPartJudges::buildingNumber),
        ProviderContract.of("secondaryAddress", Faker::secondaryAddress, Faker::secondaryAddresses)
            .valid(AddressPartJudges::secondaryAddress),
        ProviderContract.of("county", Faker::county, Faker::counties)
            .valid(AddressPartJudges.COUNTIES::contains),
        ProviderContract.<Double>of("latitude", Faker::latitude, (f, n) -> boxed(f.latitudes(n)))
            .valid(v -> AddressPartJudges.coordinate(v, 90)),
        ProviderContract.<Double>of("longitude", Faker::longitude, (f, n) -> boxed(f.longitudes(n)))
            .valid(v -> AddressPartJudges.coordinate(v, 180)));
  }

  @Test
  void aStreetLineIsTheBuildingNumberAndStreetNameOfTheSameDraws() {
    int withUnit = 0;
    for (long seed = 0; seed < 3_000; seed++) {
      String line = faker(seed).streetAddress();
      // A line draws its street, then its house number and unit: the parts drawn in that order.
      Faker parts = faker(seed);
      String street = parts.streetName();
      String number = parts.buildingNumber();
      String start = number + " " + street;
      assertThat(line).as("seed %d", seed).startsWith(start);
      if (line.length() > start.length()) {
        withUnit++;
        assertThat(line.charAt(start.length())).isEqualTo(' ');
        assertThat(line.substring(start.length() + 1))
            .as("the unit of '%s'", line)
            .matches(AddressPartJudges::secondaryAddress, "a secondary address");
      }
    }
    // 40 lines in 256 have a unit.
    assertThat(withUnit / 3_000.0).isCloseTo(40 / 256.0, within(0.02));
  }

  @Test
  void secondaryAddressesHaveTheKindsSharesAndRangesOfTheUnitsOfStreetLines() {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    List<String> units = faker(5L).secondaryAddresses(200_000);
    for (String unit : units) {
      kinds.merge(unit.substring(0, unit.indexOf(' ')), 1, Integer::sum);
      seen.add(unit);
    }
    assertThat(kinds.keySet()).containsExactlyInAnyOrder("Apt", "Ste", "Unit");
    assertThat(kinds.get("Apt") / 200_000.0).isCloseTo(26 / 40.0, within(0.006));
    assertThat(kinds.get("Ste") / 200_000.0).isCloseTo(8 / 40.0, within(0.006));
    assertThat(kinds.get("Unit") / 200_000.0).isCloseTo(6 / 40.0, within(0.006));
    assertThat(seen).contains("Apt 1", "Apt 999", "Ste 100", "Ste 999", "Unit 1", "Unit 99");

    Map<String, Integer> lineKinds = new LinkedHashMap<>();
    int lineUnits = 0;
    for (String line : faker(6L).streetAddresses(300_000)) {
      for (String kind : List.of(" Apt ", " Ste ", " Unit ")) {
        int at = line.indexOf(kind);
        if (at > 0) {
          lineUnits++;
          lineKinds.merge(kind.trim(), 1, Integer::sum);
          assertThat(seen).as("units of street lines").contains(line.substring(at + 1));
        }
      }
    }
    for (String kind : List.of("Apt", "Ste", "Unit")) {
      assertThat(lineKinds.get(kind) / (double) lineUnits)
          .as("share of %s among the units of street lines", kind)
          .isCloseTo(kinds.get(kind) / 200_000.0, within(0.012));
    }
  }

  @Test
  void buildingNumbersHaveTheDigitCountsOfStreetLines() {
    int[] byLength = new int[6];
    int[] leading = new int[10];
    List<String> numbers = faker(7L).buildingNumbers(256_000);
    for (String number : numbers) {
      byLength[number.length()]++;
      if (number.length() == 3) {
        leading[number.charAt(0) - '0']++;
      }
    }
    int[] shares = {0, 13, 38, 90, 90, 25};
    for (int length = 1; length <= 5; length++) {
      assertThat(byLength[length] / 256_000.0)
          .as("share of %d-digit numbers", length)
          .isCloseTo(shares[length] / 256.0, within(0.004));
    }
    // Uniform within a length: each first digit of a three-digit number about a ninth.
    for (int digit = 1; digit <= 9; digit++) {
      assertThat(leading[digit] / (double) byLength[3]).isCloseTo(1 / 9.0, within(0.01));
    }
    assertThat(numbers).contains("1", "9", "10", "99");
  }

  @Test
  void countiesComeOutInProportionToTheirWeights() {
    long total = COUNTY_WEIGHTS.values().stream().mapToLong(Long::longValue).sum();
    List<String> draws = faker(8L).counties(300_000);
    Map<String, Integer> counts = ProviderContract.histogram(draws);
    // The heaviest counties, each within 8% of its expected share: at least four standard
    // deviations of the sampling noise at these sizes.
    COUNTY_WEIGHTS.entrySet().stream()
        .limit(8)
        .forEach(
            e -> {
              double expected = e.getValue() / (double) total;
              assertThat(counts.getOrDefault(e.getKey(), 0) / 300_000.0)
                  .as("share of %s", e.getKey())
                  .isCloseTo(expected, within(expected * 0.08));
            });
    assertThat(ProviderContract.topShare(draws))
        .isEqualTo(counts.get("Los Angeles County") / 300_000.0);
    assertThat(counts.getOrDefault("Kalawao County", 0)).isLessThan(counts.get("Cook County") / 50);
  }

  @Test
  void countyNamesAreWrittenAsTheCensusBureauWritesThem() {
    assertThat(COUNTY_WEIGHTS.keySet())
        .allSatisfy(
            c -> assertThat(c).matches(AddressPartJudges.COUNTY.asPredicate(), "county name"))
        .contains(
            "Cook County",
            "Orleans Parish",
            "Kenai Peninsula Borough",
            "Bethel Census Area",
            "Anchorage Municipality",
            "Juneau City and Borough",
            "Richmond city",
            "Colonial Heights city",
            "Baltimore city",
            "St. Louis city",
            "Carson City",
            "District of Columbia",
            "Doña Ana County",
            "St. Johns County",
            "LaRue County",
            "De Baca County",
            "San Francisco County",
            "Honolulu County",
            "Kings County",
            "Windham County",
            "Hartford County")
        .noneMatch(c -> c.contains("(") || c.startsWith("City of ") || c.startsWith("Saint "))
        .noneMatch(c -> c.endsWith(" Region") || c.contains("Parish Parish"))
        .hasSizeGreaterThan(1_800);
    // New York City's counties by their people, not by the ZIP codes GeoNames calls New York.
    assertThat(COUNTY_WEIGHTS.get("New York County"))
        .isLessThan(COUNTY_WEIGHTS.get("Queens County"))
        .isLessThan(COUNTY_WEIGHTS.get("Los Angeles County") / 4);
  }

  @Test
  void everyCountyCanBeDrawnUniquelyAndNoMore() {
    int size = AddressPartJudges.COUNTIES.size();
    assertThat(new HashSet<>(faker(9L).unique("county", size)))
        .isEqualTo(AddressPartJudges.COUNTIES);
    assertThatThrownBy(() -> faker(9L).unique("county", size + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("county");
  }

  @Test
  void coordinatesAreUniformInDegreesWithSixDecimals() {
    uniformWithSixDecimals(faker(10L).latitudes(200_000), 90);
    uniformWithSixDecimals(faker(11L).longitudes(200_000), 180);
  }

  private static void uniformWithSixDecimals(double[] values, double limit) {
    double sum = 0;
    int firstQuarter = 0;
    int sixDecimals = 0;
    double min = limit;
    double max = -limit;
    for (double v : values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (v >= 0 && v < limit / 2) {
        firstQuarter++;
      }
      if (BigDecimal.valueOf(v).stripTrailingZeros().scale() == 6) {
        sixDecimals++;
      }
    }
    assertThat(min).isGreaterThanOrEqualTo(-limit).isLessThan(-limit * 0.999);
    assertThat(max).isLessThan(limit).isGreaterThan(limit * 0.999);
    assertThat(sum / values.length).isCloseTo(0, within(limit * 0.01));
    assertThat(firstQuarter / (double) values.length).isCloseTo(0.25, within(0.005));
    // Nine values in ten need all six decimals; the others end in a zero.
    assertThat(sixDecimals / (double) values.length).isGreaterThan(0.85);
  }

  @Test
  void coordinatesDrawWhatTheCoordinateWordsOfTheInferenceDrew() {
    // Before the providers, fields named latitude and longitude were doubleValue(-90, 90, 6) and
    // doubleValue(-180, 180, 6); the providers keep those values.
    assertThat(faker(12L).provider("latitude").next(1_000))
        .isEqualTo(faker(12L).provider("doubleValue", -90, 90, 6).next(1_000));
    assertThat(faker(13L).provider("longitude").next(1_000))
        .isEqualTo(faker(13L).provider("doubleValue", -180, 180, 6).next(1_000));
  }

  @Test
  void fieldsNamedForAddressPartsInferTheirProviders() {
    Faker faker = faker(14L);
    Map<String, Class<?>> latitudes =
        Map.of("latitude", double.class, "lat", Double.class, "pickupLat", float.class);
    latitudes.forEach(
        (name, type) ->
            assertThat(faker.inferProvider(name, type).name()).as(name).isEqualTo("latitude"));
    Map<String, Class<?>> longitudes =
        Map.of("longitude", double.class, "lng", double.class, "lon", Float.class);
    longitudes.forEach(
        (name, type) ->
            assertThat(faker.inferProvider(name, type).name()).as(name).isEqualTo("longitude"));
    // Words with a range were for numbers only; a provider name also gives text fields.
    assertThat(faker.inferProvider("latitude", String.class).name()).isEqualTo("latitude");
    Map<String, String> strings =
        Map.of(
            "streetName", "streetName",
            "road", "streetName",
            "houseNumber", "buildingNumber",
            "street_number", "buildingNumber",
            "addressLine2", "secondaryAddress",
            "apartment", "secondaryAddress",
            "billingCounty", "county",
            "countyName", "county");
    strings.forEach(
        (name, provider) ->
            assertThat(faker.inferProvider(name, String.class).name())
                .as(name)
                .isEqualTo(provider));
  }
}
