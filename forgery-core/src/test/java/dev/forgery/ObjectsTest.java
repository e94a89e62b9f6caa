package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.objects.AddressBean;
import dev.forgery.fixtures.objects.CustomerBean;
import dev.forgery.fixtures.objects.Department;
import dev.forgery.fixtures.objects.Employee;
import dev.forgery.fixtures.objects.Invoice;
import dev.forgery.fixtures.objects.Money;
import dev.forgery.fixtures.objects.Node;
import dev.forgery.fixtures.objects.Order;
import dev.forgery.fixtures.objects.Page;
import dev.forgery.fixtures.objects.Sensor;
import dev.forgery.fixtures.objects.Status;
import dev.forgery.fixtures.objects.Ticket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ObjectsTest {

  @Test
  void beansAreFilledThroughTheirSettersByPropertyName() {
    List<CustomerBean> customers = new Faker("en_US", 1L).records(1_000, CustomerBean.class);
    assertThat(customers).hasSize(1_000);
    for (CustomerBean c : customers) {
      assertThat(c.getFirstName()).matches("[A-Z][A-Za-z'\\- ]*");
      assertThat(c.getLastName()).isNotBlank();
      assertThat(c.getEmail()).contains("@");
      assertThat(c.getAge()).isBetween(18, 80);
      assertThat(c.getAddress().getCity()).isNotBlank();
      assertThat(c.getAddress().getZip()).matches("\\d{5}(-\\d{4})?");
      assertThat(c.getAddress().getCountryCode()).matches("[A-Z]{2}");
      assertThat(c.getCreatedAt())
          .isBetween(
              LocalDateTime.of(1970, 1, 1, 0, 0), LocalDateTime.of(2030, 12, 31, 23, 59, 59));
      assertThat(c.getPrice().scale()).isEqualTo(2);
      assertThat(c.getPhoneNumbers()).hasSize(10).allMatch(p -> p.matches(".*\\d{3}.*"));
      // Ten properties, ten setter calls: no field was written behind the setters' back.
      assertThat(c.setterCalls()).isEqualTo(10);
    }
    assertThat(customers).extracting(CustomerBean::getStatus).contains(Status.values());
    assertThat(customers).extracting(CustomerBean::isActive).contains(true, false);
    // A bean's collections are its own to change.
    customers.get(0).getPhoneNumbers().add("555-0100");
  }

  @Test
  void anAllArgsConstructorIsNamedByConstructorProperties() {
    for (Invoice i : new Faker("en_US", 2L).records(300, Invoice.class)) {
      assertThat(i.id()).matches("[0-9a-f\\-]{36}");
      assertThat(i.price().scale()).isEqualTo(2);
      assertThat(i.currencyCode()).matches("[A-Z]{3}");
      assertThat(i.issuedOn()).isBetween(LocalDate.of(1970, 1, 1), LocalDate.of(2030, 12, 31));
      assertThat(i.email()).contains("@");
    }
  }

  @Test
  void theAnnotatedConstructorIsChosenAmongSeveral() {
    Money m = new Faker("en_US", 3L).record(Money.class);
    assertThat(m.annotated()).isTrue();
    assertThat(m.currencyCode()).matches("[A-Z]{3}");
    assertThat(m.price()).isNotNull();
  }

  static class TwoAnnotated {
    @FakeConstructor
    TwoAnnotated(String email) {}

    @FakeConstructor
    TwoAnnotated(String email, int age) {}
  }

  static class TwoPublic {
    public TwoPublic(String email) {}

    public TwoPublic(String email, int age) {}
  }

  class Inner {
    String email;
  }

  @Test
  void constructorChoicesThatCannotBeMadeSayWhatToDo() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.record(TwoAnnotated.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 constructors are annotated @FakeConstructor");
    assertThatThrownBy(() -> faker.record(TwoPublic.class))
        .hasMessageContaining("2 public constructors")
        .hasMessageContaining("@dev.forgery.FakeConstructor");
    assertThatThrownBy(() -> faker.record(Inner.class))
        .hasMessageContaining("inner class")
        .hasMessageContaining("static nested class");
  }

  @Test
  void aClassOfFieldsIsFilledThroughItsFields() {
    for (Sensor s : new Faker("en_US", 4L).records(200, Sensor.class)) {
      assertThat(s.id().version()).isEqualTo(4);
      assertThat(s.latitude()).isBetween(-90.0, 90.0);
      assertThat(s.longitude()).isBetween(-180.0, 180.0);
      assertThat(s.updatedAt()).isNotNull();
      assertThat(s.seenAt()).isNotNull();
      assertThat(s.installedAt()).isNotNull();
      assertThat(s.wakeTime()).isNotNull();
      assertThat(s.alarmTime()).isNotNull();
      assertThat(s.year()).isBetween(Year.of(1970), Year.of(2030));
      assertThat(s.expiry().getYear()).isBetween(1970, 2030);
      assertThat(s.birthday()).isNotNull();
      assertThat(s.uptime()).isBetween(Duration.ZERO, Duration.ofSeconds(86_399));
      assertThat(s.warranty().getDays()).isBetween(0, 365);
      assertThat(s.warranty()).isEqualTo(Period.ofDays(s.warranty().getDays()));
      assertThat(s.website().getScheme()).startsWith("http");
      assertThat(s.imageUrl().getProtocol()).startsWith("http");
      assertThat(s.serial().intValue()).isBetween(0, 100);
      assertThat(s.readings()).isBetween(0L, 100L);
      assertThat(s.samples()).hasSize(10);
      for (float f : s.samples()) {
        assertThat(f).isBetween(0f, 1f);
      }
      // Final and static fields are left alone.
      assertThat(s.kind()).isEqualTo("sensor");
    }
    assertThat(Sensor.created()).isZero();
  }

  @Test
  void enumsFillEveryContainer() {
    List<Ticket> tickets = new Faker("en_US", 5L).records(500, Ticket.class);
    assertThat(tickets).extracting(Ticket::priority).contains(Ticket.Priority.values());
    for (Ticket t : tickets) {
      assertThat(t.channels()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(t.history()).hasSize(10);
      assertThat(t.statusByPriority()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
      assertThat(t.previousStatus()).isPresent();
      assertThat(t.audit()).hasSize(10).doesNotContainNull();
      // A record's containers are values, not to be changed.
      assertThatThrownBy(() -> t.history().add(Ticket.Priority.LOW))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> t.statusByPriority().clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void anOptionalHoldsTheValueTheBarePropertyWouldHave() {
    record Bare(Status previousStatus) {}
    List<Ticket> tickets = new Faker("en_US", 6L).records(50, Ticket.class);
    List<Bare> bare = new Faker("en_US", 6L).records(50, Bare.class);
    for (int i = 0; i < 50; i++) {
      assertThat(tickets.get(i).previousStatus()).contains(bare.get(i).previousStatus());
    }
  }

  @Test
  void cyclesAreCutAfterOneRecurrence() {
    for (Employee e : new Faker("en_US", 7L).records(50, Employee.class)) {
      assertThat(e.getEmail()).contains("@");
      Employee manager = e.getManager();
      assertThat(manager).isNotNull();
      assertThat(manager.getManager()).isNull();
      Department d = e.getDepartment();
      assertThat(d.getName()).isNotBlank();
      // The other side of a relation the path has followed: not filled again.
      assertThat(d.getEmployees()).isEmpty();
      assertThat(manager.getDepartment().getEmployees()).isEmpty();
    }
    for (Department d : new Faker("en_US", 7L).records(50, Department.class)) {
      assertThat(d.getEmployees()).hasSize(10);
      for (Employee colleague : d.getEmployees()) {
        assertThat(colleague.getManager().getManager()).isNull();
        assertThat(colleague.getDepartment().getEmployees()).isEmpty();
      }
      // An empty list made where the cycle is cut is each object's own.
      d.getEmployees().get(0).getDepartment().getEmployees().add(d.getEmployees().get(1));
      assertThat(d.getEmployees().get(1).getDepartment().getEmployees()).isEmpty();
    }
    for (Node n : new Faker("en_US", 7L).records(20, Node.class)) {
      assertThat(n.word()).isNotBlank();
      assertThat(n.children()).hasSize(10).allMatch(c -> c.children().isEmpty());
      assertThat(n.children()).allMatch(c -> c.parent() == null);
      assertThat(n.parent().parent()).isNull();
    }
  }

  record Chain(String name, Chain next, List<Chain> more) {}

  @Test
  void recordsThatContainThemselvesAreCutToo() {
    Chain c = new Faker("en_US", 8L).record(Chain.class);
    assertThat(c.next().next()).isNull();
    assertThat(c.next().more()).isEmpty();
    assertThat(c.more()).hasSize(10).allMatch(m -> m.next() == null && m.more().isEmpty());
  }

  @Test
  void genericTypesAreFilledThroughTypeRef() {
    Faker faker = new Faker("en_US", 9L);
    Page<CustomerBean> page = faker.record(new TypeRef<Page<CustomerBean>>() {});
    assertThat(page.getContent()).hasSize(10).allMatch(c -> c.getEmail().contains("@"));
    // T is bound in the superclass too, and in containers of it.
    assertThat(page.first()).isInstanceOf(CustomerBean.class);
    assertThat(page.highlight()).get().isInstanceOf(CustomerBean.class);
    assertThat(page.byKey())
        .isNotEmpty()
        .allSatisfy((k, v) -> assertThat(v.getAge()).isBetween(18, 80));
    assertThat(page.getNumber()).isBetween(0, 100);
    List<Page<AddressBean>> pages = faker.records(5, new TypeRef<Page<AddressBean>>() {});
    assertThat(pages).hasSize(5).allMatch(p -> p.first().getCity() != null);
    assertThat(new Faker("en_US", 9L).records(3, new TypeRef<Page<AddressBean>>() {}))
        .usingRecursiveFieldByFieldElementComparator()
        .isEqualTo(new Faker("en_US", 9L).records(3, new TypeRef<Page<AddressBean>>() {}));
  }

  @Test
  @SuppressWarnings({"rawtypes", "unchecked"})
  void aRawGenericTypeSaysToUseTypeRef() {
    Class<Page<CustomerBean>> raw = (Class) Page.class;
    assertThatThrownBy(() -> new Faker("en_US", 1L).record(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type variable T")
        .hasMessageContaining("new TypeRef<Page<...>>() {}");
  }

  @Test
  void typeRefsCaptureTheirType() {
    TypeRef<Page<CustomerBean>> ref = new TypeRef<>() {};
    assertThat(ref.type().getTypeName())
        .isEqualTo("dev.forgery.fixtures.objects.Page<dev.forgery.fixtures.objects.CustomerBean>");
    assertThat(ref).isEqualTo(TypeRef.of(ref.type())).hasSameHashCodeAs(TypeRef.of(ref.type()));
    assertThat(ref).isNotEqualTo(TypeRef.of(Page.class)).isNotEqualTo("Page");
    assertThat(TypeRef.of(String.class).type()).isEqualTo(String.class);
    assertThat(ref.toString()).startsWith("TypeRef<dev.forgery.fixtures.objects.Page<");
    assertThatThrownBy(() -> erased())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type variable T is erased");
    assertThatThrownBy(() -> new Raw() {})
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("direct anonymous subclass with a type argument");
  }

  @SuppressWarnings("rawtypes")
  static class Raw extends TypeRef {}

  private static <T> TypeRef<T> erased() {
    return new TypeRef<T>() {};
  }

  @Test
  void sameSeedGivesSameObjectsAndObjectIDependsOnlyOnTheSeedAndI() {
    List<CustomerBean> a = new Faker("en_US", 11L).records(300, CustomerBean.class);
    assertThat(new Faker("en_US", 11L).records(300, CustomerBean.class)).isEqualTo(a);
    assertThat(new Faker("en_US", 11L).records(40, CustomerBean.class)).isEqualTo(a.subList(0, 40));
    assertThat(new Faker("en_US", 12L).records(300, CustomerBean.class)).isNotEqualTo(a);
    // A single object is the first of a batch of one.
    assertThat(new Faker("en_US", 11L).record(CustomerBean.class)).isEqualTo(a.get(0));
  }

  record CustomerRecord(
      String firstName, String email, int age, AddressRecord address, List<String> phoneNumbers) {}

  record AddressRecord(String city, String zip) {}

  @Test
  void aPropertysValuesDependOnItsNameNotOnHowTheClassIsMade() {
    List<CustomerBean> beans = new Faker("en_US", 13L).records(100, CustomerBean.class);
    List<CustomerRecord> records = new Faker("en_US", 13L).records(100, CustomerRecord.class);
    for (int i = 0; i < 100; i++) {
      CustomerBean b = beans.get(i);
      CustomerRecord r = records.get(i);
      assertThat(b.getFirstName()).isEqualTo(r.firstName());
      assertThat(b.getEmail()).isEqualTo(r.email());
      assertThat(b.getAge()).isEqualTo(r.age());
      assertThat(b.getAddress().getCity()).isEqualTo(r.address().city());
      assertThat(b.getAddress().getZip()).isEqualTo(r.address().zip());
      assertThat(b.getPhoneNumbers()).isEqualTo(r.phoneNumbers());
    }
  }

  @Test
  void errorsNameThePathAndTheFix() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.record(Order.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot fill Order.customer.address.geo")
        .hasMessageContaining("2 public constructors")
        .hasMessageContaining("Schema override for 'customer.address.geo'");
    Schema override = Schema.builder().field("customer.address.geo", "city").build();
    assertThatThrownBy(() -> faker.records(1, Order.class, override))
        .hasMessageContaining("at Order.customer.address.geo")
        .hasMessageContaining("String values, which do not fit");
  }

  static class WithThread {
    public Thread thread;
  }

  static class WithAbstract {
    public Number amount;
  }

  record Mixed(List<String> emails, Map<Object, String> byThing) {}

  @Test
  void unsupportedPropertiesAreNamed() {
    Faker faker = new Faker("en_US", 1L);
    assertThatThrownBy(() -> faker.record(WithThread.class))
        .hasMessageContaining("field 'thread' (java.lang.Thread) of class")
        .hasMessageContaining("at WithThread.thread")
        .hasMessageContaining("unsupported type")
        .hasMessageContaining("Schema override for 'thread'");
    assertThatThrownBy(() -> faker.record(WithAbstract.class))
        .hasMessageContaining("field 'amount'")
        .hasMessageContaining("unsupported type");
    assertThatThrownBy(() -> faker.record(Mixed.class))
        .hasMessageContaining("the keys of component 'byThing'")
        .hasMessageContaining("map keys must be");
    assertThatThrownBy(() -> faker.records(1, String.class))
        .hasMessageContaining("type must be a record or a class")
        .hasMessageContaining("which is a value; draw values with a provider");
    // A primitive's modifiers say abstract, and ZoneId is an abstract class: both are values.
    assertThatThrownBy(() -> faker.record(char.class))
        .hasMessageContaining("got char, which is a value")
        .hasMessageContaining("faker.inferProvider(");
    assertThatThrownBy(() -> faker.record(ZoneId.class))
        .hasMessageContaining("got java.time.ZoneId, which is a value");
    assertThatThrownBy(() -> faker.records(1, ArrayList.class))
        .hasMessageContaining("which is a container; ask for the class of the elements");
    assertThatThrownBy(() -> faker.record(Thread.class))
        .hasMessageContaining("which is a class of the JDK");
    assertThatThrownBy(() -> faker.records(1, Runnable.class)).hasMessageContaining("abstract");
  }

  @Test
  void nestedOverridesTakePaths() {
    Schema overrides =
        Schema.builder()
            .field("address.city", "choice", List.of("Paris", "Lyon"))
            .field("address.zip", "digits", 5)
            .nullable(0.5)
            .field("age", "int", 30, 31)
            .build();
    List<CustomerBean> customers =
        new Faker("en_US", 14L).records(400, CustomerBean.class, overrides);
    assertThat(customers).extracting(c -> c.getAddress().getCity()).containsOnly("Paris", "Lyon");
    assertThat(customers).extracting(CustomerBean::getAge).containsOnly(30, 31);
    assertThat(customers).extracting(c -> c.getAddress().getZip()).containsNull();
    assertThat(customers.stream().filter(c -> c.getAddress().getZip() != null).count())
        .isGreaterThan(100);
    // The other properties keep their values.
    List<CustomerBean> plain = new Faker("en_US", 14L).records(400, CustomerBean.class);
    assertThat(customers)
        .extracting(CustomerBean::getEmail)
        .isEqualTo(plain.stream().map(CustomerBean::getEmail).toList());
  }

  @Test
  void nestedOverridesMustNameAPropertyAndCannotBeUnique() {
    Faker faker = new Faker("en_US", 1L);
    Schema typo = Schema.builder().field("address.ctiy", "city").build();
    assertThatThrownBy(() -> faker.records(1, CustomerBean.class, typo))
        .hasMessageContaining("override field 'address.ctiy' names no property")
        .hasMessageContaining("did you mean 'address.city'");
    Schema unique = Schema.builder().field("address.city", "city").unique().build();
    assertThatThrownBy(() -> faker.records(1, CustomerBean.class, unique))
        .hasMessageContaining("uniqueness applies to top-level properties only");
  }

  @Test
  void aCustomProviderCanFillAProperty() {
    Faker faker = new Faker("en_US", 15L);
    faker.register("sku", f -> "SKU-" + f.integer(1000, 9999));
    Schema overrides = Schema.builder(faker).field("id", "sku").build();
    assertThat(faker.records(20, Invoice.class, overrides))
        .allMatch(i -> i.id().matches("SKU-\\d{4}"));
  }

  record Born(LocalDate dateOfBirth) {}

  @Test
  void objectsFollowTheFakersReferenceDate() {
    Faker faker = new Faker("en_US", 16L).withToday(LocalDate.of(2090, 6, 1));
    assertThat(faker.records(50, Born.class))
        .allMatch(b -> b.dateOfBirth().isAfter(LocalDate.of(1989, 6, 1)));
  }

  @Test
  void everyObjectIsNew() {
    List<Department> departments = new Faker("en_US", 17L).records(3, Department.class);
    Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Object> all = new ArrayList<>(departments);
    departments.forEach(d -> all.addAll(d.getEmployees()));
    seen.addAll(all);
    assertThat(seen).hasSize(all.size());
    assertThat(departments.get(0).getId()).isBetween(0L, 100L);
  }
}
