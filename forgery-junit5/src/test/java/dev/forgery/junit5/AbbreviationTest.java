package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AbbreviationTest {
  /** Private final fields and record-style accessors, no getters, no toString. */
  static final class Order {
    private final String orderId;
    private final int quantity;
    private final boolean paid;

    Order(String orderId, int quantity, boolean paid) {
      this.orderId = orderId;
      this.quantity = quantity;
      this.paid = paid;
    }

    public String orderId() {
      return orderId;
    }

    public int quantity() {
      return quantity;
    }

    boolean paid() {
      return paid;
    }
  }

  /** Private fields and nothing to read them by. */
  static final class Secret {
    private final String code = "X-1";
    private static final String IGNORED = "static";

    @Override
    public boolean equals(Object other) {
      return other == this || (other instanceof Secret && IGNORED.length() > 0);
    }

    @Override
    public int hashCode() {
      return code.hashCode();
    }
  }

  /** A bean with getters. */
  public static class Customer {
    private final String email;
    private final int age;

    Customer(String email, int age) {
      this.email = email;
      this.age = age;
    }

    public String getEmail() {
      return email;
    }

    public int getAge() {
      return age;
    }
  }

  /** A bean holding a list of beans. */
  public static class Basket {
    private final List<Customer> owners = new ArrayList<>();

    public List<Customer> getOwners() {
      return owners;
    }

    public String getLabel() {
      return "weekly";
    }
  }

  /** A generic bean. */
  public static class Page<T> {
    public List<T> content = new ArrayList<>();
    public int number;
  }

  /** A bean that refers back to itself. */
  public static class Node {
    private final String name;
    private Node next;

    Node(String name) {
      this.name = name;
    }

    public String getName() {
      return name;
    }

    public Node getNext() {
      return next;
    }
  }

  /** A class that says what it holds. */
  static final class Money {
    private final long cents;

    Money(long cents) {
      this.cents = cents;
    }

    public long getCents() {
      return cents;
    }

    @Override
    public String toString() {
      return cents / 100 + "." + String.format("%02d", cents % 100) + " EUR";
    }
  }

  /** A toString that fails. */
  static final class Broken {
    @Override
    public String toString() {
      throw new IllegalStateException("broken");
    }
  }

  @Test
  void recordStyleClassesShowTheirFieldsThroughTheirAccessors() {
    assertThat(Abbreviation.of(new Order("A-17", 3, true)))
        .isEqualTo("Order{orderId=\"A-17\", paid=true, quantity=3}");
    assertThat(Abbreviation.of(List.of(new Order("A-1", 1, false), new Order("A-2", 2, true))))
        .isEqualTo(
            "[Order{orderId=\"A-1\", paid=false, quantity=1},"
                + " Order{orderId=\"A-2\", paid=true, quantity=2}] (2 values)");
  }

  /** A record whose toString is the one records are given. */
  record Team(String name, List<Customer> members) {}

  /** A record that says what it is in its own words. */
  record Label(String text) {
    @Override
    public String toString() {
      return "label " + text;
    }
  }

  @Test
  void aRecordOfBeansShowsTheBeansAndARecordsOwnWordsAreKept() {
    Team team = new Team("core", List.of(new Customer("ada@x.io", 36)));
    assertThat(Abbreviation.of(team))
        .isEqualTo("Team[name=\"core\", members=[Customer{age=36, email=\"ada@x.io\"}] (1 value)]");
    assertThat(Abbreviation.of(new Label("fragile"))).isEqualTo("label fragile");
  }

  @Test
  void classesWithoutAccessorsShowTheirInstanceFields() {
    assertThat(Abbreviation.of(new Secret())).isEqualTo("Secret{code=\"X-1\"}");
  }

  @Test
  void aBeansListOfBeansShowsTheBeans() {
    Basket basket = new Basket();
    basket.getOwners().add(new Customer("ada@x.io", 36));
    basket.getOwners().add(new Customer("al@y.io", 41));
    assertThat(Abbreviation.of(basket))
        .isEqualTo(
            "Basket{label=\"weekly\", owners=[Customer{age=36, email=\"ada@x.io\"},"
                + " Customer{age=41, email=\"al@y.io\"}] (2 values)}");
  }

  @Test
  void aGenericPageShowsItsContentAndStaysShort() {
    Page<Customer> page = new Page<>();
    page.number = 44;
    for (int i = 0; i < 5; i++) {
      page.content.add(new Customer("c" + i + "@example.com", 20 + i));
    }
    String shown = Abbreviation.of(page);
    assertThat(shown)
        .isEqualTo(
            "Page{content=[Customer{age=20, email=\"c0@example.com\"}, Customer{age=21,"
                + " email=\"c1@example.com\"}, Customer{age=22, em...")
        .hasSize(Abbreviation.MAX_OBJECT_CHARS);

    Page<Customer> small = new Page<>();
    small.content.add(new Customer("ada@example.com", 36));
    assertThat(Abbreviation.of(small))
        .isEqualTo(
            "Page{content=[Customer{age=36, email=\"ada@example.com\"}] (1 value), number=0}");
  }

  @Test
  void aBackReferenceIsNotFollowed() {
    Node a = new Node("a");
    a.next = a;
    assertThat(Abbreviation.of(a)).isEqualTo("Node{name=\"a\", next=Node{...}}");

    Node b = new Node("b");
    Node c = new Node("c");
    b.next = c;
    c.next = b;
    assertThat(Abbreviation.of(b))
        .isEqualTo("Node{name=\"b\", next=Node{name=\"c\", next=Node{...}}}");

    List<Object> self = new ArrayList<>();
    self.add("x");
    self.add(self);
    assertThat(Abbreviation.of(self)).isEqualTo("[\"x\", [...] (2 values)] (2 values)");
  }

  @Test
  void aLongChainStopsAtTheDepthLimit() {
    Node head = new Node("0");
    Node tail = head;
    for (int i = 1; i < 10; i++) {
      tail.next = new Node(String.valueOf(i));
      tail = tail.next;
    }
    assertThat(Abbreviation.of(head))
        .isEqualTo(
            "Node{name=\"0\", next=Node{name=\"1\", next=Node{name=\"2\", next=Node{...}}}}");
  }

  @Test
  void aClassWithItsOwnToStringIsShownByIt() {
    assertThat(Abbreviation.of(new Money(1250))).isEqualTo("12.50 EUR");
    assertThat(Abbreviation.of(List.of(new Money(5), new Money(100))))
        .isEqualTo("[0.05 EUR, 1.00 EUR] (2 values)");
    assertThat(Abbreviation.of(new Broken()))
        .isEqualTo("Broken{toString() threw java.lang.IllegalStateException}");
  }

  @Test
  void mapsAndOptionalsAreShownThroughTheSameRules() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("ada", new Customer("ada@example.com", 36));
    map.put("none", Optional.empty());
    map.put("money", Optional.of(new Money(100)));
    map.put("fourth", 4);
    assertThat(Abbreviation.of(map))
        .isEqualTo(
            "{\"ada\"=Customer{age=36, email=\"ada@example.com\"}, \"none\"=Optional.empty,"
                + " \"money\"=Optional[1.00 EUR], ... 1 more} (4 entries)");
    assertThat(Abbreviation.of(Optional.of(new Customer("a@b.io", 1))))
        .isEqualTo("Optional[Customer{age=1, email=\"a@b.io\"}]");
  }
}
