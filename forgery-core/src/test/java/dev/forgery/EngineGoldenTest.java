package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.fixtures.Customer;
import dev.forgery.fixtures.Person;
import dev.forgery.fixtures.objects.CustomerBean;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pins what the structured engine makes, beyond single providers: a schema column of every built-in
 * provider, the schema keywords with and without arguments, Java records and beans, streams and
 * both writers. Each is reduced to a 64-bit hash of its values' text, so that a change to any value
 * of any row shows. When a change is deliberate, update the hash and say so in CHANGELOG.md.
 */
class EngineGoldenTest {
  private static final int ROWS = 300;

  /** Providers that cannot be drawn without arguments; the keyword test covers choice. */
  static final java.util.Set<String> NEED_ARGUMENTS = needArguments();

  private static java.util.Set<String> needArguments() {
    java.util.Set<String> names =
        new java.util.TreeSet<>(List.of("choice", "numerify", "letterify", "bothify"));
    CodeJudges.needArguments(names);
    CommerceJudges.needArguments(names);
    WebJudges.needArguments(names);
    AddressPartJudges.needArguments(names);
    TimeJudges.needArguments(names);
    return java.util.Set.copyOf(names);
  }

  /** Hashes of the domains that keep their own part of the table. */
  private static Map<String, String> domainGoldens() {
    Map<String, String> g = new TreeMap<>();
    CodeJudges.goldens(g);
    CommerceJudges.goldens(g);
    WebJudges.goldens(g);
    AddressPartJudges.goldens(g);
    TimeJudges.goldens(g);
    return g;
  }

  /** A seeded faker pinned to the reference date the hashes were taken on. */
  static Faker pinned(long seed) {
    return new Faker("en_US", seed).withToday(java.time.LocalDate.of(2026, 1, 1));
  }

  /** FNV-1a over the characters of each value's text, with a separator after each value. */
  static String hash(Iterable<?> values) {
    long h = 0xCBF2_9CE4_8422_2325L;
    for (Object value : values) {
      String text =
          value instanceof Object[] ? java.util.Arrays.toString((Object[]) value) : "" + value;
      for (int i = 0; i < text.length(); i++) {
        h ^= text.charAt(i);
        h *= 0x0000_0100_0000_01B3L;
      }
      h ^= 0x1F;
      h *= 0x0000_0100_0000_01B3L;
    }
    return Long.toHexString(h);
  }

  private static String column(String type, Object... args) {
    Schema schema = Schema.builder(pinned(0L)).field("value", type, args).build();
    List<Object> values =
        pinned(42L).records(ROWS, schema).stream()
            .map(row -> row.get("value"))
            .collect(Collectors.toList());
    return hash(values);
  }

  @Test
  void everyProviderColumn() {
    Map<String, String> hashes = new TreeMap<>();
    for (String provider : new Faker("en_US", 0L).providers()) {
      if (!NEED_ARGUMENTS.contains(provider)) {
        hashes.put(provider, column(provider));
      }
    }
    Map<String, String> expected = domainGoldens();
    expected.putAll(
        Map.ofEntries(
            Map.entry("address", "1e23d5d7b6f06305"),
            Map.entry("bool", "b0e784980caf277f"),
            Map.entry("catchPhrase", "1f258733cf2391c0"),
            Map.entry("city", "92ce3e426f6bd490"),
            Map.entry("color", "594f21a1f1befe7d"),
            Map.entry("colorWithHex", "5c4a980a6d7024ff"),
            Map.entry("company", "ddd39ec28ba7765c"),
            Map.entry("country", "404948928366b5af"),
            Map.entry("countryCode", "aa5a90562a77d97f"),
            Map.entry("creditCardNumber", "f8f810c909817366"),
            Map.entry("date", "bb118a8e043e25ec"),
            Map.entry("dateOfBirth", "573d8510b6e64c9e"),
            Map.entry("dateTime", "f331409e201023f9"),
            Map.entry("digits", "41d4a69923f63799"),
            Map.entry("domainName", "37db633f8a1aabd0"),
            Map.entry("doubleValue", "8eecb035063d1a0d"),
            Map.entry("email", "b986616f97009f09"),
            Map.entry("firstName", "27e69779d2d63bca"),
            Map.entry("formattedCreditCardNumber", "586f2e4281d4f9c2"),
            Map.entry("freeEmail", "c2d00525c26d2473"),
            Map.entry("hexColor", "7480303513140b02"),
            Map.entry("hexDigits", "98d3aa86ab256a56"),
            Map.entry("iban", "1ecde23ba51c79d0"),
            Map.entry("integer", "dfc7d44340f3dc65"),
            Map.entry("ipv4", "388f72a327626170"),
            Map.entry("ipv6", "427a3c7e8d92b59a"),
            Map.entry("job", "4415110d363f87ef"),
            Map.entry("lastName", "ed45ce0afb6c16a2"),
            Map.entry("longValue", "8c93b57c964da4d1"),
            Map.entry("macAddress", "33f5858f2ff23e49"),
            Map.entry("md5", "34cba1b8ca1a2fcc"),
            Map.entry("name", "e64b17db46dffe11"),
            Map.entry("paragraph", "bf6abc4c42579e8d"),
            Map.entry("phoneNumber", "fe11fc2751467100"),
            Map.entry("postcode", "3eeb30de099124a5"),
            Map.entry("rgbColor", "585f0319873ae285"),
            Map.entry("safeDomainName", "a11d6e803a102812"),
            Map.entry("safeEmail", "d66810499a4b0683"),
            Map.entry("safeIpv4", "ab75bcb93fd49ef3"),
            Map.entry("safeIpv6", "ff071c40b373664f"),
            Map.entry("safeUrl", "8fd3d65a5f2ea2e7"),
            Map.entry("sentence", "c96d705ed707341b"),
            Map.entry("sha256", "e78afd0d0a25af3e"),
            Map.entry("state", "dcef571c3f004088"),
            Map.entry("stateAbbr", "56b7b5141f77f583"),
            Map.entry("streetAddress", "62a14ebd581cfb95"),
            Map.entry("text", "a8f5b23113b175a0"),
            Map.entry("url", "704c384ef0739df"),
            Map.entry("username", "73a27d3ffcb419f5"),
            Map.entry("uuid", "6fa08a2287fd1c9f"),
            Map.entry("word", "292e9f3bb1cbd997")));
    // On a mismatch the message lists every provider's actual hash, ready to paste.
    assertThat(hashes).containsExactlyEntriesOf(expected);
  }

  @Test
  void schemaKeywords() {
    Map<String, String> hashes = new TreeMap<>();
    hashes.put("int", column("int"));
    hashes.put("int(18, 65)", column("int", 18, 65));
    hashes.put("float", column("float"));
    hashes.put("float(1, 100, 2)", column("float", 1, 100, 2));
    hashes.put("date(2020-01-01, 2024-12-31)", column("date", "2020-01-01", "2024-12-31"));
    hashes.put("choice", column("choice", List.of("a", "b", "c")));
    hashes.put("choice weighted", column("choice", Map.of("a", 1, "b", 3)));
    hashes.put("bool(0.3)", column("bool", 0.3));
    assertThat(hashes)
        .isEqualTo(
            Map.ofEntries(
                Map.entry("bool(0.3)", "93d4edd4fb3df8c5"),
                Map.entry("choice", "b39ac0b801317b24"),
                Map.entry("choice weighted", "96edfc5dff09f4d1"),
                Map.entry("date(2020-01-01, 2024-12-31)", "92fa2f7a505a820d"),
                Map.entry("float", "8eecb035063d1a0d"),
                Map.entry("float(1, 100, 2)", "e6eeb4b853fe1c9f"),
                Map.entry("int", "dfc7d44340f3dc65"),
                Map.entry("int(18, 65)", "6cce2d1b4fa8ca50")));
  }

  @Test
  void javaRecords() {
    Map<String, String> hashes = new TreeMap<>();
    hashes.put("Person", hash(pinned(42L).records(ROWS, Person.class)));
    hashes.put("Customer", hash(pinned(42L).records(ROWS, Customer.class)));
    // A bean with a nested bean, an enum, a BigDecimal and a list, filled through its setters.
    hashes.put("CustomerBean", hash(pinned(42L).records(ROWS, CustomerBean.class)));
    assertThat(hashes)
        .isEqualTo(
            Map.of(
                "Customer",
                "268b8a4f6ddedad0",
                "CustomerBean",
                "aed3597548757beb",
                "Person",
                "cfc729aab9e9059d"));
  }

  @Test
  void streamsTuplesColumnsAndWriters() {
    Schema schema = DeterminismTest.SCHEMA;
    Map<String, String> hashes = new TreeMap<>();
    hashes.put(
        "stream", hash(pinned(42L).stream(schema).limit(2_500).collect(Collectors.toList())));
    hashes.put("tuples", hash(pinned(42L).recordsTuples(2_500, schema)));
    hashes.put("maps", hash(pinned(42L).records(2_500, schema)));
    ColumnBatch columns = pinned(42L).columns(2_500, schema);
    hashes.put(
        "columns",
        hash(IntStream.range(0, 2_500).mapToObj(columns::row).collect(Collectors.toList())));
    StringWriter csv = new StringWriter();
    pinned(42L).writeCsv(2_500, schema, csv);
    hashes.put("csv", hash(List.of(csv.toString())));
    StringWriter json = new StringWriter();
    pinned(42L).writeJsonLines(2_500, schema, json);
    hashes.put("jsonLines", hash(List.of(json.toString())));
    // Maps, streams and columns give the same rows, so the same hash. The writers spell three
    // scores below 0.001 as plain decimals (0.00009091013717266172, not 9.091013717266172E-5).
    assertThat(hashes)
        .isEqualTo(
            Map.of(
                "columns", "b573d3dadcc8d797",
                "csv", "636798ef90bf2f5c",
                "jsonLines", "2cc90526e7d5ab23",
                "maps", "b573d3dadcc8d797",
                "stream", "b573d3dadcc8d797",
                "tuples", "166ceec120b7a9c7"));
  }
}
