import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures how many Datafaker / java-faker call sites have a forgery equivalent.
 *
 * <pre>
 * java tools/coverage/Coverage.java docs/coverage
 * </pre>
 *
 * Reads {@code call-sites.tsv} (columns repository, path, call, library) and {@code mapping.tsv}
 * (columns call, forgery, kind) from the given directory, both tab-separated with a header line;
 * columns are found by name. A call missing from the mapping counts as {@code none} and is listed.
 * Prints the sample size, the share of call sites whose call is {@code direct}, the share that is
 * {@code direct} or {@code workaround}, the same per library, and the calls without an equivalent
 * ranked by how many call sites use them.
 */
public final class Coverage {

  private static final int TOP = 25;

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: java tools/coverage/Coverage.java DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    List<Map<String, String>> sites =
        read(dir.resolve("call-sites.tsv"), "repository", "path", "call", "library");
    List<Map<String, String>> mapping = read(dir.resolve("mapping.tsv"), "call", "forgery", "kind");

    Map<String, String> kindOf = new HashMap<>();
    for (Map<String, String> m : mapping) {
      String kind = m.get("kind");
      if (!Set.of("direct", "workaround", "none").contains(kind)) {
        throw new IllegalArgumentException(
            "mapping.tsv: unknown kind '" + kind + "' for " + m.get("call"));
      }
      if (kindOf.put(m.get("call"), kind) != null) {
        throw new IllegalArgumentException("mapping.tsv: " + m.get("call") + " is mapped twice");
      }
    }

    Set<String> files = new HashSet<>();
    Set<String> repos = new HashSet<>();
    Map<String, Integer> callCounts = new HashMap<>();
    Map<String, int[]> byLibrary = new TreeMap<>(); // library -> {sites, direct, workaround}
    int direct = 0;
    int workaround = 0;
    Set<String> missing = new HashSet<>();
    for (Map<String, String> s : sites) {
      String call = s.get("call");
      repos.add(s.get("repository"));
      files.add(s.get("repository") + " " + s.get("path"));
      callCounts.merge(call, 1, Integer::sum);
      String kind = kindOf.get(call);
      if (kind == null) {
        missing.add(call);
        kind = "none";
      }
      int[] lib = byLibrary.computeIfAbsent(s.get("library"), k -> new int[3]);
      lib[0]++;
      if (kind.equals("direct")) {
        direct++;
        lib[1]++;
      } else if (kind.equals("workaround")) {
        workaround++;
        lib[2]++;
      }
    }
    int total = sites.size();

    System.out.printf(Locale.ROOT, "call sites            %6d%n", total);
    System.out.printf(Locale.ROOT, "files                 %6d%n", files.size());
    System.out.printf(Locale.ROOT, "repositories          %6d%n", repos.size());
    System.out.printf(Locale.ROOT, "distinct calls        %6d%n", callCounts.size());
    System.out.printf(
        Locale.ROOT,
        "direct                %6.1f%%  (%d call sites)%n",
        pct(direct, total),
        direct);
    System.out.printf(
        Locale.ROOT,
        "direct + workaround   %6.1f%%  (%d call sites)%n",
        pct(direct + workaround, total),
        direct + workaround);
    for (Map.Entry<String, int[]> e : byLibrary.entrySet()) {
      int[] v = e.getValue();
      System.out.printf(
          Locale.ROOT,
          "  %-10s %4d sites: direct %5.1f%%, direct + workaround %5.1f%%%n",
          e.getKey(),
          v[0],
          pct(v[1], v[0]),
          pct(v[1] + v[2], v[0]));
    }
    if (!missing.isEmpty()) {
      System.out.println(
          "calls missing from mapping.tsv (counted as none): " + new TreeSet<>(missing));
    }

    List<Map.Entry<String, Integer>> unmapped = new ArrayList<>();
    for (Map.Entry<String, Integer> e : callCounts.entrySet()) {
      String kind = kindOf.getOrDefault(e.getKey(), "none");
      if (kind.equals("none")) {
        unmapped.add(e);
      }
    }
    unmapped.sort(
        (a, b) ->
            a.getValue().equals(b.getValue())
                ? a.getKey().compareTo(b.getKey())
                : Integer.compare(b.getValue(), a.getValue()));
    int unmappedSites = unmapped.stream().mapToInt(Map.Entry::getValue).sum();
    System.out.printf(
        Locale.ROOT,
        "%nunmapped calls: %d distinct, %d call sites; top %d by count:%n",
        unmapped.size(),
        unmappedSites,
        Math.min(TOP, unmapped.size()));
    for (int i = 0; i < Math.min(TOP, unmapped.size()); i++) {
      System.out.printf(
          Locale.ROOT, "  %4d  %s%n", unmapped.get(i).getValue(), unmapped.get(i).getKey());
    }
  }

  private static double pct(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /**
   * Reads a tab-separated file with a header line; each row maps the required column names to
   * values.
   */
  private static List<Map<String, String>> read(Path file, String... required) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(file + " is empty");
    }
    String[] header = lines.get(0).split("\t", -1);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      index.put(header[i].strip(), i);
    }
    for (String r : required) {
      if (!index.containsKey(r)) {
        throw new IllegalArgumentException(file + " has no column '" + r + "'");
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (int n = 1; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      Map<String, String> row = new HashMap<>();
      for (String r : required) {
        int i = index.get(r);
        row.put(r, i < cols.length ? cols[i].strip() : "");
      }
      rows.add(row);
    }
    return rows;
  }

  private Coverage() {}
}
