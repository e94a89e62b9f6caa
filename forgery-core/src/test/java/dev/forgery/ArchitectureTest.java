package dev.forgery;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for forgery-core: the facade in {@code dev.forgery} sits on top of the engine
 * in {@code dev.forgery.internal}, never the other way round, and the public API names no internal
 * type. Only main classes are checked; tests may reach anywhere.
 */
class ArchitectureTest {
  private static final String FACADE_PACKAGE = "dev.forgery";
  private static final String INTERNAL_ROOT = "dev.forgery.internal";
  private static final String INTERNAL_PACKAGES = INTERNAL_ROOT + "..";

  /**
   * Public types of the facade package that internal code may use: plain values and annotations
   * that the engine reads or returns as they are. Every other class of {@code dev.forgery} (Faker,
   * Forgery, Schema and their package-private helpers) is off limits to internal code. Annotation
   * types are shared without being listed here; so are the types nested in a listed type.
   */
  private static final Set<Class<?>> FACADE_TYPES_SHARED_WITH_INTERNALS = Set.of(FakeWith.class);

  private static JavaClasses mainClasses;

  @BeforeAll
  static void importMainClasses() {
    mainClasses =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(FACADE_PACKAGE);
  }

  @Test
  void internalsDependOnNoFacadeClassButTheSharedValueTypes() {
    noClasses()
        .that()
        .resideInAPackage(INTERNAL_PACKAGES)
        .should()
        .dependOnClassesThat(facadeClassesNotSharedWithInternals())
        .because(
            "the engine must not reach back into the facade that is built on it; shared value"
                + " types are listed in FACADE_TYPES_SHARED_WITH_INTERNALS")
        .check(mainClasses);
  }

  /**
   * The slices of {@code dev.forgery.(*)..}, with the facade package as one more slice: a pattern
   * alone leaves the classes of {@code dev.forgery} itself out, and with them any cycle between the
   * facade and the packages below it. The shared value types are leaves that internals may use
   * (rule above), so a dependency on them is no edge back into the facade.
   */
  @Test
  void facadeAndTheTopLevelPackagesBelowItHaveNoCycles() {
    slices()
        .assignedFrom(facadeAndTopLevelPackages())
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.alwaysTrue(),
            DescribedPredicate.not(facadeClassesNotSharedWithInternals())
                .and(
                    DescribedPredicate.describe(
                        "reside in " + FACADE_PACKAGE,
                        (JavaClass type) -> type.getPackageName().equals(FACADE_PACKAGE))))
        .check(mainClasses);
  }

  @Test
  void theSharedValueTypesDependOnNoInternalType() {
    noClasses()
        .that(
            DescribedPredicate.describe(
                "are the shared value types",
                (JavaClass type) ->
                    type.getPackageName().equals(FACADE_PACKAGE)
                        && !facadeClassesNotSharedWithInternals().test(type)))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.forgery.internal..")
        .check(mainClasses);
  }

  /**
   * Each package of {@code dev.forgery.internal..} is a slice, {@code dev.forgery.internal} itself
   * included (the pattern {@code dev.forgery.internal.(**)} would leave its classes out).
   */
  @Test
  void internalPackagesHaveNoCycles() {
    slices()
        .assignedFrom(eachPackageOf(INTERNAL_ROOT))
        .should()
        .beFreeOfCycles()
        .check(mainClasses);
  }

  @Test
  void publicApiExposesNoInternalType() {
    classes()
        .that(arePubliclyVisibleIn(FACADE_PACKAGE))
        .should(exposeNoTypeFrom(INTERNAL_PACKAGES))
        .check(mainClasses);
  }

  @Test
  void libraryCodeNeverWritesToTheConsole() {
    noClasses()
        .that()
        .resideInAPackage(FACADE_PACKAGE + "..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("a library reports through return values and exceptions, not standard streams")
        .check(mainClasses);
  }

  private static SliceAssignment facadeAndTopLevelPackages() {
    return sliceAssignment(
        "the facade " + FACADE_PACKAGE + " and each top-level package below it",
        packageName -> {
          if (packageName.equals(FACADE_PACKAGE)) {
            return Optional.of(FACADE_PACKAGE);
          }
          if (!packageName.startsWith(FACADE_PACKAGE + ".")) {
            return Optional.empty();
          }
          int next = packageName.indexOf('.', FACADE_PACKAGE.length() + 1);
          return Optional.of(next < 0 ? packageName : packageName.substring(0, next));
        });
  }

  private static SliceAssignment eachPackageOf(String root) {
    return sliceAssignment(
        "each package of " + root + "..",
        packageName ->
            packageName.equals(root) || packageName.startsWith(root + ".")
                ? Optional.of(packageName)
                : Optional.empty());
  }

  private static SliceAssignment sliceAssignment(
      String description, Function<String, Optional<String>> sliceOfPackage) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass type) {
        return sliceOfPackage
            .apply(type.getPackageName())
            .map(SliceIdentifier::of)
            .orElseGet(SliceIdentifier::ignore);
      }

      @Override
      public String getDescription() {
        return description;
      }
    };
  }

  private static DescribedPredicate<JavaClass> facadeClassesNotSharedWithInternals() {
    return DescribedPredicate.describe(
        "are facade classes of " + FACADE_PACKAGE + " other than the shared value types",
        type ->
            type.getPackageName().equals(FACADE_PACKAGE)
                && !type.isAnnotation()
                && FACADE_TYPES_SHARED_WITH_INTERNALS.stream()
                    .noneMatch(shared -> outermost(type).isEquivalentTo(shared)));
  }

  private static JavaClass outermost(JavaClass type) {
    JavaClass current = type;
    for (Optional<JavaClass> enclosing = current.getEnclosingClass();
        enclosing.isPresent();
        enclosing = current.getEnclosingClass()) {
      current = enclosing.get();
    }
    return current;
  }

  /** Public classes of {@code packageName} whose enclosing classes, if any, are public too. */
  private static DescribedPredicate<JavaClass> arePubliclyVisibleIn(String packageName) {
    return DescribedPredicate.describe(
        "are publicly visible classes of " + packageName,
        type -> {
          if (!type.getPackageName().equals(packageName)) {
            return false;
          }
          for (Optional<JavaClass> current = Optional.of(type);
              current.isPresent();
              current = current.get().getEnclosingClass()) {
            if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
              return false;
            }
          }
          return true;
        });
  }

  /**
   * No public or protected signature of the class names a type of {@code packageIdentifier}: not
   * its superclass or interfaces, type parameter bounds, field types, return types, parameter types
   * or thrown exceptions, nor any generic type argument or bound nested in them.
   */
  private static ArchCondition<JavaClass> exposeNoTypeFrom(String packageIdentifier) {
    return new ArchCondition<>("expose no type from " + packageIdentifier) {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Exposure exposure = new Exposure(packageIdentifier, events);
        type.getSuperclass().ifPresent(s -> exposure.check(type, "extends", s));
        type.getInterfaces().forEach(i -> exposure.check(type, "implements", i));
        checkTypeParameters(exposure, type, type.getTypeParameters());
        for (JavaField field : type.getFields()) {
          if (isApi(field.getModifiers())) {
            exposure.check(field, "has type", field.getType());
          }
        }
        for (JavaCodeUnit codeUnit : type.getCodeUnits()) {
          if (!isApi(codeUnit.getModifiers())) {
            continue;
          }
          checkTypeParameters(exposure, codeUnit, codeUnit.getTypeParameters());
          exposure.check(codeUnit, "returns", codeUnit.getReturnType());
          List<JavaType> parameters = codeUnit.getParameterTypes();
          for (int i = 0; i < parameters.size(); i++) {
            exposure.check(codeUnit, "takes as parameter " + (i + 1), parameters.get(i));
          }
          codeUnit
              .getThrowsClause()
              .getTypes()
              .forEach(thrown -> exposure.check(codeUnit, "throws", thrown));
        }
      }
    };
  }

  private static void checkTypeParameters(
      Exposure exposure, Object owner, List<? extends JavaTypeVariable<?>> typeParameters) {
    for (JavaTypeVariable<?> variable : typeParameters) {
      for (JavaType bound : variable.getUpperBounds()) {
        exposure.check(owner, "bounds type parameter " + variable.getName() + " by", bound);
      }
    }
  }

  private static boolean isApi(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  /** Reports each internal type found in a signature, with where it was found. */
  private static final class Exposure {
    private final DescribedPredicate<JavaClass> internal;
    private final ConditionEvents events;

    Exposure(String packageIdentifier, ConditionEvents events) {
      this.internal = JavaClass.Predicates.resideInAPackage(packageIdentifier);
      this.events = events;
    }

    void check(Object owner, String role, JavaType signatureType) {
      for (JavaClass raw : signatureType.getAllInvolvedRawTypes()) {
        JavaClass base = raw.getBaseComponentType();
        if (internal.test(base)) {
          events.add(
              SimpleConditionEvent.violated(
                  owner,
                  describe(owner)
                      + " "
                      + role
                      + " "
                      + signatureType.getName()
                      + ", which names internal type "
                      + base.getName()));
        }
      }
    }

    private static String describe(Object owner) {
      if (owner instanceof JavaClass) {
        return "Class <" + ((JavaClass) owner).getName() + ">";
      }
      if (owner instanceof JavaCodeUnit) {
        return "<" + ((JavaCodeUnit) owner).getFullName() + ">";
      }
      if (owner instanceof JavaField) {
        return "Field <" + ((JavaField) owner).getFullName() + ">";
      }
      return "<" + owner + ">";
    }
  }
}
