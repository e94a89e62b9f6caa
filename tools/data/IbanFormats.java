import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code iban/formats.txt}: one {@code CC;BBAN-spec} line per country of the IBAN registry,
 * sorted by country code, from schwifty's generated registry with its corrections ({@code
 * overwrite.json}) applied on top, as schwifty itself does. Specs use the registry notation
 * ({@code 8!n10!n}: 8 digits then 10 digits; {@code a} upper-case letters, {@code c} letters or
 * digits). The program checks that every spec adds up to the registry's BBAN and IBAN lengths.
 * It also writes en_US {@code iban_countries.txt}, the countries (and editorial weights) that
 * {@code iban()} draws from by default in en_US, which has no IBAN of its own.
 *
 * <p>Usage: {@code java tools/data/IbanFormats.java <shared-data-dir> <resources-dir>}
 */
public final class IbanFormats {
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0], "banking", "iban");
    Path out = Path.of(args[1], "iban");
    Files.createDirectories(out);
    Map<String, Object> registry = object(in.resolve("schwifty_iban_registry_generated.json"));
    Map<String, Object> overwrite = object(in.resolve("schwifty_iban_registry_overwrite.json"));
    Map<String, Map<String, Object>> merged = new TreeMap<>();
    for (Map<String, Object> source : List.of(registry, overwrite)) {
      for (Map.Entry<String, Object> e : source.entrySet()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) e.getValue();
        merged.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).putAll(fields);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Map<String, Object>> e : merged.entrySet()) {
      Map<String, Object> f = e.getValue();
      String spec = (String) f.get("bban_spec");
      if (spec == null) {
        System.out.println("skipped " + e.getKey() + ": no bban_spec");
        continue;
      }
      int length = specLength(spec);
      int bban = ((Number) f.get("bban_length")).intValue();
      int iban = ((Number) f.get("iban_length")).intValue();
      if (length != bban || iban != bban + 4 || e.getKey().length() != 2) {
        throw new IllegalStateException(e.getKey() + ": spec " + spec + " vs lengths " + bban + "/" + iban);
      }
      sb.append(e.getKey()).append(';').append(spec).append('\n');
    }
    Files.writeString(out.resolve("formats.txt"), sb, StandardCharsets.UTF_8);
    System.out.println("iban/formats.txt: " + sb.toString().split("\n").length + " countries");
    // The US has no IBAN. en_US draws from the countries US users meet most: the large SEPA
    // economies and the UK and Switzerland, weighted roughly by economic size (editorial).
    Map<String, Integer> en = new LinkedHashMap<>();
    en.put("DE", 24);
    en.put("GB", 16);
    en.put("FR", 16);
    en.put("IT", 12);
    en.put("ES", 10);
    en.put("NL", 8);
    en.put("BE", 4);
    en.put("CH", 3);
    en.put("AT", 3);
    en.put("IE", 2);
    en.put("PT", 2);
    StringBuilder weights = new StringBuilder();
    for (Map.Entry<String, Integer> e : en.entrySet()) {
      if (!merged.containsKey(e.getKey())) {
        throw new IllegalStateException("no IBAN format for " + e.getKey());
      }
      weights.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
    }
    Files.writeString(Path.of(args[1], "en_US", "iban_countries.txt"), weights, StandardCharsets.UTF_8);
  }

  static int specLength(String spec) {
    int total = 0;
    int i = 0;
    while (i < spec.length()) {
      int n = 0;
      while (Character.isDigit(spec.charAt(i))) {
        n = n * 10 + (spec.charAt(i++) - '0');
      }
      if (spec.charAt(i) != '!') {
        throw new IllegalStateException("only fixed-length fields are supported: " + spec);
      }
      char kind = spec.charAt(i + 1);
      if ("nac".indexOf(kind) < 0) {
        throw new IllegalStateException("unknown kind " + kind + " in " + spec);
      }
      total += n;
      i += 2;
    }
    return total;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Path file) throws IOException {
    return (Map<String, Object>) new Json(Files.readString(file, StandardCharsets.UTF_8)).value();
  }

  /** Just enough JSON for the registry files: objects, arrays, strings, numbers, booleans. */
  static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return map;
        }
        while (true) {
          skip();
          String key = (String) value();
          skip();
          i++; // ':'
          map.put(key, value());
          skip();
          if (s.charAt(i++) == '}') {
            return map;
          }
        }
      }
      if (c == '[') {
        List<Object> list = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return list;
        }
        while (true) {
          list.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return list;
          }
        }
      }
      if (c == '"') {
        int end = s.indexOf('"', i + 1);
        String str = s.substring(i + 1, end);
        i = end + 1;
        return str;
      }
      int start = i;
      while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String token = s.substring(start, i);
      if (token.equals("true") || token.equals("false")) {
        return Boolean.valueOf(token);
      }
      if (token.equals("null")) {
        return null;
      }
      return Double.valueOf(token);
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
