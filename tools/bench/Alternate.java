import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs JMH benchmark methods one fork at a time, taking turns, and compares them round by round.
 *
 * <p>On a shared 2-core virtual machine a method's score drifts by 2x over minutes, and JMH runs
 * all forks of one method before the next method starts, so two methods of one JMH run can be
 * measured in different weather. Here round {@code r} runs one fork of every method back to back,
 * so each round's methods meet the same conditions, and the ratios are taken within a round: the
 * median of the per-round ratios is then steadier than the ratio of two methods' means.
 *
 * <p>Usage: {@code java tools/bench/Alternate.java JAR ROUNDS SUBJECT OTHER... [-- JMH_OPTIONS]},
 * each method a JMH regular expression matching exactly one benchmark ({@code
 * 'BeanBenchmark.recordsForgery$'}). Every fork is {@code -f 1 -wi 3 -i 3} unless options after
 * {@code --} say otherwise. For each method it prints the median, least and greatest score, and
 * for each other method the median over rounds of {@code other / subject}.
 */
public final class Alternate {
  private Alternate() {}

  /**
   * Runs the rounds and prints the summary.
   *
   * @param args the jar, the number of rounds, the subject, the other methods, then optionally
   *     {@code --} and JMH options
   * @throws IOException if JMH's result file cannot be read
   * @throws InterruptedException if interrupted while a fork runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int dashes = Arrays.asList(args).indexOf("--");
    List<String> positional = Arrays.asList(args).subList(0, dashes < 0 ? args.length : dashes);
    List<String> options =
        dashes < 0
            ? List.of("-f", "1", "-wi", "3", "-i", "3")
            : Arrays.asList(args).subList(dashes + 1, args.length);
    if (positional.size() < 4) {
      throw new IllegalArgumentException(
          "usage: java tools/bench/Alternate.java JAR ROUNDS SUBJECT OTHER... [-- JMH_OPTIONS],"
              + " got "
              + String.join(" ", args));
    }
    String jar = positional.get(0);
    int rounds = Integer.parseInt(positional.get(1));
    if (rounds < 1) {
      throw new IllegalArgumentException("ROUNDS must be at least 1, got " + rounds);
    }
    List<String> methods = positional.subList(2, positional.size());
    double[][] scores = new double[methods.size()][rounds];
    Path result = Files.createTempFile("alternate", ".csv");
    String unit = "";
    try {
      for (int r = 0; r < rounds; r++) {
        for (int m = 0; m < methods.size(); m++) {
          List<String> command = new ArrayList<>();
          command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
          command.addAll(List.of("-jar", jar, methods.get(m)));
          command.addAll(options);
          command.addAll(List.of("-rf", "csv", "-rff", result.toString()));
          Process fork =
              new ProcessBuilder(command)
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .redirectError(ProcessBuilder.Redirect.INHERIT)
                  .start();
          if (fork.waitFor() != 0) {
            throw new IllegalStateException(
                methods.get(m) + " exited with " + fork.exitValue() + ": " + command);
          }
          String[] row = primaryRow(result, methods.get(m));
          scores[m][r] = Double.parseDouble(row[4]);
          unit = row[6];
          System.out.printf(
              Locale.ROOT, "round %d  %-45s %10.3f %s%n", r + 1, row[0], scores[m][r], unit);
        }
      }
    } finally {
      Files.deleteIfExists(result);
    }
    System.out.printf(
        Locale.ROOT, "%nmedian (least - greatest) of %d forks each, %s:%n", rounds, unit);
    for (int m = 0; m < methods.size(); m++) {
      double[] sorted = scores[m].clone();
      Arrays.sort(sorted);
      System.out.printf(
          Locale.ROOT,
          "  %-45s %10.3f (%.3f - %.3f)%n",
          methods.get(m),
          median(sorted),
          sorted[0],
          sorted[rounds - 1]);
    }
    System.out.printf(Locale.ROOT, "median over rounds of method / %s:%n", methods.get(0));
    for (int m = 1; m < methods.size(); m++) {
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratios[r] = scores[m][r] / scores[0][r];
      }
      Arrays.sort(ratios);
      System.out.printf(
          Locale.ROOT,
          "  %-45s %6.2fx (%.2fx - %.2fx)%n",
          methods.get(m),
          median(ratios),
          ratios[0],
          ratios[rounds - 1]);
    }
  }

  /** The CSV row of the method's primary score (secondary results such as gc.* have a colon). */
  private static String[] primaryRow(Path csv, String method) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String[]> primary = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      for (int c = 0; c < cells.length; c++) {
        cells[c] = cells[c].replace("\"", "");
      }
      if (!cells[0].contains(":")) {
        primary.add(cells);
      }
    }
    if (primary.size() != 1) {
      throw new IllegalArgumentException(
          "each method must match exactly one benchmark; '"
              + method
              + "' matched "
              + primary.size()
              + " (end it with $ to match one name exactly): "
              + lines);
    }
    return primary.get(0);
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
