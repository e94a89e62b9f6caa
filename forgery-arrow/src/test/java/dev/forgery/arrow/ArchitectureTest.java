package dev.forgery.arrow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.forgery.architecture.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for forgery-arrow: it builds on forgery-core's public API only (core's
 * internal packages are not exported, and their types appear in no signature here), has no package
 * cycles and prints nothing. Only main classes are checked.
 */
class ArchitectureTest {
  private static final ArchitectureRules RULES =
      new ArchitectureRules("dev.forgery.arrow", "dev.forgery.internal", Set.of());

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses = RULES.mainClasses();
  }

  @Test
  void usesNoInternalTypeOfCore() {
    noClasses()
        .that()
        .resideInAPackage("dev.forgery.arrow..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.forgery.internal..")
        .check(mainClasses);
  }

  @Test
  void facadeAndTheTopLevelPackagesBelowItHaveNoCycles() {
    RULES.facadeAndTheTopLevelPackagesBelowItHaveNoCycles().check(mainClasses);
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
