package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InferenceTest {
  /** Providers of the full catalogue, some of which other modules add later. */
  private static final List<String> PROVIDERS =
      List.of(
          "name",
          "firstName",
          "lastName",
          "email",
          "safeEmail",
          "city",
          "company",
          "address",
          "macAddress",
          "ipv4",
          "dateOfBirth",
          "country",
          "person",
          "sha256",
          "status",
          "box",
          "match");

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
    "datesOfBirth, dateOfBirth",
    "addresses, address",
    "macAddresses, macAddress",
    "ipv4s, ipv4",
    "sha256s, sha256",
    "ownerEmail, email",
    "customerFirstNames, firstName",
    "homeCities, city",
    "people, person",
    "statuses, status",
    "boxes, box",
    "matches, match",
    "countries, country",
    "safe_emails, safeEmail"
  })
  void infersTheProviderFromPluralAndCompoundNames(String name, String provider) {
    assertThat(Inference.provider(name, PROVIDERS)).contains(provider);
  }

  @ParameterizedTest
  @CsvSource({"xylophone", "s", "ss", "arg0", "emailsss"})
  void namesWithoutAProviderInferNothing(String name) {
    assertThat(Inference.provider(name, PROVIDERS)).isEmpty();
  }

  @Test
  void theWholeNameWinsOverASuffix() {
    assertThat(Inference.provider("lastName", List.of("name", "lastName"))).contains("lastName");
    assertThat(Inference.provider("safeEmails", List.of("email", "safeEmail")))
        .contains("safeEmail");
  }

  @Test
  void inferenceUsesTheFakersOwnProviderList() {
    assertThat(Inference.provider("uuids", new Faker("en_US", 1L).providers())).contains("uuid");
    assertThat(Inference.provider("freeEmails", new Faker("en_US", 1L).providers()))
        .contains("freeEmail");
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
  }
}
