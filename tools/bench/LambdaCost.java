import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What a JVM pays, before the JIT has run, for the first evaluation of a lambda against the first
 * use of an anonymous class read from a jar: the two ways a first path can hand out a function.
 * Every first evaluation of a lambda expression spins a hidden class; an anonymous class is
 * compiled ahead and only loaded.
 *
 * <p>Usage: {@code java tools/bench/LambdaCost.java [RUNS] [JAVA...]}: writes and compiles a class
 * with three methods of {@value #COUNT} distinct {@code Supplier}s each (lambdas to warm the lambda
 * machinery up, then lambdas, then anonymous classes), jars it, and for each {@code java} given
 * (default: the one running this) starts {@code RUNS} (default 9) fresh JVMs per kind, kinds in
 * turn. Each JVM evaluates the warm-up lambdas, then times one kind's {@value #COUNT}. Prints the
 * median milliseconds per kind and per function.
 */
public final class LambdaCost {
  private static final int COUNT = 60;

  private LambdaCost() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
    List<String> javas = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      javas.add(args[i]);
    }
    if (javas.isEmpty()) {
      javas.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
    Path dir = Files.createTempDirectory("lambda-cost");
    Path jar = build(dir);
    for (String java : javas) {
      List<Double> lambdas = new ArrayList<>();
      List<Double> classes = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        lambdas.add(run(java, jar, "lambdas"));
        classes.add(run(java, jar, "classes"));
      }
      System.out.printf(
          Locale.ROOT,
          "%s: %d lambdas %.1f ms (%.2f each), %d anonymous classes %.1f ms (%.2f each),"
              + " medians of %d JVMs%n",
          java,
          COUNT,
          median(lambdas),
          median(lambdas) / COUNT,
          COUNT,
          median(classes),
          median(classes) / COUNT,
          runs);
    }
  }

  /** Writes, compiles and jars the class that spins the functions. */
  private static Path build(Path dir) throws IOException {
    StringBuilder src = new StringBuilder();
    src.append("import java.util.function.Supplier;\n")
        .append("public final class Spin {\n  static Object sink;\n");
    for (String kind : List.of("warm", "lambdas", "classes")) {
      src.append("  static void ").append(kind).append("() {\n");
      for (int i = 0; i < COUNT; i++) {
        String value = "\"" + kind + i + "\"";
        src.append(
            kind.equals("classes")
                ? "    sink = new Supplier<Object>() { public Object get() { return "
                    + value
                    + "; } };\n"
                : "    sink = (Supplier<Object>) () -> " + value + ";\n");
      }
      src.append("  }\n");
    }
    src.append("  public static void main(String[] a) {\n")
        .append("    warm();\n")
        .append("    long t = System.nanoTime();\n")
        .append("    if (a[0].equals(\"lambdas\")) { lambdas(); } else { classes(); }\n")
        .append("    System.out.println((System.nanoTime() - t) / 1e6);\n")
        .append("  }\n}\n");
    Path source = dir.resolve("Spin.java");
    Files.writeString(source, src);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status =
        javac.run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString());
    if (status != 0) {
      throw new IllegalStateException("javac failed: " + status);
    }
    Path jar = dir.resolve("spin.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.list(classes)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        out.putNextEntry(new JarEntry(file.getFileName().toString()));
        Files.copy(file, (OutputStream) out);
        out.closeEntry();
      }
    }
    return jar;
  }

  private static double run(String java, Path jar, String kind)
      throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(java, "-cp", jar.toString(), "Spin", kind)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(java + " failed: " + out);
    }
    return Double.parseDouble(out);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
