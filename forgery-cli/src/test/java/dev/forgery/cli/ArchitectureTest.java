package dev.forgery.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.forgery.architecture.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for forgery-cli: it is a client of forgery-core's public API like any other,
 * and only {@link Main}, the process's entry point, touches the standard streams; everything else
 * writes to the streams the command line was given, which is what lets the tests run it in-process.
 */
class ArchitectureTest {
  private static final ArchitectureRules RULES =
      new ArchitectureRules("dev.forgery.cli", "dev.forgery.internal", Set.of());

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses = RULES.mainClasses();
  }

  @Test
  void theCommandUsesOnlyTheCoresPublicApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.forgery.internal..")
        .because("forgery-core exports only dev.forgery")
        .check(mainClasses);
  }

  @Test
  void onlyTheEntryPointTouchesTheStandardStreams() {
    RULES.libraryCodeNeverWritesToTheConsole("dev.forgery.cli.Main").check(mainClasses);
  }

  @Test
  void publicApiExposesNoInternalType() {
    RULES.publicApiExposesNoInternalType().check(mainClasses);
  }
}
