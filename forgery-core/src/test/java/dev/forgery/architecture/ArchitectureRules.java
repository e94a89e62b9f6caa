package dev.forgery.architecture;

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
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The architecture rules every forgery module keeps, for a facade package over an internal one:
 * internals never use the facade (but for listed value types and annotations), no package cycles,
 * no internal type in a public signature, no printing from library code. Each module's {@code
 * ArchitectureTest} runs them over its own main classes.
 */
public final class ArchitectureRules {
  private final String facade;
  private final String internal;
  private final Set<Class<?>> shared;

  /**
   * Makes the rules for one module.
   *
   * @param facade the facade package, e.g. {@code dev.forgery}
   * @param internal the internal root package, e.g. {@code dev.forgery.internal}
   * @param shared facade types internals may use; annotations and types nested in these are shared
   *     too
   */
  public ArchitectureRules(String facade, String internal, Set<Class<?>> shared) {
    this.facade = facade;
    this.internal = internal;
    this.shared = shared;
  }

  /**
   * The engine never reaches back into the facade built on it; shared value types excepted.
   *
   * @return the rule
   */
  public ArchRule internalsDependOnNoFacadeClassButTheSharedValueTypes() {
    return noClasses()
        .that()
        .resideInAPackage(internal + "..")
        .should()
        .dependOnClassesThat(facadeClassesNotSharedWithInternals())
        .because(
            "the engine must not reach back into the facade that is built on it; shared value"
                + " types are listed where the rules are made");
  }

  /**
   * The slices of {@code <facade>.(*)..}, with the facade package as one more slice: a pattern
   * alone leaves the classes of the facade package itself out, and with them any cycle between the
   * facade and the packages below it. The shared value types are leaves that internals may use, so
   * a dependency on them is no edge back into the facade.
   *
   * @return the rule
   */
  public ArchRule facadeAndTheTopLevelPackagesBelowItHaveNoCycles() {
    return slices()
        .assignedFrom(facadeAndTopLevelPackages())
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.alwaysTrue(),
            DescribedPredicate.not(facadeClassesNotSharedWithInternals())
                .and(
                    DescribedPredicate.describe(
                        "reside in " + facade,
                        (JavaClass type) -> type.getPackageName().equals(facade))));
  }

  /**
   * The shared value types depend on nothing internal, so sharing them makes no cycle.
   *
   * @return the rule
   */
  public ArchRule theSharedValueTypesDependOnNoInternalType() {
    return noClasses()
        .that(
            DescribedPredicate.describe(
                "are the shared value types",
                (JavaClass type) ->
                    type.getPackageName().equals(facade)
                        && !facadeClassesNotSharedWithInternals().test(type)))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(internal + "..")
        .allowEmptyShould(true);
  }

  /**
   * Each internal package is a slice, the internal root included (the pattern {@code
   * <internal>.(**)} would leave its classes out).
   *
   * @return the rule
   */
  public ArchRule internalPackagesHaveNoCycles() {
    return slices().assignedFrom(eachPackageOf(internal)).should().beFreeOfCycles();
  }

  /**
   * No public signature of the facade names an internal type.
   *
   * @return the rule
   */
  public ArchRule publicApiExposesNoInternalType() {
    return classes().that(arePubliclyVisibleIn(facade)).should(exposeNoTypeFrom(internal + ".."));
  }

  /**
   * Library code never prints; the classes named may (a run report, say).
   *
   * @param allowed fully qualified names of classes whose job is to print
   * @return the rule
   */
  public ArchRule libraryCodeNeverWritesToTheConsole(String... allowed) {
    Set<String> exempt = Set.of(allowed);
    return noClasses()
        .that(
            DescribedPredicate.describe(
                "are library classes",
                (JavaClass type) ->
                    (type.getPackageName().equals(facade)
                            || type.getPackageName().startsWith(facade + "."))
                        && !exempt.contains(outermost(type).getName())))
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .because("a library reports through return values and exceptions, not standard streams");
  }

  /**
   * Imports the main classes of the facade package and everything below it.
   *
   * @return the classes, tests excluded
   */
  public JavaClasses mainClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(facade);
  }

  SliceAssignment facadeAndTopLevelPackages() {
    return sliceAssignment(
        "the facade " + facade + " and each top-level package below it",
        packageName -> {
          if (packageName.equals(facade)) {
            return Optional.of(facade);
          }
          if (!packageName.startsWith(facade + ".")) {
            return Optional.empty();
          }
          int next = packageName.indexOf('.', facade.length() + 1);
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

  DescribedPredicate<JavaClass> facadeClassesNotSharedWithInternals() {
    return DescribedPredicate.describe(
        "are facade classes of " + facade + " other than the shared value types",
        type ->
            type.getPackageName().equals(facade)
                && !type.isAnnotation()
                && shared.stream().noneMatch(shared -> outermost(type).isEquivalentTo(shared)));
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
