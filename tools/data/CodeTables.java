import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the tables of the code providers under {@code codes/}:
 *
 * <ul>
 *   <li>{@code currency_codes.txt}: the ISO 4217 alphabetic codes of the currencies that the
 *       countries and territories of datasets/country-codes use today, one per line, sorted. Left
 *       out: {@code UYW} (Unidad Previsional, a unit of account of Uruguay rather than a currency
 *       in circulation, which the JDK does not know either). Added: {@code TRY} (Turkish lira),
 *       because the source's row for Türkiye has an empty currency column. Funds, precious metals,
 *       SDR and test codes ({@code BOV}, {@code XAU}, {@code XDR}, {@code XTS}, {@code XXX}, ...)
 *       belong to no country and are not in the source.
 *   <li>{@code gs1_prefixes.txt}: editorial, from the GS1 list of prefixes assigned to its member
 *       organisations: {@code first-last;organisation}, three-digit prefixes. Only the prefixes
 *       that a member organisation gives to companies for trade items are listed: restricted
 *       circulation ({@code 020-029}, {@code 040-049}, {@code 200-299}), GS1 US's reserve ({@code
 *       050-059}), the prefixes kept for future members, GTIN-8, demonstration and Global Office
 *       numbers ({@code 950-969}), ISSN ({@code 977}), ISBN ({@code 978-979}), refund receipts and
 *       coupons ({@code 980-999}) are left out.
 *   <li>{@code vin_wmis.txt}: editorial, well-known World Manufacturer Identifiers of passenger
 *       car makers (SAE J1044 / ISO 3780 assignments): {@code WMI;manufacturer (country)}.
 *   <li>{@code imei_reporting_bodies.txt}: editorial, the Reporting Body Identifiers that allocate
 *       IMEI type codes today (GSMA TS.06, Appendix A), with weights that estimate how often each
 *       appears among devices in use: {@code RBI<TAB>weight}.
 *   <li>{@code time_zones.txt}: the IANA time-zone ids (region ids such as {@code Europe/Paris})
 *       of the cities of more than 15,000 people in the GeoNames snapshot of
 *       geo/geonames_cities15000_2016_slim.csv, one per line, sorted; zones where people live, and
 *       all older than the JDKs forgery supports, so that every JDK knows them.
 *   <li>{@code locales.txt}: the language tags with a region of the countries of
 *       datasets/country-codes (its {@code Languages} column, such as {@code fr-CA}), and each
 *       country's first language with the country as region where the source gives none ({@code
 *       de} for Germany is {@code de-DE}), one per line, sorted.
 * </ul>
 *
 * <p>Usage: {@code java tools/data/CodeTables.java <shared-data-dir> <resources-dir>}
 */
public final class CodeTables {
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[1], "codes");
    Files.createDirectories(out);
    currencies(Path.of(args[0], "countries", "country-codes.csv"), out);
    gs1Prefixes(out);
    wmis(out);
    reportingBodies(out);
    timeZones(Path.of(args[0], "geo", "geonames_cities15000_2016_slim.csv"), out);
    locales(Path.of(args[0], "countries", "country-codes.csv"), out);
  }

  private static void timeZones(Path source, Path out) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    int column = csv(lines.get(0)).indexOf("timezone");
    Set<String> zones = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String zone = csv(line).get(column);
      if (!zone.matches("[A-Z][A-Za-z]+/[A-Za-z0-9_/+-]+")) {
        throw new IllegalStateException("not a region time-zone id: " + zone);
      }
      zones.add(zone);
    }
    writeLines(out.resolve("time_zones.txt"), zones);
    System.out.println("time_zones.txt: " + zones.size() + " zones");
  }

  private static void locales(Path source, Path out) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> header = csv(lines.get(0));
    int languages = header.indexOf("Languages");
    Set<String> tags = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cols = csv(line);
      if (cols.size() <= languages) {
        continue;
      }
      String[] spoken = cols.get(languages).split(",");
      for (int i = 0; i < spoken.length; i++) {
        String tag = spoken[i].trim();
        if (i == 0 && tag.matches("[a-z]{2,3}")) {
          // The first language is the country's main one, even where the source gives no region.
          tag = tag + "-" + cols.get(header.indexOf("ISO3166-1-Alpha-2"));
        }
        if (tag.matches("[a-z]{2,3}-[A-Z]{2}")) {
          tags.add(tag);
        }
      }
    }
    writeLines(out.resolve("locales.txt"), tags);
    System.out.println("locales.txt: " + tags.size() + " language tags");
  }

  private static void writeLines(Path file, Set<String> values) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String value : values) {
      sb.append(value).append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.US_ASCII);
  }

  private static void currencies(Path source, Path out) throws IOException {
    List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
    List<String> header = csv(lines.get(0));
    int alpha2 = header.indexOf("ISO3166-1-Alpha-2");
    int currency = header.indexOf("ISO4217-currency_alphabetic_code");
    Set<String> codes = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cols = csv(line);
      if (cols.size() <= currency) {
        continue;
      }
      for (String code : cols.get(currency).split(",")) {
        code = code.trim();
        if (!code.isEmpty()) {
          if (!code.matches("[A-Z]{3}")) {
            throw new IllegalStateException(cols.get(alpha2) + ": not a currency code: " + code);
          }
          codes.add(code);
        }
      }
      if (cols.get(alpha2).equals("TR") && cols.get(currency).isEmpty()) {
        codes.add("TRY");
      }
    }
    codes.remove("UYW");
    writeLines(out.resolve("currency_codes.txt"), codes);
    System.out.println("currency_codes.txt: " + codes.size() + " codes");
  }

  private static void gs1Prefixes(Path out) throws IOException {
    String[] rows = {
      "001-019;GS1 US",
      "030-039;GS1 US",
      "060-139;GS1 US",
      "300-379;GS1 France",
      "380-380;GS1 Bulgaria",
      "383-383;GS1 Slovenia",
      "385-385;GS1 Croatia",
      "387-387;GS1 Bosnia and Herzegovina",
      "389-389;GS1 Montenegro",
      "400-440;GS1 Germany",
      "450-459;GS1 Japan",
      "460-469;GS1 Russia",
      "470-470;GS1 Kyrgyzstan",
      "471-471;GS1 Chinese Taipei",
      "474-474;GS1 Estonia",
      "475-475;GS1 Latvia",
      "476-476;GS1 Azerbaijan",
      "477-477;GS1 Lithuania",
      "478-478;GS1 Uzbekistan",
      "479-479;GS1 Sri Lanka",
      "480-480;GS1 Philippines",
      "481-481;GS1 Belarus",
      "482-482;GS1 Ukraine",
      "483-483;GS1 Turkmenistan",
      "484-484;GS1 Moldova",
      "485-485;GS1 Armenia",
      "486-486;GS1 Georgia",
      "487-487;GS1 Kazakhstan",
      "488-488;GS1 Tajikistan",
      "489-489;GS1 Hong Kong, China",
      "490-499;GS1 Japan",
      "500-509;GS1 UK",
      "520-521;GS1 Greece",
      "528-528;GS1 Lebanon",
      "529-529;GS1 Cyprus",
      "530-530;GS1 Albania",
      "531-531;GS1 North Macedonia",
      "535-535;GS1 Malta",
      "539-539;GS1 Ireland",
      "540-549;GS1 Belgium & Luxembourg",
      "560-560;GS1 Portugal",
      "569-569;GS1 Iceland",
      "570-579;GS1 Denmark",
      "590-590;GS1 Poland",
      "594-594;GS1 Romania",
      "599-599;GS1 Hungary",
      "600-601;GS1 South Africa",
      "603-603;GS1 Ghana",
      "604-604;GS1 Senegal",
      "605-605;GS1 Uganda",
      "606-606;GS1 Angola",
      "607-607;GS1 Oman",
      "608-608;GS1 Bahrain",
      "609-609;GS1 Mauritius",
      "611-611;GS1 Morocco",
      "613-613;GS1 Algeria",
      "615-615;GS1 Nigeria",
      "616-616;GS1 Kenya",
      "617-617;GS1 Cameroon",
      "618-618;GS1 Côte d'Ivoire",
      "619-619;GS1 Tunisia",
      "620-620;GS1 Tanzania",
      "621-621;GS1 Syria",
      "622-622;GS1 Egypt",
      "624-624;GS1 Libya",
      "625-625;GS1 Jordan",
      "626-626;GS1 Iran",
      "627-627;GS1 Kuwait",
      "628-628;GS1 Saudi Arabia",
      "629-629;GS1 Emirates",
      "630-630;GS1 Qatar",
      "631-631;GS1 Namibia",
      "632-632;GS1 Rwanda",
      "640-649;GS1 Finland",
      "680-681;GS1 China",
      "690-699;GS1 China",
      "700-709;GS1 Norway",
      "729-729;GS1 Israel",
      "730-739;GS1 Sweden",
      "740-740;GS1 Guatemala",
      "741-741;GS1 El Salvador",
      "742-742;GS1 Honduras",
      "743-743;GS1 Nicaragua",
      "744-744;GS1 Costa Rica",
      "745-745;GS1 Panama",
      "746-746;GS1 Dominican Republic",
      "750-750;GS1 Mexico",
      "754-755;GS1 Canada",
      "759-759;GS1 Venezuela",
      "760-769;GS1 Switzerland",
      "770-771;GS1 Colombia",
      "773-773;GS1 Uruguay",
      "775-775;GS1 Peru",
      "777-777;GS1 Bolivia",
      "778-779;GS1 Argentina",
      "780-780;GS1 Chile",
      "784-784;GS1 Paraguay",
      "786-786;GS1 Ecuador",
      "789-790;GS1 Brazil",
      "800-839;GS1 Italy",
      "840-849;GS1 Spain",
      "850-850;GS1 Cuba",
      "858-858;GS1 Slovakia",
      "859-859;GS1 Czechia",
      "860-860;GS1 Serbia",
      "865-865;GS1 Mongolia",
      "867-867;GS1 North Korea",
      "868-869;GS1 Türkiye",
      "870-879;GS1 Netherlands",
      "880-881;GS1 Korea",
      "883-883;GS1 Myanmar",
      "884-884;GS1 Cambodia",
      "885-885;GS1 Thailand",
      "888-888;GS1 Singapore",
      "890-890;GS1 India",
      "893-893;GS1 Vietnam",
      "896-896;GS1 Pakistan",
      "899-899;GS1 Indonesia",
      "900-919;GS1 Austria",
      "930-939;GS1 Australia",
      "940-949;GS1 New Zealand",
      "955-955;GS1 Malaysia",
      "958-958;GS1 Macau, China",
    };
    int previous = -1;
    int prefixes = 0;
    for (String row : rows) {
      int first = Integer.parseInt(row.substring(0, 3));
      int last = Integer.parseInt(row.substring(4, 7));
      if (row.charAt(3) != '-' || row.charAt(7) != ';' || first > last || first <= previous) {
        throw new IllegalStateException("ranges must be ascending and apart: " + row);
      }
      previous = last;
      prefixes += last - first + 1;
    }
    Files.writeString(
        out.resolve("gs1_prefixes.txt"), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    System.out.println("gs1_prefixes.txt: " + rows.length + " ranges, " + prefixes + " prefixes");
  }

  private static void wmis(Path out) throws IOException {
    Map<String, String> wmis = new LinkedHashMap<>();
    // North America: 1, 4, 5 United States; 2 Canada; 3 Mexico
    wmis.put("1FA", "Ford (United States)");
    wmis.put("1FM", "Ford (United States)");
    wmis.put("1FT", "Ford (United States)");
    wmis.put("1G1", "Chevrolet (United States)");
    wmis.put("1GC", "Chevrolet (United States)");
    wmis.put("1GN", "Chevrolet (United States)");
    wmis.put("1C4", "Chrysler (United States)");
    wmis.put("1HG", "Honda (United States)");
    wmis.put("1N4", "Nissan (United States)");
    wmis.put("4T1", "Toyota (United States)");
    wmis.put("4S3", "Subaru (United States)");
    wmis.put("5YJ", "Tesla (United States)");
    wmis.put("5NP", "Hyundai (United States)");
    wmis.put("5UX", "BMW (United States)");
    wmis.put("5FN", "Honda (United States)");
    wmis.put("2HG", "Honda (Canada)");
    wmis.put("2T1", "Toyota (Canada)");
    wmis.put("3VW", "Volkswagen (Mexico)");
    wmis.put("3N1", "Nissan (Mexico)");
    // Asia: J Japan; K South Korea; L China; M India
    wmis.put("JHM", "Honda (Japan)");
    wmis.put("JN1", "Nissan (Japan)");
    wmis.put("JTD", "Toyota (Japan)");
    wmis.put("JM1", "Mazda (Japan)");
    wmis.put("JF1", "Subaru (Japan)");
    wmis.put("KMH", "Hyundai (South Korea)");
    wmis.put("KNA", "Kia (South Korea)");
    wmis.put("LSV", "SAIC Volkswagen (China)");
    wmis.put("LFV", "FAW-Volkswagen (China)");
    wmis.put("MA3", "Maruti Suzuki (India)");
    // Europe: S United Kingdom; T Czechia; V France, Spain; W Germany; Y Sweden; Z Italy
    wmis.put("SAJ", "Jaguar (United Kingdom)");
    wmis.put("SAL", "Land Rover (United Kingdom)");
    wmis.put("SJN", "Nissan (United Kingdom)");
    wmis.put("TMB", "Škoda (Czechia)");
    wmis.put("VF1", "Renault (France)");
    wmis.put("VF3", "Peugeot (France)");
    wmis.put("VF7", "Citroën (France)");
    wmis.put("VSS", "SEAT (Spain)");
    wmis.put("WAU", "Audi (Germany)");
    wmis.put("WBA", "BMW (Germany)");
    wmis.put("WDD", "Mercedes-Benz (Germany)");
    wmis.put("WVW", "Volkswagen (Germany)");
    wmis.put("WP0", "Porsche (Germany)");
    wmis.put("WF0", "Ford (Germany)");
    wmis.put("W0L", "Opel (Germany)");
    wmis.put("YV1", "Volvo Cars (Sweden)");
    wmis.put("ZFA", "Fiat (Italy)");
    wmis.put("ZAR", "Alfa Romeo (Italy)");
    wmis.put("ZFF", "Ferrari (Italy)");
    // South America: 9 Brazil
    wmis.put("9BW", "Volkswagen (Brazil)");
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : wmis.entrySet()) {
      if (!e.getKey().matches("[A-HJ-NPR-Z0-9]{3}")) {
        throw new IllegalStateException("not a WMI: " + e.getKey());
      }
      sb.append(e.getKey()).append(';').append(e.getValue()).append('\n');
    }
    Files.writeString(out.resolve("vin_wmis.txt"), sb, StandardCharsets.UTF_8);
    System.out.println("vin_wmis.txt: " + wmis.size() + " WMIs");
  }

  private static void reportingBodies(Path out) throws IOException {
    // 35 (TÜV SÜD/BABT) and 86 (TAF, China) allocate the type codes of most phones in use, 01
    // (CTIA/PTCRB) many North American ones, 99 (GHA) multi-RAT devices: an editorial estimate.
    Map<String, Integer> bodies = new LinkedHashMap<>();
    bodies.put("35", 50);
    bodies.put("86", 30);
    bodies.put("01", 15);
    bodies.put("99", 5);
    StringBuilder sb = new StringBuilder();
    bodies.forEach((rbi, weight) -> sb.append(rbi).append('\t').append(weight).append('\n'));
    Files.writeString(out.resolve("imei_reporting_bodies.txt"), sb, StandardCharsets.US_ASCII);
    System.out.println("imei_reporting_bodies.txt: " + bodies.size() + " reporting bodies");
  }

  /** Splits one RFC 4180 line. */
  static List<String> csv(String line) {
    List<String> cols = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cols.add(cur.toString());
        cur.setLength(0);
      } else if (c != '\uFEFF') {
        cur.append(c);
      }
    }
    cols.add(cur.toString());
    return cols;
  }
}
