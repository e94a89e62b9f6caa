import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Makes a class directory of the benchmark jar with another version of JUnit in place of the one
 * it was built with, for {@code Interleaved} to run the JUnit benchmarks of one build on two JUnit
 * versions in one JVM.
 *
 * <p>Usage: {@code java tools/bench/WithJUnit.java JAR OUT_DIR REPOSITORY VERSION}: the jar's
 * entries without {@code org/junit/} and without JUnit's service files, then the JUnit Jupiter
 * (API, engine, params) and Platform (commons, engine, launcher) jars of {@code VERSION} from the
 * Maven repository {@code REPOSITORY} (usually {@code ~/.m2/repository}; building the
 * compatibility module {@code forgery-junit5-compat-junit6} puts its version there). Then:
 *
 * <pre>
 * java -cp benchmarks.jar dev.forgery.benchmarks.Interleaved OverheadRuns plain,constant,forgery \
 *     benchmarks.jar OUT_DIR
 * </pre>
 */
public final class WithJUnit {
  private static final List<String> JUPITER =
      List.of("junit-jupiter-api", "junit-jupiter-engine", "junit-jupiter-params");
  private static final List<String> PLATFORM =
      List.of("junit-platform-commons", "junit-platform-engine", "junit-platform-launcher");

  private WithJUnit() {}

  /**
   * Writes the directory.
   *
   * @param args the jar, the directory to make, the repository and the JUnit version
   * @throws IOException if a jar cannot be read or the directory written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: java tools/bench/WithJUnit.java JAR OUT_DIR REPOSITORY VERSION");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    if (Files.exists(out)) {
      System.err.println(out + " exists; give a directory that does not");
      System.exit(2);
    }
    Path repository = Path.of(args[2]);
    String version = args[3];
    unpack(Path.of(args[0]), out, true);
    for (String artifact : JUPITER) {
      unpack(jar(repository, "org/junit/jupiter", artifact, version), out, false);
    }
    for (String artifact : PLATFORM) {
      unpack(jar(repository, "org/junit/platform", artifact, version), out, false);
    }
    System.out.println(out + ": " + args[0] + " with JUnit " + version);
  }

  private static Path jar(Path repository, String group, String artifact, String version) {
    Path jar =
        repository.resolve(group).resolve(artifact).resolve(version).resolve(
            artifact + "-" + version + ".jar");
    if (!Files.isRegularFile(jar)) {
      System.err.println(jar + " is missing; build forgery-junit5-compat-junit6, or fetch it");
      System.exit(2);
    }
    return jar;
  }

  /** Unpacks a jar; from the benchmark jar, everything but JUnit's classes and service files. */
  private static void unpack(Path jar, Path out, boolean withoutJUnit) throws IOException {
    try (InputStream file = Files.newInputStream(jar);
        ZipInputStream zip = new ZipInputStream(file)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        boolean junit =
            name.startsWith("org/junit/") || name.startsWith("META-INF/services/org.junit.");
        if (entry.isDirectory()
            || (withoutJUnit && junit)
            || (!withoutJUnit
                && (name.equals("module-info.class")
                    || name.startsWith("META-INF/versions/")
                    || name.equals("META-INF/MANIFEST.MF")))) {
          continue;
        }
        Path target = out.resolve(name).normalize();
        if (!target.startsWith(out)) {
          throw new IOException(jar + " has an entry outside its root: " + name);
        }
        Files.createDirectories(target.getParent());
        Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
