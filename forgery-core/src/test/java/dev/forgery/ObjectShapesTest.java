package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.beans.ConstructorProperties;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The less common ways a class is made, and the conversions into types without a provider. */
class ObjectShapesTest {

  static class Box<T> {
    T[] items;
    List<T>[] lists;
    Map<String, List<T>> groups;
  }

  @Test
  void genericArraysAndNestedContainersOfATypeVariable() {
    Box<Integer> box = new Faker("en_US", 1L).record(new TypeRef<Box<Integer>>() {});
    assertThat(box.items).isInstanceOf(Integer[].class).hasSize(10);
    assertThat(box.lists).hasSize(10);
    assertThat(box.lists[0]).hasSize(10).allMatch(i -> i >= 0 && i <= 100);
    assertThat(box.groups).isNotEmpty().allSatisfy((k, v) -> assertThat(v).hasSize(10));
  }

  static class Overloads {
    int age;
    transient String lastSetter = "";

    public void setAge(String age) {
      lastSetter = "String";
    }

    public void setAge(int age) {
      this.age = age;
      lastSetter = "int";
    }
  }

  @Test
  void ofOverloadedSettersTheOneOfTheFieldsTypeIsUsed() {
    Overloads o = new Faker("en_US", 2L).record(Overloads.class);
    assertThat(o.lastSetter).isEqualTo("int");
    assertThat(o.age).isBetween(18, 80);
  }

  static class PrivateNoArg {
    String email;
    final String fixed;

    public PrivateNoArg(String email, int ignored) {
      this.email = "not " + email;
      this.fixed = "from the constructor";
    }

    @FakeConstructor
    private PrivateNoArg() {
      this.fixed = "no-arg";
    }
  }

  @Test
  void anAnnotatedNoArgConstructorMeansSettersAndFields() {
    PrivateNoArg p = new Faker("en_US", 3L).record(PrivateNoArg.class);
    assertThat(p.fixed).isEqualTo("no-arg");
    assertThat(p.email).contains("@").doesNotStartWith("not ");
  }

  public static class Labelled {
    private final String label;

    @FakeWith("buzzword")
    private final String motto;

    public Labelled(@FakeWith("department") String label, String motto) {
      this.label = label;
      this.motto = motto;
    }
  }

  @Test
  void annotationsOnParametersOrOnTheFieldOfTheSameName() {
    Labelled l = new Faker("en_US", 4L).record(Labelled.class);
    assertThat(l.label).isNotBlank();
    assertThat(l.motto).isNotBlank();
  }

  public static class Miscounted {
    @ConstructorProperties({"email"})
    public Miscounted(String a, String b) {}
  }

  static class Hidden {
    private Hidden(String email) {}
  }

  @Test
  void constructorsThatCannotBeUsedAreExplained() {
    Faker faker = new Faker("en_US", 5L);
    assertThatThrownBy(() -> faker.record(Miscounted.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot fill Miscounted")
        .hasMessageContaining("@ConstructorProperties names 1 parameters")
        .hasMessageContaining("the constructor has 2");
    assertThatThrownBy(() -> faker.record(Hidden.class))
        .hasMessageContaining("no public constructor and no no-arg constructor")
        .hasMessageContaining("give it a public constructor, or a no-arg constructor and setters");
  }

  static class PackageOnly {
    PackageOnly(String email) {}
  }

  static class AnnotatedPackageOnly {
    final String email;

    @FakeConstructor
    AnnotatedPackageOnly(String email) {
      this.email = email;
    }
  }

  @Test
  void aPackagePrivateConstructorSuggestsFakeConstructor() {
    Faker faker = new Faker("en_US", 5L);
    assertThatThrownBy(() -> faker.record(PackageOnly.class))
        .hasMessageContaining("no public constructor and no no-arg constructor")
        .hasMessageContaining("annotate the constructor to use with @dev.forgery.FakeConstructor");
    // What the message suggests works.
    assertThat(faker.record(AnnotatedPackageOnly.class).email).contains("@");
  }

  public static class CtorPlusSetter {
    private final String id;
    private String email;
    public String city;
    private String notes;
    private int emailSetterCalls;

    public CtorPlusSetter(String id) {
      this.id = id;
    }

    public void setEmail(String email) {
      this.email = email;
      emailSetterCalls++;
    }
  }

  /** An entity: a protected no-arg constructor for the persistence provider, one for callers. */
  public static class JpaLike {
    private Long id;
    private String email;
    private String firstName;

    protected JpaLike() {}

    public JpaLike(String email) {
      this.email = email;
    }

    public void setId(Long id) {
      this.id = id;
    }

    public void setEmail(String email) {
      throw new AssertionError("the constructor takes email");
    }

    public void setFirstName(String firstName) {
      this.firstName = firstName;
    }
  }

  record Plain(String id, String email, String city, String firstName) {}

  @Test
  void whatAConstructorDoesNotTakeIsSetBySettersAndPublicFields() {
    List<CtorPlusSetter> made = new Faker("en_US", 6L).records(20, CtorPlusSetter.class);
    List<JpaLike> entities = new Faker("en_US", 6L).records(20, JpaLike.class);
    List<Plain> plain = new Faker("en_US", 6L).records(20, Plain.class);
    for (int i = 0; i < 20; i++) {
      CtorPlusSetter c = made.get(i);
      // Each value is the one its name gives in any other class.
      assertThat(c.id).isEqualTo(plain.get(i).id());
      assertThat(c.email).contains("@").isEqualTo(plain.get(i).email());
      assertThat(c.emailSetterCalls).isEqualTo(1);
      assertThat(c.city).isEqualTo(plain.get(i).city());
      // A private field without a setter is the constructor's to set or leave.
      assertThat(c.notes).isNull();
      JpaLike e = entities.get(i);
      assertThat(e.id).isNotNull();
      assertThat(e.email).isEqualTo(plain.get(i).email());
      assertThat(e.firstName).isEqualTo(plain.get(i).firstName());
    }
  }

  record Converted(BigDecimal amount, BigInteger total, BigDecimal ratio, Year year) {}

  @Test
  void overridesAreConvertedToTypesWithoutAProviderOfTheirOwn() {
    Schema overrides =
        Schema.builder()
            .field("amount", "int", 5, 9)
            .field("total", "price")
            .field("ratio", "float", 0, 1)
            .field("year", "dateTime")
            .build();
    for (Converted c : new Faker("en_US", 6L).records(100, Converted.class, overrides)) {
      assertThat(c.amount()).isBetween(BigDecimal.valueOf(5), BigDecimal.valueOf(9));
      assertThat(c.amount().scale()).isZero();
      assertThat(c.total().signum()).isNotNegative();
      assertThat(c.ratio()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
      assertThat(c.year()).isBetween(Year.of(1970), Year.of(2030));
    }
  }

  record Keys(Map<Integer, String> emails, Map<Status, Long> countsByStatus) {
    enum Status {
      OPEN,
      DONE
    }
  }

  @Test
  void mapKeysComeFromTheKeyType() {
    Keys k = new Faker("en_US", 7L).record(Keys.class);
    assertThat(k.emails()).isNotEmpty().allSatisfy((id, e) -> assertThat(e).contains("@"));
    assertThat(k.emails().keySet()).allMatch(id -> id >= 0 && id <= 100);
    assertThat(k.countsByStatus().keySet()).isSubsetOf(Set.of(Keys.Status.values()));
  }

  record Primitives(
      int[] scores,
      long[] visits,
      double[] weights,
      boolean[] flags,
      float[] ratios,
      short[] levels,
      byte[] codes) {}

  @Test
  void primitiveArraysHoldTheValuesOfTheirBoxedLists() {
    record Boxed(List<Integer> scores, List<Short> levels, List<Byte> codes) {}
    Primitives p = new Faker("en_US", 8L).record(Primitives.class);
    Boxed b = new Faker("en_US", 8L).record(Boxed.class);
    assertThat(p.scores())
        .hasSize(10)
        .containsExactly(b.scores().stream().mapToInt(i -> i).toArray());
    assertThat(p.visits()).hasSize(10);
    assertThat(p.weights()).hasSize(10);
    assertThat(p.flags()).hasSize(10);
    assertThat(p.ratios()).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(p.levels()[i]).isEqualTo(b.levels().get(i));
      assertThat(p.codes()[i]).isEqualTo(b.codes().get(i));
    }
  }
}
