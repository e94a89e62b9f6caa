package dev.forgery;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.forgery.architecture.ArchitectureRules;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for forgery-core: the facade in {@code dev.forgery} sits on top of the engine
 * in {@code dev.forgery.internal}, never the other way round, and the public API names no internal
 * type. Only main classes are checked; tests may reach anywhere.
 */
class ArchitectureTest {
  /**
   * Facade types internal code may use: the annotations the engine reads ({@code FakeWith}; every
   * annotation type is shared without being listed). Every other class of {@code dev.forgery}
   * (Faker, Forgery, Schema and their package-private helpers) is off limits to internal code.
   */
  private static final ArchitectureRules RULES =
      new ArchitectureRules("dev.forgery", "dev.forgery.internal", Set.of(FakeWith.class));

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
    RULES.libraryCodeNeverWritesToTheConsole().check(mainClasses);
  }
}
