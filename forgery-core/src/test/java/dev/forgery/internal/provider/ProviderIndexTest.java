package dev.forgery.internal.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.registry.ProviderDef;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider index ({@code providers.tsv}) against the definitions it declares: a registry finds
 * and infers providers from the index alone, so an index that drifts from the definitions would
 * give wrong names or types without a failure anywhere else.
 *
 * <p>After adding, renaming or retyping a provider, rewrite the index with {@code ./mvnw -pl
 * forgery-core test -Dtest=ProviderIndexTest -Dforgery.writeProviderIndex=true}, review the diff,
 * and build again (the run that writes the index still reads the old copy elsewhere).
 */
class ProviderIndexTest {
  private static final Path SOURCE =
      Path.of("src/main/resources/dev/forgery/internal/provider", BuiltIns.INDEX);

  @Test
  void theIndexIsWhatTheDefinitionsGive() throws IOException {
    String expected = BuiltIns.index();
    String actual;
    if (Boolean.getBoolean("forgery.writeProviderIndex")) {
      // The class path still holds the old copy until the resources are processed again.
      Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
      actual = Files.readString(SOURCE, StandardCharsets.UTF_8);
    } else {
      try (InputStream in = BuiltIns.class.getResourceAsStream(BuiltIns.INDEX)) {
        actual = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    assertThat(actual)
        .as(
            "%s is out of date with the definitions; rewrite it with ./mvnw -pl forgery-core test"
                + " -Dtest=ProviderIndexTest -Dforgery.writeProviderIndex=true",
            BuiltIns.INDEX)
        .isEqualTo(expected);
  }

  @Test
  void everyDeclarationMeetsItsDefinition() {
    List<String> declared = new ArrayList<>();
    List<String> defined = new ArrayList<>();
    for (ProviderDef def : BuiltIns.DEFINITIONS) {
      // summary() and params() make the definition and check its name, type and aliases.
      declared.add(def.name() + " " + def.type().getName() + " " + def.aliases());
      assertThat(def.summary()).as(def.name()).isNotBlank();
      assertThat(def.params()).as(def.name()).isNotNull();
    }
    for (BuiltIns.Family family : BuiltIns.Family.values()) {
      assertThat(family.definitions()).as(family.name()).isNotEmpty();
      for (ProviderDef def : family.definitions()) {
        defined.add(def.name() + " " + def.type().getName() + " " + def.aliases());
      }
    }
    assertThat(declared).containsExactlyElementsOf(defined);
  }

  @Test
  void aDeclarationWhoseDefinitionDiffersFailsNamingBoth() {
    ProviderDef other = BuiltIns.Family.NAMES.definition("firstName");
    ProviderDef wrongType =
        ProviderDef.declared("firstName", Integer.class, other.aliases(), () -> other);
    ProviderDef missing = ProviderDef.declared("gone", String.class, List.of(), () -> null);

    assertThatThrownBy(wrongType::summary)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'firstName' (java.lang.Integer")
        .hasMessageContaining("its definition is 'firstName' (java.lang.String")
        .hasMessageContaining("out of date");
    assertThatThrownBy(missing::params)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'gone'")
        .hasMessageContaining("definition is missing");
  }

  /**
   * The point of the index: a faker's first values make no definitions they do not use. Checked in
   * a class loader of its own, so what other tests loaded does not count.
   */
  @Test
  void aFakersFirstValuesLoadOnlyTheFamiliesTheyBind() throws Exception {
    URL classes = BuiltIns.class.getProtectionDomain().getCodeSource().getLocation();
    try (IsolatedCore loader = new IsolatedCore(classes)) {
      Class<?> faker = loader.loadClass("dev.forgery.Faker");
      Object instance = faker.getConstructor(String.class, long.class).newInstance("en_US", 1L);
      faker.getMethod("email").invoke(instance);
      faker.getMethod("name").invoke(instance);
      assertThat(loader.loaded("dev.forgery.internal.provider.BuiltIns")).isTrue();
      assertThat(loader.loaded("dev.forgery.internal.provider.names.NameProviders")).isFalse();
      assertThat(loader.loaded("dev.forgery.internal.provider.books.BookProviders")).isFalse();

      Method provider = faker.getMethod("provider", String.class, Object[].class);
      provider.invoke(instance, "zip", new Object[0]);
      assertThat(loader.loaded("dev.forgery.internal.provider.address.AddressProviders")).isTrue();
      assertThat(loader.loaded("dev.forgery.internal.provider.books.BookProviders")).isFalse();
      assertThat(loader.loaded("dev.forgery.internal.provider.internet.InternetProviders"))
          .isFalse();
    }
  }
}
