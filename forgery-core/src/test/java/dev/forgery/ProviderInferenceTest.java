package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.internal.registry.Inference;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one name-to-provider inference that schemas, records and objects, and the JUnit extension
 * share, through its public face {@link Faker#inferProvider(String, Class)}.
 */
class ProviderInferenceTest {
  private final Faker faker = new Faker("en_US", 1L);

  private String inferred(String name, Class<?> type) {
    return faker.inferProvider(name, type).name();
  }

  @ParameterizedTest
  @CsvSource({
    "emails, email",
    "email, email",
    "cities, city",
    "companies, company",
    "firstName, firstName",
    "firstNames, firstName",
    "first_names, firstName",
    "FIRST_NAME, firstName",
    "addresses, address",
    "macAddresses, macAddress",
    "ipv4s, ipv4",
    "sha256s, sha256",
    "ownerEmail, email",
    "customerFirstNames, firstName",
    "homeCities, city",
    "countries, country",
    "safe_emails, safeEmail",
    "phone, phoneNumber",
    "zip, postcode",
    "street, streetAddress",
    "description, text",
    "productDescription, text",
    "customerName, name",
    "fullName, name",
    "surname, lastName",
    "website, url",
    "ipAddress, ipv4",
    "companyName, company",
    "jobTitle, job"
  })
  void infersTheProviderFromPluralCompoundAndAliasNames(String name, String provider) {
    assertThat(inferred(name, String.class)).isEqualTo(provider);
  }

  @Test
  void theWholeNameWinsOverASuffix() {
    assertThat(inferred("lastName", String.class)).isEqualTo("lastName");
    assertThat(inferred("safeEmails", String.class)).isEqualTo("safeEmail");
  }

  @Test
  void typesDecideWhereTheNameDoesNot() {
    assertThat(inferred("id", UUID.class)).isEqualTo("uuid");
    assertThat(inferred("whatever", UUID.class)).isEqualTo("uuid");
    assertThat(inferred("hired", LocalDate.class)).isEqualTo("date");
    assertThat(inferred("createdAt", LocalDateTime.class)).isEqualTo("dateTime");
    assertThat(inferred("count", int.class)).isEqualTo("integer");
    assertThat(inferred("score", double.class)).isEqualTo("doubleValue");
    assertThat(inferred("active", boolean.class)).isEqualTo("bool");
  }

  @Test
  void birthdaysAreDatesOfBirthAndAgesAreAdults() {
    assertThat(inferred("birthday", LocalDate.class)).isEqualTo("dateOfBirth");
    assertThat(inferred("dateOfBirth", LocalDate.class)).isEqualTo("dateOfBirth");
    Provider<?> age = faker.inferProvider("age", int.class);
    assertThat(age.name()).isEqualTo("integer");
    assertThat(age.arguments()).containsExactly(18, 80);
    assertThat(age.next(2_000)).allSatisfy(v -> assertThat((Integer) v).isBetween(18, 80));
    assertThat(faker.inferProvider("customerAge", Integer.class).arguments())
        .containsExactly(18, 80);
  }

  /** A record of a person's birth, every way it is commonly named. */
  record Person(
      int birthYear,
      Integer yearOfBirth,
      long yearBorn,
      java.time.Year birthYearAsYear,
      LocalDate dateOfBirth,
      LocalDate yearOfBirthDate,
      int birthMonth,
      String birthPlace) {}

  @Test
  void birthYearsAreYearsSomeoneAliveWasBornIn() {
    LocalDate today = LocalDate.of(2026, 6, 15);
    Faker dated = new Faker("en_US", 3L).withToday(today);
    for (String name :
        List.of("birthYear", "yearOfBirth", "yearBorn", "birth_year", "birthYears")) {
      Provider<?> year = dated.inferProvider(name, int.class);
      assertThat(year.name()).as(name).isEqualTo("integer");
      // Aged 18 today: born in 2008 at the latest; aged 100: in 1925 at the earliest.
      assertThat(year.arguments()).as(name).containsExactly(1925, 2008);
    }
    assertThat(dated.inferProvider("birthYear", java.time.Year.class).name())
        .isEqualTo("dateOfBirth");
    assertThat(dated.inferProvider("yearOfBirth", LocalDate.class).name()).isEqualTo("dateOfBirth");
    // Other words still decide where birth says nothing about the type.
    assertThat(dated.inferProvider("birthMonth", int.class).arguments()).containsExactly(1, 12);
    assertThatThrownBy(() -> dated.inferProvider("birthYear", String.class))
        .hasMessageContaining("no provider is named like 'birthYear'")
        .hasMessageContaining("its word 'year' stands for a number");
    assertThatThrownBy(() -> dated.inferProvider("age", String.class))
        .hasMessageContaining("its word 'age' stands for a number");
    for (Person p : dated.records(1_000, Person.class)) {
      assertThat(p.birthYear()).isBetween(1925, 2008);
      assertThat(p.yearOfBirth()).isBetween(1925, 2008);
      assertThat(p.yearBorn()).isBetween(1925L, 2008L);
      assertThat(p.birthYearAsYear().getValue()).isBetween(1925, 2008);
      assertThat(p.dateOfBirth()).isBetween(today.minusYears(101), today.minusYears(18));
      assertThat(p.yearOfBirthDate()).isBetween(today.minusYears(101), today.minusYears(18));
      assertThat(p.birthMonth()).isBetween(1, 12);
      assertThat(p.birthPlace()).doesNotContainPattern("^\\d{4}-");
    }
  }

  @Test
  void aWeakSuffixFailsWithSuggestionsInsteadOfGuessing() {
    assertThatThrownBy(() -> faker.inferProvider("teamName", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'teamName'")
        .hasMessageContaining("is not guessed");
    assertThatThrownBy(() -> faker.inferProvider("flux", String.class))
        .hasMessageContaining("no provider is named like 'flux'")
        .hasMessageContaining("providers: [");
  }

  @Test
  void aNameWhoseProviderDoesNotFitTheTypeFallsBackToTheType() {
    // 'email' gives strings; an int called email takes the int default.
    assertThat(inferred("email", int.class)).isEqualTo("integer");
  }

  @Test
  void customProvidersAreInferredToo() {
    Faker custom = new Faker("en_US", 2L).register("sku", f -> "SKU-" + f.integer(1, 9));
    assertThat(custom.inferProvider("skus", String.class).name()).isEqualTo("sku");
    assertThat(custom.inferProvider("sku", String.class).next()).asString().startsWith("SKU-");
  }

  @Test
  void splitsCamelSnakeAndKebabCase() {
    assertThat(Inference.words("customerFirstNames")).containsExactly("customer", "first", "names");
    assertThat(Inference.words("first_names")).containsExactly("first", "names");
    assertThat(Inference.words("mac-address")).containsExactly("mac", "address");
    assertThat(Inference.words("ipv4s")).containsExactly("ipv4s");
    assertThat(Inference.words("URL")).containsExactly("url");
    assertThat(Inference.singulars("cities")).containsExactly("city", "citie");
    assertThat(Inference.singulars("ss")).isEmpty();
    assertThat(Inference.singulars("people")).first().isEqualTo("person");
    assertThat(List.of(Inference.singulars("statuses"))).isNotEmpty();
  }

  @Test
  void aNumberOfAnotherWidthIsConvertedOrRefusedWhereItDoesNotFit() {
    // The provider of "year" gave Integers from 1950 to 2030 for a byte, as if they fitted.
    Faker faker = new Faker("en_US", 5L);
    assertThatThrownBy(() -> faker.inferProvider("year", byte.class))
        .isInstanceOf(UnknownProviderException.class)
        .hasMessageContaining("no provider named like 'year' fits byte")
        .hasMessageContaining("does not fit a byte");
    Provider<?> age = faker.inferProvider("age", long.class);
    assertThat(age.type()).isEqualTo(Long.class);
    assertThat(age.next(50)).allMatch(v -> v instanceof Long);
    Provider<?> small = faker.inferProvider("quantity", short.class);
    assertThat(small.type()).isEqualTo(Short.class);
    assertThat(small.next(50)).allMatch(v -> v instanceof Short);
    assertThat(faker.inferProvider("ratio", double.class).next()).isInstanceOf(Double.class);
  }
}
