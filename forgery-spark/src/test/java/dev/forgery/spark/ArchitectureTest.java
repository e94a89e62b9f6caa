package dev.forgery.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.forgery.architecture.ArchitectureRules;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for forgery-spark: it is a client of forgery-core's public API only (what it
 * does, a user's Spark job could do), and as a library it never prints. Only main classes are
 * checked.
 */
class ArchitectureTest {
  private static final ArchitectureRules RULES =
      new ArchitectureRules("dev.forgery.spark", "dev.forgery.internal", Set.of());

  private static JavaClasses mainClasses;

  /** Imports this module's main classes from their directory; scanning Spark's jars takes long. */
  @BeforeAll
  static void importMainClasses() throws URISyntaxException {
    mainClasses =
        new ClassFileImporter()
            .importPath(
                Path.of(
                    ForgerySpark.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI()));
  }

  @Test
  void theModuleClassesAreImported() {
    assertThat(mainClasses.contain(ForgerySpark.class)).isTrue();
    assertThat(mainClasses.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void usesNoInternalTypeOfCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.forgery.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.forgery.internal..")
        .because("core's internals are not exported; the module works through its public API")
        .check(mainClasses);
  }

  @Test
  void publicApiExposesNoInternalType() {
    RULES.publicApiExposesNoInternalType().check(mainClasses);
  }

  @Test
  void libraryCodeNeverWritesToTheConsole() {
    RULES.libraryCodeNeverWritesToTheConsole().check(mainClasses);
  }
}
