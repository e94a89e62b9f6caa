import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the editorial tables of the identity and web providers: hand-written lists with
 * hand-set weights, no outside source. The weights are judgements documented here, not
 * measurements; change them here and re-run.
 *
 * <p>Usage: {@code java tools/data/WebTables.java <resources-dir>}, where {@code resources-dir} is
 * {@code forgery-core/src/main/resources/dev/forgery/data}.
 *
 * <ul>
 *   <li>{@code en_US/name_prefixes.txt}: English name prefixes, weighted per 1,000 adults as a
 *       sign-up form would see them: men are about half of adults and nearly all answer "Mr.";
 *       women split between "Mrs.", "Ms." and "Miss"; "Dr." covers physicians and doctorate
 *       holders (about 2% of US adults hold a doctorate or a professional degree, and they use
 *       the title more often than others use any), "Mx." is the gender-neutral prefix, "Prof."
 *       and "Rev." are rare.
 *   <li>{@code web/file_types.txt}: {@code extension;media type} rows. Every media type is
 *       registered with IANA (application/yaml by RFC 9512, text/javascript by RFC 9239,
 *       image/webp by RFC 9649); types known only under {@code x-} names (7z, tar, avi, mkv, wav)
 *       are left out. Weights per 1,000 are a judgement of how often a file met in office work,
 *       mail attachments and uploads has the extension: PDF and photos first, then office
 *       documents, text and data, media, archives.
 *   <li>{@code web/user_agents.txt}: complete User-Agent strings of current browsers, built from
 *       the templates and version ranges below; weights per 100,000 requests, apportioned by
 *       largest remainder. Template shares follow the order of the public browser and platform
 *       statistics of 2025 (Chrome about two thirds of requests, Safari about a fifth, Edge and
 *       Firefox the rest; Android and Windows the largest platforms, then iOS and macOS). Within a
 *       template the versions are weighted by a linear ramp, the newest heaviest (weight {@code
 *       n} for the newest of {@code n} versions, 1 for the oldest), as users update within weeks.
 *       The versions are those current on the library's reference date, 2026-01-01: Chrome and
 *       Edge 138 to 143, Firefox 140 (the extended-support release) to 146, Safari 18.5 to 26.1
 *       on macOS and 18.5 to 26.0 on iPhone. The strings are the reduced forms browsers send
 *       today: Chrome and Edge report {@code major.0.0.0}, Chrome on Android reports {@code
 *       Android 10; K}, every Mac reports {@code Intel Mac OS X 10_15_7} (Firefox {@code 10.15}),
 *       and Safari 26 on iPhone reports {@code iPhone OS 18_6}.
 * </ul>
 */
public final class WebTables {
  private static final int[] CHROME = range(138, 143);
  private static final int[] FIREFOX = range(140, 146);
  private static final String[] SAFARI_MAC = {"18.5", "18.6", "26.0", "26.1"};
  private static final String[] SAFARI_IPHONE = {"18.5", "18.6", "26.0"};
  private static final String[] FIREFOX_ANDROID = {"13", "14", "15", "16"};

  private static final String CHROME_TAIL =
      ") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36";

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Files.createDirectories(out.resolve("en_US"));
    Files.createDirectories(out.resolve("web"));
    write(out.resolve("en_US/name_prefixes.txt"), namePrefixes());
    write(out.resolve("web/file_types.txt"), fileTypes());
    write(out.resolve("web/user_agents.txt"), userAgents());
  }

  static Map<String, Long> namePrefixes() {
    Map<String, Long> w = new LinkedHashMap<>();
    w.put("Mr.", 470L);
    w.put("Mrs.", 190L);
    w.put("Ms.", 180L);
    w.put("Miss", 80L);
    w.put("Dr.", 50L);
    w.put("Mx.", 10L);
    w.put("Prof.", 10L);
    w.put("Rev.", 10L);
    return w;
  }

  static Map<String, Long> fileTypes() {
    Map<String, Long> w = new LinkedHashMap<>();
    // documents
    w.put("pdf;application/pdf", 140L);
    w.put("docx;application/vnd.openxmlformats-officedocument.wordprocessingml.document", 70L);
    w.put("xlsx;application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 55L);
    w.put("pptx;application/vnd.openxmlformats-officedocument.presentationml.presentation", 30L);
    w.put("doc;application/msword", 15L);
    w.put("xls;application/vnd.ms-excel", 10L);
    w.put("ppt;application/vnd.ms-powerpoint", 5L);
    w.put("odt;application/vnd.oasis.opendocument.text", 5L);
    w.put("ods;application/vnd.oasis.opendocument.spreadsheet", 5L);
    w.put("rtf;application/rtf", 5L);
    w.put("epub;application/epub+zip", 5L);
    // text and data
    w.put("txt;text/plain", 50L);
    w.put("csv;text/csv", 45L);
    w.put("md;text/markdown", 15L);
    w.put("json;application/json", 35L);
    w.put("xml;application/xml", 15L);
    w.put("yaml;application/yaml", 5L);
    w.put("sql;application/sql", 5L);
    w.put("html;text/html", 20L);
    w.put("css;text/css", 5L);
    w.put("js;text/javascript", 10L);
    w.put("ics;text/calendar", 5L);
    w.put("vcf;text/vcard", 5L);
    w.put("eml;message/rfc822", 5L);
    // images
    w.put("jpg;image/jpeg", 120L);
    w.put("jpeg;image/jpeg", 20L);
    w.put("png;image/png", 90L);
    w.put("gif;image/gif", 15L);
    w.put("svg;image/svg+xml", 15L);
    w.put("webp;image/webp", 15L);
    w.put("heic;image/heic", 10L);
    w.put("tiff;image/tiff", 5L);
    // audio and video
    w.put("mp3;audio/mpeg", 25L);
    w.put("m4a;audio/mp4", 5L);
    w.put("ogg;audio/ogg", 5L);
    w.put("mp4;video/mp4", 30L);
    w.put("mov;video/quicktime", 10L);
    // archives and fonts
    w.put("zip;application/zip", 35L);
    w.put("gz;application/gzip", 5L);
    w.put("rar;application/vnd.rar", 5L);
    w.put("woff2;font/woff2", 3L);
    w.put("ttf;font/ttf", 2L);
    return w;
  }

  static Map<String, Long> userAgents() {
    Map<String, Double> w = new LinkedHashMap<>();
    // Chrome: 61% of requests
    chrome(w, "Mozilla/5.0 (Windows NT 10.0; Win64; x64" + CHROME_TAIL, "", 280);
    chrome(
        w,
        "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/%d.0.0.0 Mobile Safari/537.36",
        "",
        240);
    chrome(w, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7" + CHROME_TAIL, "", 70);
    chrome(w, "Mozilla/5.0 (X11; Linux x86_64" + CHROME_TAIL, "", 20);
    // Safari: 22%
    versions(
        w,
        SAFARI_IPHONE,
        v ->
            "Mozilla/5.0 (iPhone; CPU iPhone OS "
                + (v.startsWith("18.") ? v.replace('.', '_') : "18_6")
                + " like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/"
                + v
                + " Mobile/15E148 Safari/604.1",
        170);
    versions(
        w,
        SAFARI_MAC,
        v ->
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Version/"
                + v
                + " Safari/605.1.15",
        50);
    // Edge: 10%
    chrome(w, "Mozilla/5.0 (Windows NT 10.0; Win64; x64" + CHROME_TAIL, " Edg/%d.0.0.0", 90);
    chrome(w, "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7" + CHROME_TAIL, " Edg/%d.0.0.0", 10);
    // Firefox: 7%
    firefox(w, "Windows NT 10.0; Win64; x64", 40);
    firefox(w, "Macintosh; Intel Mac OS X 10.15", 10);
    firefox(w, "X11; Linux x86_64", 5);
    firefox(w, "X11; Ubuntu; Linux x86_64", 5);
    for (String android : FIREFOX_ANDROID) {
      versions(
          w,
          strings(FIREFOX),
          v ->
              "Mozilla/5.0 (Android "
                  + android
                  + "; Mobile; rv:"
                  + v
                  + ".0) Gecko/"
                  + v
                  + ".0 Firefox/"
                  + v
                  + ".0",
          10.0 / FIREFOX_ANDROID.length);
    }
    return apportion(w, 100_000);
  }

  private static void chrome(Map<String, Double> w, String template, String suffix, double share) {
    versions(w, strings(CHROME), v -> String.format(template + suffix, Integer.parseInt(v), Integer.parseInt(v)), share);
  }

  private static void firefox(Map<String, Double> w, String platform, double share) {
    versions(
        w,
        strings(FIREFOX),
        v -> "Mozilla/5.0 (" + platform + "; rv:" + v + ".0) Gecko/20100101 Firefox/" + v + ".0",
        share);
  }

  /** Adds a template's strings, oldest version first, with a linear ramp toward the newest. */
  private static void versions(
      Map<String, Double> w,
      String[] versions,
      java.util.function.Function<String, String> template,
      double share) {
    int n = versions.length;
    double ramp = n * (n + 1) / 2.0;
    for (int i = 0; i < n; i++) {
      String ua = template.apply(versions[i]);
      if (w.put(ua, share * (i + 1) / ramp) != null) {
        throw new IllegalStateException("duplicate user agent " + ua);
      }
    }
  }

  private static int[] range(int from, int to) {
    int[] out = new int[to - from + 1];
    for (int i = 0; i < out.length; i++) out[i] = from + i;
    return out;
  }

  private static String[] strings(int[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) out[i] = Integer.toString(values[i]);
    return out;
  }

  /** Largest-remainder apportionment of {@code total} units, at least one per value. */
  static Map<String, Long> apportion(Map<String, Double> weights, int total) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Long> units = new LinkedHashMap<>();
    List<Map.Entry<String, Double>> remainders = new ArrayList<>();
    long used = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double exact = e.getValue() * total / sum;
      long floor = Math.max(1, (long) Math.floor(exact));
      units.put(e.getKey(), floor);
      used += floor;
      remainders.add(Map.entry(e.getKey(), exact - floor));
    }
    remainders.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    for (int i = 0; used < total; i++, used++) {
      units.merge(remainders.get(i % remainders.size()).getKey(), 1L, Long::sum);
    }
    if (used != total) throw new IllegalStateException("units " + used + " != " + total);
    return units;
  }

  /** Writes {@code value<TAB>weight} lines, heaviest first, ties in value order. */
  static void write(Path path, Map<String, Long> weights) throws IOException {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(weights.entrySet());
    rows.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Long> row : rows) {
      if (row.getKey().indexOf('\t') >= 0 || row.getKey().indexOf('\n') >= 0) {
        throw new IllegalStateException("value with a tab or newline: " + row.getKey());
      }
      sb.append(row.getKey()).append('\t').append(row.getValue()).append('\n');
    }
    Files.writeString(path, sb.toString(), StandardCharsets.UTF_8);
  }
}
