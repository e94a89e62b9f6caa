import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converts the US census surname list and the SSA first-name aggregate into forgery's weighted
 * tables ({@code value<TAB>weight}, heaviest first, ties by value).
 *
 * <p>Usage: {@code java tools/data/Names.java <shared-data-dir> <resources-dir>}
 */
public final class Names {
  private static final Set<String> MAC_NAMES =
      Set.of(
          "DONALD", "KENZIE", "KAY", "LEAN", "LEOD", "PHERSON", "MILLAN", "GREGOR", "ARTHUR",
          "INTOSH", "ALLISTER", "INTYRE", "NEIL", "KINNON", "FARLANE", "DOUGALL", "LAREN",
          "NEILL", "QUEEN", "AULAY", "LACHLAN", "DONNELL", "EWEN", "GOWAN", "INNIS", "IVER");
  private static final Set<String> O_NAMES =
      Set.of(
          "BRIEN", "CONNOR", "NEILL", "NEIL", "DONNELL", "CONNELL", "HARA", "LEARY", "ROURKE",
          "KEEFE", "MALLEY", "REILLY", "SULLIVAN", "BRYAN", "GRADY", "MARA", "DAY", "BANNON",
          "KANE", "HAIR", "DONOGHUE", "DOWD", "FLAHERTY", "GORMAN", "HALLORAN", "HERN",
          "LOUGHLIN", "MEARA", "SHEA", "TOOLE", "CALLAGHAN", "BOYLE", "DWYER", "FARRELL",
          "GARA", "NEAL", "SHAUGHNESSY", "KELLY", "CONNER", "DANIEL");

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0], "en_US");
    Path out = Path.of(args[1], "en_US");
    Files.createDirectories(out);
    surnames(in.resolve("census1990_dist.all.last.txt"), out.resolve("last_names.txt"));
    firstNames(in.resolve("ssa_national_names_aggregate_1880_2023.csv"), out.resolve("first_names.txt"));
  }

  /**
   * Census 1990 publishes percentages rounded to 0.001; 69,960 rare names round to 0.000. Weights
   * are in units of 10^-8 of the population; the rare tail shares the mass that the cumulative
   * column assigns to it equally, so it stays rare but present.
   */
  static void surnames(Path src, Path dst) throws IOException {
    List<String> lines = Files.readAllLines(src, StandardCharsets.US_ASCII);
    Map<String, Long> weights = new TreeMap<>();
    List<String> tail = new ArrayList<>();
    double lastCumulative = 0;
    double finalCumulative = 0;
    for (String line : lines) {
      String[] cols = line.trim().split("\\s+");
      if (cols.length != 4) continue;
      double pct = Double.parseDouble(cols[1]);
      finalCumulative = Double.parseDouble(cols[2]);
      String name = surnameCase(cols[0]);
      if (pct > 0) {
        weights.merge(name, Math.round(pct * 1_000_000), Long::sum);
        lastCumulative = finalCumulative;
      } else {
        tail.add(name);
      }
    }
    long tailWeight = Math.max(1, Math.round((finalCumulative - lastCumulative) * 1_000_000 / tail.size()));
    for (String name : tail) weights.merge(name, tailWeight, Long::sum);
    write(weights, dst);
  }

  /** SSA births 1946-2005 per name, summed over both sexes: roughly today's adult population. */
  static void firstNames(Path src, Path dst) throws IOException {
    List<String> lines = Files.readAllLines(src, StandardCharsets.UTF_8);
    Map<String, Long> weights = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split(",");
      long births = Long.parseLong(cols[3]);
      if (births > 0) weights.merge(cols[0], births, Long::sum);
    }
    write(weights, dst);
  }

  static String surnameCase(String upper) {
    if (upper.startsWith("MC") && upper.length() > 3) {
      return "Mc" + capitalize(upper.substring(2));
    }
    if (upper.startsWith("MAC") && MAC_NAMES.contains(upper.substring(3))) {
      return "Mac" + capitalize(upper.substring(3));
    }
    if (upper.startsWith("O") && O_NAMES.contains(upper.substring(1))) {
      return "O'" + capitalize(upper.substring(1));
    }
    return capitalize(upper);
  }

  static String capitalize(String upper) {
    return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
  }

  static void write(Map<String, Long> weights, Path dst) throws IOException {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(weights.entrySet());
    rows.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder(rows.size() * 16);
    for (Map.Entry<String, Long> row : rows) {
      sb.append(row.getKey()).append('\t').append(row.getValue()).append('\n');
    }
    Files.writeString(dst, sb, StandardCharsets.UTF_8);
    System.out.println(dst + ": " + rows.size() + " rows");
  }
}
