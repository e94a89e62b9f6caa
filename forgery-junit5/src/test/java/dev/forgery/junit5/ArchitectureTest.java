package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.forgery.architecture.ArchitectureRules;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for forgery-junit5: the extension in {@code dev.forgery.junit5} sits on top of
 * its helpers in {@code dev.forgery.junit5.internal}, never the other way round, and the public API
 * names no internal type. Only main classes are checked; tests may reach anywhere.
 */
class ArchitectureTest {
  /**
   * Facade types internal code may use: none but the annotations (Forged, Seed), which are shared
   * without being listed. ForgeryExtension and its package-private helpers are off limits.
   */
  private static final ArchitectureRules RULES =
      new ArchitectureRules("dev.forgery.junit5", "dev.forgery.junit5.internal", Set.of());

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses = RULES.mainClasses();
  }

  @Test
  void internalsDependOnNoFacadeClassButTheSharedValueTypes() {
    RULES.internalsDependOnNoFacadeClassButTheSharedValueTypes().check(mainClasses);
  }

  @Test
  void facadeAndTheTopLevelPackagesBelowItHaveNoCycles() {
    RULES.facadeAndTheTopLevelPackagesBelowItHaveNoCycles().check(mainClasses);
  }

  @Test
  void theSharedValueTypesDependOnNoInternalType() {
    RULES.theSharedValueTypesDependOnNoInternalType().check(mainClasses);
  }

  @Test
  void internalPackagesHaveNoCycles() {
    RULES.internalPackagesHaveNoCycles().check(mainClasses);
  }

  @Test
  void publicApiExposesNoInternalType() {
    RULES.publicApiExposesNoInternalType().check(mainClasses);
  }

  /**
   * The extension's classes are compiled with {@code -XDstringConcat=inline} (ADR 0029): a {@code
   * +} compiled to an {@code invokedynamic} of {@code StringConcatFactory} is linked when it first
   * runs, 15-20 ms for the first in a JVM, on the way to a test run's first injected value.
   */
  @Test
  void joinsStringsWithoutInvokedynamic() throws IOException, URISyntaxException {
    // The classes of this module's build, or of its jar where another module runs these tests.
    Path location =
        Path.of(ForgeryExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (FileSystem jar =
        Files.isDirectory(location) ? null : FileSystems.newFileSystem(location)) {
      Path root = jar == null ? location : jar.getPath("/");
      List<Path> files;
      try (Stream<Path> walk = Files.walk(root)) {
        files = walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
      }
      assertThat(files)
          .as("the extension's compiled classes in " + location)
          .hasSizeGreaterThan(20);
      List<String> linking = new ArrayList<>();
      for (Path file : files) {
        String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (constants.contains("java/lang/invoke/StringConcatFactory")) {
          linking.add(root.relativize(file).toString());
        }
      }
      assertThat(linking).as("classes that concatenate strings through invokedynamic").isEmpty();
    }
  }

  @Test
  void libraryCodeNeverWritesToTheConsole() {
    // The one exception: the run report's whole job (printed by the launcher listener, or by the
    // extension on the module path) is the run seed at the start, a line for each failure as it
    // happens and the replay commands at the end, as a console launcher's is; it prints nothing
    // else and forgery.report=quiet silences it.
    RULES
        .libraryCodeNeverWritesToTheConsole("dev.forgery.junit5.internal.RunReport")
        .check(mainClasses);
  }
}
