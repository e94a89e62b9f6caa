import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one JMH run's CSV results ({@code -rf csv -rff FILE}) into the rows of the README's
 * performance table, so that every figure and ratio in the table comes from that one run and none
 * is copied by hand.
 *
 * <p>Each benchmark method names its role: a method whose name contains {@code forgery} is a row
 * of the table; {@code datafaker} and {@code floor} are its peer and its floor. A forgery method is
 * paired with the peer of the same stem ({@code namesDeDeForgery} with {@code namesDeDeDatafaker},
 * {@code forgeryCsvFile} with {@code datafakerCsvFile}) and the same parameters; failing that, with
 * the class's one peer of those parameters ({@code RecordBenchmark.forgeryMaps} with {@code
 * RecordBenchmark.datafaker}). A method with a locale parameter ({@code LocaleBenchmark}) is a
 * forgery row too, and its floor column is the same method in en_US, so that its "x floor" says how
 * the locale compares with en_US. Every other method (Instancio, the JUnit extension's variants, time to
 * first value) is listed in a second table with its score.
 *
 * <p>Usage: {@code java tools/bench/PerformanceTable.java results.csv}
 */
public final class PerformanceTable {
  /** One benchmark result: a method, its parameters and its score. */
  record Result(
      String group, String method, String params, double score, double error, String unit) {
    String role() {
      String m = method.toLowerCase(Locale.ROOT);
      if (m.contains("forgery")) {
        return "forgery";
      }
      if (m.contains("datafaker")) {
        return "datafaker";
      }
      if (m.contains("floor")) {
        return "floor";
      }
      // A locale's batch (LocaleBenchmark): forgery's, compared with the same batch in en_US.
      return isLocale() ? "forgery" : "other";
    }

    /** Whether the one parameter is a locale, as {@code LocaleBenchmark}'s are. */
    boolean isLocale() {
      return params.matches("[a-z]{2}_[A-Z]{2}");
    }

    /** The method's name without its role: what a forgery method shares with its peers. */
    String stem() {
      String r = role();
      return r.equals("other") ? method : method.replaceAll("(?i)" + r, "");
    }
  }

  public static void main(String[] args) throws IOException {
    List<Result> results = read(Path.of(args[0]));
    StringBuilder main = new StringBuilder();
    main.append("| benchmark | forgery | Datafaker | floor | x Datafaker | x floor |\n");
    main.append("|---|---:|---:|---:|---:|---:|\n");
    StringBuilder other = new StringBuilder();
    other.append("| benchmark | score |\n|---|---:|\n");
    for (Result r : results) {
      switch (r.role()) {
        case "forgery" -> {
          Result peer = peer(results, r, "datafaker");
          Result floor = peer(results, r, "floor");
          if (floor == null && r.isLocale() && !r.params.equals("en_US")) {
            floor = inEnUs(results, r);
          }
          main.append("| ")
              .append(label(r))
              .append(" | ")
              .append(score(r, r.unit.replace("/op", "")))
              .append(" | ")
              .append(peer == null ? "" : figure(peer.score) + (peer.stem().equals(r.stem()) ? "" : " (" + peer.method + ")"))
              .append(" | ")
              .append(floor == null ? "" : figure(floor.score) + (floor.params.equals(r.params) ? "" : " (" + floor.params + ")"))
              .append(" | ")
              .append(peer == null ? "" : ratio(peer.score / r.score))
              .append(" | ")
              .append(floor == null ? "" : ratio(r.score / floor.score))
              .append(" |\n");
        }
        case "other" ->
            other.append("| ").append(label(r)).append(" | ").append(score(r, r.unit)).append(" |\n");
        default -> {}
      }
    }
    System.out.print(main);
    System.out.println();
    System.out.print(other);
  }

  /** A score with its error and unit: {@code 4.07 ± 2.25 ms}. */
  private static String score(Result r, String unit) {
    return figure(r.score) + " ± " + figure(r.error) + " " + unit;
  }

  private static String label(Result r) {
    String stem = r.stem();
    String name = r.group + (stem.isEmpty() ? "" : " " + stem);
    return r.params.isEmpty() ? name : name + " [" + r.params + "]";
  }

  /** The same batch in en_US: a locale's "floor" is how fast forgery makes it in en_US. */
  private static Result inEnUs(List<Result> results, Result r) {
    for (Result p : results) {
      if (p.group.equals(r.group) && p.method.equals(r.method) && p.params.equals("en_US")) {
        return p;
      }
    }
    return null;
  }

  private static Result peer(List<Result> results, Result r, String role) {
    Result only = null;
    int count = 0;
    for (Result p : results) {
      if (p.group.equals(r.group) && p.params.equals(r.params) && p.role().equals(role)) {
        if (p.stem().equals(r.stem())) {
          return p;
        }
        only = p;
        count++;
      }
    }
    return count == 1 ? only : null;
  }

  /** Three significant figures, as the table has always had them. */
  private static String figure(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    double a = Math.abs(v);
    String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, v);
  }

  private static String ratio(double v) {
    return String.format(Locale.ROOT, v >= 10 ? "%.1fx" : "%.2fx", v);
  }

  private static List<Result> read(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = fields(lines.get(0));
    List<Result> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size() && i < f.size(); i++) {
        row.put(header.get(i), f.get(i));
      }
      String benchmark = row.get("Benchmark");
      if (benchmark.contains(":")) {
        continue; // a profiler's secondary result
      }
      StringBuilder params = new StringBuilder();
      row.forEach(
          (k, v) -> {
            if (k.startsWith("Param: ") && !v.isEmpty()) {
              params.append(params.length() == 0 ? "" : ", ").append(v);
            }
          });
      String[] parts = benchmark.split("\\.");
      String group = parts[parts.length - 2].replace("Benchmark", "");
      out.add(
          new Result(
              group,
              parts[parts.length - 1],
              params.toString(),
              number(row.get("Score")),
              number(row.get("Score Error (99.9%)")),
              row.get("Unit")));
    }
    return out;
  }

  private static double number(String s) {
    return s == null || s.isEmpty() || s.equals("NaN") ? Double.NaN : Double.parseDouble(s);
  }

  /** Splits one line of JMH's CSV: fields in double quotes, or bare numbers. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }
}
