package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.forgery.Faker;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every provider of every supported locale's registry is injectable with {@code @Forged("name")}:
 * as a single value and as a {@code List} (also an array, a primitive and a {@code String}), with
 * values of its type equal to what {@code faker.provider(name)} gives from an identically seeded
 * faker, and under each of its aliases.
 *
 * <p>The registry is forgery-core's internal {@code BuiltIns}, which the core does not export:
 * javac compiles these tests on the module path, where the package is not readable, while Surefire
 * runs them on the class path ({@code useModulePath=false}), where it is. So the definitions are
 * read reflectively, by the accessors of {@code ProviderDef} and {@code Param}.
 */
class RegistryInjectionTest {
  private static final int SIZE = 25;
  private static final long[] SEEDS = {0L, 7L, -3L};

  private static final Map<Class<?>, Class<?>> PRIMITIVES =
      Map.of(
          Integer.class, int.class,
          Long.class, long.class,
          Double.class, double.class,
          Float.class, float.class,
          Short.class, short.class,
          Byte.class, byte.class,
          Boolean.class, boolean.class);

  /** What the test needs of a definition. */
  record Definition(
      String name,
      Class<?> type,
      List<String> aliases,
      boolean needsArguments,
      boolean available) {}

  @TestFactory
  Stream<DynamicNode> everyProviderOfEveryLocaleIsForgeable() {
    List<DynamicNode> locales = new ArrayList<>();
    for (String locale : supportedLocales()) {
      List<DynamicNode> providers = new ArrayList<>();
      int checked = 0;
      for (Definition def : definitions(locale)) {
        if (!def.available()) {
          // A provider without data in this locale is refused, naming the provider and locale.
          providers.add(
              dynamicTest(
                  def.name() + " is not available in " + locale,
                  () ->
                      assertThatThrownBy(
                              () -> forge(def.name(), def.type(), def, faker(locale, 1L)))
                          .isInstanceOf(
                              org.junit.jupiter.api.extension.ParameterResolutionException.class)
                          .hasMessageContaining("is not available in locale " + locale)));
          continue;
        }
        if (def.needsArguments()) {
          // @Forged has no arguments: a provider that needs them is refused, by name.
          providers.add(
              dynamicTest(
                  def.name() + " is refused without its arguments", () -> refused(locale, def)));
          continue;
        }
        checked++;
        providers.add(
            dynamicContainer(
                def.name(),
                Stream.of(
                    dynamicTest("a single value", () -> single(locale, def)),
                    dynamicTest("a List of " + SIZE, () -> list(locale, def)),
                    dynamicTest("an array and a String", () -> otherShapes(locale, def)),
                    dynamicTest("under every alias", () -> aliases(locale, def)))));
      }
      int count = checked;
      providers.add(
          0,
          dynamicTest(
              "the registry offers forgeable providers",
              () -> assertThat(count).as("forgeable providers of %s", locale).isPositive()));
      locales.add(dynamicContainer(locale, providers));
    }
    return locales.stream();
  }

  private static void single(String locale, Definition def) {
    for (long seed : SEEDS) {
      Object forged = forge(def.name(), def.type(), def, faker(locale, seed));
      Object expected = faker(locale, seed).provider(def.name()).next();
      assertThat(forged).as("@Forged(\"%s\") %s", def.name(), typeName(def)).isNotNull();
      assertThat(forged).isInstanceOf(def.type()).isEqualTo(expected);
    }
  }

  private static void list(String locale, Definition def) {
    Type listType = listOf(def.type());
    for (long seed : SEEDS) {
      Object forged = forge(def.name(), listType, def, faker(locale, seed));
      List<?> expected = faker(locale, seed).provider(def.name()).next(SIZE);
      assertThat(forged).as("@Forged(\"%s\") %s", def.name(), listType).isInstanceOf(List.class);
      List<?> values = (List<?>) forged;
      assertThat(values).hasSize(SIZE).isEqualTo(expected);
      assertThat(values).allSatisfy(v -> assertThat(v).isInstanceOf(def.type()));
    }
  }

  private static void otherShapes(String locale, Definition def) {
    Class<?> arrayType = Array.newInstance(def.type(), 0).getClass();
    Object array = forge(def.name(), arrayType, def, faker(locale, 1L));
    List<?> expected = faker(locale, 1L).provider(def.name()).next(SIZE);
    assertThat(array).isInstanceOf(arrayType);
    assertThat(Arrays.asList((Object[]) array)).isEqualTo(expected);

    Object text = forge(def.name(), String.class, def, faker(locale, 2L));
    assertThat(text)
        .as("@Forged(\"%s\") String", def.name())
        .isEqualTo(String.valueOf(faker(locale, 2L).provider(def.name()).next()));

    Class<?> primitive = PRIMITIVES.get(def.type());
    if (primitive != null) {
      Object unboxed = forge(def.name(), primitive, def, faker(locale, 3L));
      assertThat(unboxed)
          .as("@Forged(\"%s\") %s", def.name(), primitive)
          .isEqualTo(faker(locale, 3L).provider(def.name()).next());
    }
  }

  private static void aliases(String locale, Definition def) {
    Object expected = faker(locale, 4L).provider(def.name()).next(SIZE);
    for (String alias : def.aliases()) {
      assertThat(forge(alias, listOf(def.type()), def, faker(locale, 4L)))
          .as("@Forged(\"%s\"), an alias of %s", alias, def.name())
          .isEqualTo(expected);
    }
  }

  private static void refused(String locale, Definition def) {
    assertThatThrownBy(() -> forge(def.name(), def.type(), def, faker(locale, 1L)))
        .isInstanceOf(org.junit.jupiter.api.extension.ParameterResolutionException.class)
        .hasMessageContaining(def.name());
  }

  /** Fills a target of {@code type} annotated with {@code @Forged(value = name, size = SIZE)}. */
  private static Object forge(String name, Type type, Definition def, Faker faker) {
    Forger.Target target =
        new Forger.Target(
            "parameter 'value'",
            "RegistryInjectionTest." + def.name(),
            "value",
            type,
            forged(name, SIZE));
    return Forger.forge(target, faker);
  }

  private static Faker faker(String locale, long seed) {
    return new Faker(locale, seed);
  }

  private static String typeName(Definition def) {
    return def.type().getSimpleName();
  }

  // -----------------------------------------------------------------------------------------------
  // annotation instances and generic types made at run time

  /** An instance of {@code @Forged(value = name, size = size)}, as the compiler would make it. */
  static Forged forged(String name, int size) {
    return Forgeds.of(Map.of("value", name, "size", size));
  }

  /** {@code List<element>}. */
  static ParameterizedType listOf(Class<?> element) {
    return Forgeds.generic(List.class, element);
  }

  // -----------------------------------------------------------------------------------------------
  // forgery-core's registry, read reflectively (see the class comment)

  static List<String> supportedLocales() {
    try {
      Class<?> locales = Class.forName("dev.forgery.internal.Locales");
      List<String> out = new ArrayList<>();
      for (Object tag : (List<?>) locales.getField("SUPPORTED").get(null)) {
        out.add((String) tag);
      }
      return out;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("forgery-core's supported locales are not readable", e);
    }
  }

  static List<Definition> definitions(String locale) {
    Object registry =
        call(
            null,
            method("dev.forgery.internal.provider.BuiltIns", "registry", String.class),
            locale);
    List<?> available = (List<?>) call(registry, "availableDefinitions");
    List<Definition> out = new ArrayList<>();
    for (Object def : (List<?>) call(registry, "definitions")) {
      boolean needsArguments = false;
      for (Object param : (List<?>) call(def, "params")) {
        needsArguments |= call(param, "defaultValue") == null;
      }
      List<String> aliases = new ArrayList<>();
      for (Object alias : (List<?>) call(def, "aliases")) {
        aliases.add((String) alias);
      }
      out.add(
          new Definition(
              (String) call(def, "name"),
              (Class<?>) call(def, "type"),
              aliases,
              needsArguments,
              available.contains(def)));
    }
    return out;
  }

  private static Method method(String className, String name, Class<?>... parameters) {
    try {
      return Class.forName(className).getMethod(name, parameters);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(className + "." + name + " is not readable", e);
    }
  }

  private static Object call(Object target, String accessor) {
    try {
      return call(target, target.getClass().getMethod(accessor));
    } catch (NoSuchMethodException e) {
      throw new AssertionError(target.getClass().getName() + " has no " + accessor + "()", e);
    }
  }

  private static Object call(Object target, Method method, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("calling " + method + " failed", e);
    }
  }
}
