package dev.forgery;

import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.Customer;
import dev.forgery.fixtures.Person;
import dev.forgery.internal.registry.Inference;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {
  @Test
  void fillsComponentsByNameAndType() {
    Faker faker = new Faker("en_US", 1L);
    List<Person> people = faker.records(2_000, Person.class);
    LocalDate today = faker.today();
    assertThat(people).hasSize(2_000);
    for (Person p : people) {
      assertThat(p.id().version()).isEqualTo(4);
      assertThat(p.firstName()).matches("[A-Z][A-Za-z'\\- ]*");
      assertThat(p.last_name()).isNotBlank();
      assertThat(p.email()).contains("@");
      assertThat(p.age()).isBetween(18, 80);
      // The dateOfBirth provider: adults aged 18 to 100 on the faker's today().
      assertThat(p.dateOfBirth())
          .isBetween(today.minusYears(101).plusDays(1), today.minusYears(18));
    }
    assertThat(people).extracting(Person::active).contains(true, false);
    assertThat(people.stream().map(Person::email).distinct().count()).isGreaterThan(1_900);
  }

  @Test
  void sameSeedGivesSameRecords() {
    assertThat(new Faker("en_US", 5L).records(300, Customer.class))
        .isEqualTo(new Faker("en_US", 5L).records(300, Customer.class));
    assertThat(new Faker("en_US", 5L).record(Person.class))
        .isEqualTo(new Faker("en_US", 5L).records(1, Person.class).get(0));
  }

  @Test
  void fillsNestedRecordsCollectionsEnumsAndAnnotations() {
    Faker faker = new Faker("en_US", 2L);
    int thisYear = faker.today().getYear();
    List<Customer> customers = faker.records(500, Customer.class);
    for (Customer c : customers) {
      assertThat(c.id()).matches("[0-9a-f\\-]{36}");
      assertThat(c.person().email()).contains("@");
      // Collections hold the one default size, 10 (a set fewer if values repeat).
      assertThat(c.emails()).hasSize(10).allMatch(e -> e.contains("@"));
      assertThat(c.safeEmails()).hasSizeBetween(1, 10).allMatch(e -> e.contains("@example."));
      assertThat(c.contacts()).hasSize(10);
      assertThat(c.stars()).isBetween(1, 5);
      assertThat(c.plan()).isIn("free", "pro");
      assertThat(c.login()).contains("@example.");
      // Numbers without a telling name take the one default range of their kind.
      assertThat(c.visits()).isBetween(0L, 100L);
      assertThat(c.shortCode()).isBetween((short) 0, (short) 100);
      assertThat(c.level()).isBetween((byte) 0, (byte) 100);
      assertThat(c.balance()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      assertThat(c.latitude()).isBetween(-90f, 90f);
      // A year someone aged 18 to 100 today was born in.
      assertThat(c.birthYear()).isBetween(thisYear - 101, thisYear - 18);
      assertThat(c.createdAt())
          .isBetween(
              LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(2030, 12, 31, 23, 59, 59));
      assertThat(c.description().length()).isBetween(50, 200);
    }
    assertThat(customers).extracting(Customer::tier).contains(Customer.Tier.values());
    assertThatThrownBy(() -> customers.get(0).emails().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  record Internal(String name, int age) {}

  /** A small record for batches larger than one block of objects. */
  public record Tally(int age, String city) {}

  @Test
  void objectsAcrossBlocksDependOnlyOnTheSeedAndTheirIndex() {
    // 300,000 objects are three blocks of objects; each object must equal the last object of a
    // batch that ends with it, whichever block it falls in.
    List<Tally> big = new Faker("en_US", 11L).records(300_000, Tally.class);
    for (int i : new int[] {0, 8_191, 8_192, 131_071, 131_072, 262_144, 299_999}) {
      assertThat(big.get(i))
          .as("object %d", i)
          .isEqualTo(new Faker("en_US", 11L).records(i + 1, Tally.class).get(i));
    }
  }

  @Test
  void fillsNonPublicRecordsOnTheClassPath() {
    assertThat(new Faker("en_US", 3L).records(10, Internal.class))
        .allSatisfy(r -> assertThat(r.name()).contains(" "));
  }

  record Account(String motto, int age) {}

  @Test
  void schemaOverridesDecideComponents() {
    Schema overrides =
        Schema.builder()
            .field("motto", "first_name")
            .nullable(0.5)
            .field("age", "int", 20, 21)
            .build();
    List<Account> accounts = new Faker("en_US", 3L).records(400, Account.class, overrides);
    assertThat(accounts).extracting(Account::age).containsOnly(20, 21);
    assertThat(accounts).extracting(Account::motto).containsNull();
    assertThat(accounts.stream().filter(a -> a.motto() != null).count()).isGreaterThan(100);
  }

  @Test
  void uniqueOverridesGiveDistinctValues() {
    Schema overrides =
        Schema.builder().field("motto", "first_name").field("age", "int", 1, 50).unique().build();
    // As many rows as the range has values: the last ones come from the values not drawn yet.
    List<Account> accounts = new Faker("en_US", 3L).records(50, Account.class, overrides);
    assertThat(accounts).extracting(Account::age).doesNotHaveDuplicates().hasSize(50);
    assertThat(accounts).extracting(Account::age).allMatch(age -> age >= 1 && age <= 50);
    assertThat(new Faker("en_US", 3L).records(50, Account.class, overrides)).isEqualTo(accounts);
    Faker faker = new Faker("en_US", 3L);
    assertThatThrownBy(() -> faker.records(51, Account.class, overrides))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("field 'age'")
        .hasMessageContaining("only 50 distinct values");
    // The rejected call drew nothing from the faker.
    assertThat(faker.records(50, Account.class, overrides)).isEqualTo(accounts);
  }

  @Test
  void uniqueOverridesOfOpenDomainsAndNullableOnes() {
    Schema emails = Schema.builder().field("nickname", "email").unique().build();
    List<Contact> contacts = new Faker("en_US", 4L).records(3_000, Contact.class, emails);
    assertThat(contacts).extracting(Contact::nickname).doesNotHaveDuplicates();
    Schema nullable =
        Schema.builder().field("nickname", "int", 1, 40).unique().nullable(0.3).build();
    List<Contact> sparse = new Faker("en_US", 4L).records(50, Contact.class, nullable);
    List<String> present =
        sparse.stream().map(Contact::nickname).filter(v -> v != null).collect(toList());
    // Nulls are exempt from uniqueness; the others are distinct.
    assertThat(present).doesNotHaveDuplicates().hasSizeLessThan(50).hasSizeGreaterThan(20);
  }

  record Contact(String nickname, Integer age) {}

  @Test
  void nullableOverridesGiveSomeNulls() {
    Schema overrides =
        Schema.builder()
            .field("nickname", "first_name")
            .field("age", "int", 18, 65)
            .nullable(0.25)
            .build();
    List<Contact> contacts = new Faker("en_US", 5L).records(2_000, Contact.class, overrides);
    long nulls = contacts.stream().filter(c -> c.age() == null).count();
    assertThat(nulls).isBetween(400L, 600L);
    assertThat(contacts).extracting(Contact::nickname).doesNotContainNull();
    assertThat(contacts)
        .extracting(Contact::age)
        .filteredOn(age -> age != null)
        .allMatch(age -> age >= 18 && age <= 65);
  }

  @Test
  void overridesMustMatchComponentsAndTypes() {
    Schema unknown = Schema.builder().field("moto", "first_name").field("motto", "name").build();
    assertThatThrownBy(() -> new Faker("en_US", 1L).records(1, Account.class, unknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("override field 'moto' names no component")
        .hasMessageContaining("did you mean 'motto'");
    Schema wrongType = Schema.builder().field("motto", "name").field("age", "uuid").build();
    assertThatThrownBy(() -> new Faker("en_US", 1L).records(1, Account.class, wrongType))
        .hasMessageContaining("component 'age'")
        .hasMessageContaining("UUID values, which do not fit");
    Schema nullablePrimitive =
        Schema.builder().field("motto", "name").field("age", "int").nullable(0.1).build();
    assertThatThrownBy(() -> new Faker("en_US", 1L).records(1, Account.class, nullablePrimitive))
        .hasMessageContaining("component 'age'")
        .hasMessageContaining("cannot be null");
  }

  @Test
  void aStringNamedAfterNoProviderIsALoremWord() {
    // A domain model's names are the model's, not requests to forgery: 'motto' and a misspelt
    // 'emial' fill with lorem words rather than failing, as any class must fill unconfigured.
    List<Account> accounts = new Faker("en_US", 1L).records(200, Account.class);
    assertThat(accounts).extracting(Account::motto).allMatch(w -> w.matches("[A-Za-z]+"));
    assertThat(new HashSet<>(accounts.stream().map(Account::motto).toList()))
        .hasSizeGreaterThan(50);
    assertThat(new Faker("en_US", 1L).records(50, Typo.class))
        .extracting(Typo::emial)
        .allMatch(w -> w.matches("[A-Za-z]+"));
  }

  record Typo(String emial) {}

  record Odd(Object thing) {}

  record Recursive(String name, Recursive next) {}

  record RawList(@SuppressWarnings("rawtypes") List emails) {}

  record BadAnnotation(
      @FakeWith(
              value = "int",
              args = {"9", "1"})
          int n) {}

  @Test
  void inferenceErrorsNameTheComponent() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.records(1, Odd.class))
        .hasMessageContaining("component 'thing'")
        .hasMessageContaining("unsupported type");
    // A record that contains itself recurs once, then the cycle is cut.
    assertThat(faker.record(Recursive.class).next().next()).isNull();
    assertThatThrownBy(() -> faker.records(1, RawList.class))
        .hasMessageContaining("component 'emails'")
        .hasMessageContaining("element type");
    assertThatThrownBy(() -> faker.records(1, BadAnnotation.class))
        .hasMessageContaining("component 'n'")
        .hasMessageContaining("min must be <= max");
    assertThatThrownBy(() -> faker.records(1, String.class))
        .hasMessageContaining("must be a record or a class");
  }

  record Product(@FakeWith("sku") String sku, @FakeWith("sku") Integer wrong) {}

  record Sku(@FakeWith("sku") String sku) {}

  @Test
  void annotationsMayNameCustomProviders() {
    Faker faker = new Faker("en_US", 4L);
    assertThatThrownBy(() -> faker.records(1, Sku.class))
        .hasMessageContaining("@FakeWith(\"sku\") names no provider")
        .hasMessageContaining("faker.register");
    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    assertThat(faker.records(50, Sku.class)).allMatch(s -> s.sku().matches("SKU-\\d{4}"));
    assertThatThrownBy(() -> faker.records(1, Product.class))
        .hasMessageContaining("component 'wrong'")
        .hasMessageContaining("which is not a java.lang.Integer; make it return Integer values");
  }

  @Test
  void rangesFollowComponentNames() {
    for (dev.forgery.fixtures.Reading r :
        new Faker("en_US", 8L).records(300, dev.forgery.fixtures.Reading.class)) {
      assertThat(r.lat()).isBetween(-90.0, 90.0);
      assertThat(r.lng()).isBetween(-180.0, 180.0);
      assertThat(r.errorRate()).isBetween(0.0, 1.0);
      assertThat(r.month()).isBetween(1, 12);
      assertThat(r.day()).isBetween(1, 28);
      assertThat(r.hour()).isBetween(0, 23);
      assertThat(r.minute()).isBetween(0, 59);
      assertThat(r.percent()).isBetween(0, 100);
      assertThat(r.count()).isBetween(0, 1000);
      assertThat(r.notes().length()).isBetween(20, 200);
    }
  }

  @Test
  void constructorChecksReachTheCaller() {
    Schema negative = Schema.builder().field("count", "int", -5, -1).build();
    assertThatThrownBy(
            () -> new Faker("en_US", 1L).records(1, dev.forgery.fixtures.Reading.class, negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count < 0");
  }

  record Aliased(
      String fullName,
      String surname,
      String given_name,
      String mail,
      java.util.UUID guid,
      Boolean bool,
      String uuid) {}

  @Test
  void commonAliasesReachTheirProviders() {
    Aliased a = new Faker("en_US", 6L).record(Aliased.class);
    assertThat(a.fullName()).contains(" ");
    assertThat(a.surname()).isNotBlank().doesNotContain(" ");
    assertThat(a.given_name()).isNotBlank();
    assertThat(a.mail()).contains("@");
    assertThat(a.guid().version()).isEqualTo(4);
    assertThat(a.bool()).isNotNull();
    assertThat(java.util.UUID.fromString(a.uuid()).version()).isEqualTo(4);
  }

  @Test
  void singularisesPluralNames() {
    assertThat(Inference.singulars("cities")).first().isEqualTo("city");
    assertThat(Inference.singulars("addresses")).first().isEqualTo("address");
    assertThat(Inference.singulars("emails")).containsExactly("email");
    assertThat(Inference.singulars("class")).isEmpty();
    assertThat(Inference.words("date_of_birth")).containsExactly("date", "of", "birth");
    assertThat(Inference.words("dateOfBirth")).containsExactly("date", "of", "birth");
  }
}
