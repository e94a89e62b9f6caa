package dev.forgery.junit5;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.forgery.architecture.ArchitectureRules;
import java.util.Set;
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
