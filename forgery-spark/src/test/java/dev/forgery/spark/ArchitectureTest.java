package dev.forgery.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.forgery.architecture.ArchitectureRules;
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

  @BeforeAll
  static void importMainClasses() {
    mainClasses = RULES.mainClasses();
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
