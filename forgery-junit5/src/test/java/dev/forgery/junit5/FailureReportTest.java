package dev.forgery.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.junit5.internal.ForgeryReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class FailureReportTest {

  static final class DuplicateEmailException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DuplicateEmailException(String message) {
      super(message);
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class SignupTestCase {
    @Forged("safe_email")
    String owner;

    @Test
    void rejectsDuplicates(@Forged(size = 500) List<String> emails, @Forged String firstName) {
      Kit.see("emails", emails);
      Kit.see("firstName", firstName);
      throw new DuplicateEmailException("duplicate: " + emails.get(0));
    }

    @Test
    void passes(@Forged String name) {}
  }

  @Test
  void aFailedTestKeepsItsExceptionAndGainsTheSeedReport() {
    EngineExecutionResults results =
        Kit.run(SignupTestCase.class, "forgery.seed", "0x2A", "forgery.today", "2024-06-15");
    Throwable failure = Kit.onlyFailure(results);
    @SuppressWarnings("unchecked")
    List<String> emails = (List<String>) Kit.seen().get("emails");

    assertThat(failure)
        .isExactlyInstanceOf(DuplicateEmailException.class)
        .hasMessage("duplicate: " + emails.get(0));
    assertThat(failure.getSuppressed()).hasSize(1);
    ForgeryReport report = (ForgeryReport) failure.getSuppressed()[0];
    String text = report.getMessage();
    assertThat(report.getStackTrace()).isEmpty();
    assertThat(text)
        .startsWith("forgery seed 0x")
        .contains("$SignupTestCase > rejectsDuplicates(List, String) (derived from forgery.seed)")
        .contains("replay this test: @Seed(0x")
        .contains("L) with -Dforgery.today=2024-06-15\n")
        .contains("replay the run:   -Dforgery.seed=0x2A -Dforgery.today=2024-06-15\n")
        .contains("emails = [\"" + emails.get(0) + "\", ")
        .contains(", ... 497 more] (500 values)")
        .contains("firstName = \"" + Kit.seen().get("firstName") + "\"")
        .contains("owner = \"");
    assertThat(text)
        .contains("@Seed(" + dev.forgery.junit5.internal.Seeds.hex(report.seed()) + "L)");
    assertThat(report.test()).endsWith("$SignupTestCase > rejectsDuplicates(List, String)");
    assertThat(report.runHint()).isEqualTo("-Dforgery.seed=0x2A -Dforgery.today=2024-06-15");

    List<Map<String, String>> entries =
        results.allEvents().reportingEntryPublished().stream()
            .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
            .toList();
    String seed = dev.forgery.junit5.internal.Seeds.hex(report.seed());
    assertThat(entries)
        .containsExactly(
            Map.of("forgery.seed", seed),
            Map.of(
                "forgery.failure",
                report.test()
                    + " failed with forgery seed "
                    + seed
                    + ": replay it with @Seed("
                    + seed
                    + "L) (run: -Dforgery.seed=0x2A -Dforgery.today=2024-06-15)"));
  }

  @ExtendWith(ForgeryExtension.class)
  static class LifecycleTestCase {
    @BeforeAll
    static void beforeAll(@Forged String name) {
      if (name.isEmpty()) {
        throw new AssertionError("never");
      }
    }

    @Nested
    class BeforeEachFails {
      @BeforeEach
      void before(@Forged String email) {
        throw new IllegalArgumentException("before " + email);
      }

      @Test
      void test() {}
    }

    @Nested
    class AfterEachFails {
      @AfterEach
      void after() {
        throw new IllegalStateException("after");
      }

      @Test
      void test() {}
    }
  }

  @ExtendWith(ForgeryExtension.class)
  static class AllFailsTestCase {
    @BeforeAll
    static void beforeAll(@Forged String name) {
      throw new UnsupportedOperationException("beforeAll " + name);
    }

    @Test
    void test() {}
  }

  @ExtendWith(ForgeryExtension.class)
  static class AfterAllFailsTestCase {
    @Test
    void test() {}

    @AfterAll
    static void afterAll() {
      throw new UnsupportedOperationException("afterAll");
    }
  }

  @Test
  void lifecycleMethodFailuresCarryTheReportToo() {
    List<Throwable> failures = Kit.failures(Kit.run(LifecycleTestCase.class, "forgery.seed", "9"));
    assertThat(failures).hasSize(2);
    assertThat(failures)
        .anySatisfy(
            f -> {
              assertThat(f).isExactlyInstanceOf(IllegalArgumentException.class);
              assertThat(f.getMessage()).startsWith("before ").contains("@");
              assertThat(f.getSuppressed()[0].getMessage())
                  .contains("BeforeEachFails > test()")
                  .contains("email = \"" + f.getMessage().substring(7) + "\"");
            })
        .anySatisfy(
            f -> {
              assertThat(f).isExactlyInstanceOf(IllegalStateException.class).hasMessage("after");
              assertThat(f.getSuppressed()[0].getMessage()).contains("AfterEachFails > test()");
            });

    Throwable beforeAll = Kit.onlyFailure(Kit.run(AllFailsTestCase.class, "forgery.seed", "9"));
    assertThat(beforeAll).isExactlyInstanceOf(UnsupportedOperationException.class);
    assertThat(beforeAll.getSuppressed()[0].getMessage())
        .contains("for FailureReportTest$AllFailsTestCase (derived from forgery.seed)")
        .contains("name = \"" + beforeAll.getMessage().substring(10) + "\"");

    Throwable afterAll = Kit.onlyFailure(Kit.run(AfterAllFailsTestCase.class, "forgery.seed", "9"));
    assertThat(afterAll).hasMessage("afterAll");
    assertThat(afterAll.getSuppressed()[0].getMessage())
        .contains("$AfterAllFailsTestCase (derived")
        .contains("injected: nothing");
  }

  @ExtendWith(ForgeryExtension.class)
  static class PinnedFailureTestCase {
    @Test
    @Seed(0x5EEDL)
    void pinned(@Forged String name) {
      throw new AssertionError("pinned");
    }
  }

  @Test
  void aPinnedSeedIsReportedAsSuch() {
    Throwable failure = Kit.onlyFailure(Kit.run(PinnedFailureTestCase.class));
    assertThat(failure.getSuppressed()[0].getMessage())
        .startsWith(
            "forgery seed 0x5EED for FailureReportTest$PinnedFailureTestCase > pinned(String)")
        .contains("(fixed by @Seed on the test method)")
        .contains("@Seed(0x5EEDL)");
  }

  @Test
  void reportsAreFoundThroughCauses() {
    RuntimeException inner = new RuntimeException("inner");
    ForgeryReport report =
        new ForgeryReport(
            "T > t()", -1L, "note", "-Dforgery.seed=0x1", List.of(), LocalDate.of(2026, 1, 1));
    inner.addSuppressed(report);
    assertThat(ForgeryReport.in(new RuntimeException("outer", inner))).isSameAs(report);
    assertThat(ForgeryReport.in(new RuntimeException("plain"))).isNull();
    assertThat(ForgeryReport.in(null)).isNull();
    assertThat(report.getMessage()).contains("@Seed(0xFFFFFFFFFFFFFFFFL)");
  }

  @ExtendWith(ForgeryExtension.class)
  static class ObjectsTestCase {
    @Test
    void fails(
        @Forged(size = 2) List<ObjectsTest.Order> orders,
        @Forged ObjectsTest.Page<ObjectsTest.Customer> page) {
      Kit.see("orders", orders);
      Kit.see("page", page);
      throw new AssertionError("objects");
    }
  }

  @Test
  void injectedObjectsAreShownByWhatTheyHold() {
    Throwable failure = Kit.onlyFailure(Kit.run(ObjectsTestCase.class, "forgery.seed", "3"));
    @SuppressWarnings("unchecked")
    List<ObjectsTest.Order> orders = (List<ObjectsTest.Order>) Kit.seen().get("orders");
    @SuppressWarnings("unchecked")
    ObjectsTest.Page<ObjectsTest.Customer> page =
        (ObjectsTest.Page<ObjectsTest.Customer>) Kit.seen().get("page");
    String text = failure.getSuppressed()[0].getMessage();

    // Record-style accessors (id(), customer()) and a getter bean inside, each cut to the width.
    assertThat(text)
        .contains(
            "orders = ["
                + cut(order(orders.get(0)))
                + ", "
                + cut(order(orders.get(1)))
                + "] (2 values)\n");
    // A generic bean's list of beans shows the beans, not their identity hashes.
    assertThat(text)
        .contains(
            "page = "
                + cut(
                    "Page{items=["
                        + customer(page.items.get(0))
                        + ", "
                        + customer(page.items.get(1))
                        + ", "
                        + customer(page.items.get(2))
                        + ", ... "
                        + (page.items.size() - 3)
                        + " more] ("
                        + page.items.size()
                        + " values), number="
                        + page.number
                        + "}"))
        .doesNotContain("@" + Integer.toHexString(System.identityHashCode(page.items.get(0))));
  }

  private static String order(ObjectsTest.Order order) {
    return "Order{customer="
        + customer(order.customer())
        + ", id=\""
        + order.id()
        + "\", productNames="
        + order.productNames().stream().limit(3).map(n -> "\"" + n + "\"").toList()
        + "}";
  }

  private static String customer(ObjectsTest.Customer customer) {
    return "Customer{age="
        + customer.getAge()
        + ", email=\""
        + customer.getEmail()
        + "\", firstName=\""
        + customer.getFirstName()
        + "\"}";
  }

  /** The report's width for an object: what is longer ends in "...". */
  private static String cut(String text) {
    return text.length() <= 120 ? text : text.substring(0, 117) + "...";
  }

  @ExtendWith(ForgeryExtension.class)
  static class DynamicTestCase {
    @org.junit.jupiter.api.TestFactory
    List<org.junit.jupiter.api.DynamicTest> factory(@Forged(size = 2) List<String> emails) {
      return List.of(
          org.junit.jupiter.api.DynamicTest.dynamicTest(
              "dynamic",
              () -> {
                throw new IllegalStateException("dynamic " + emails.get(0));
              }));
    }
  }

  @Test
  void aFailedDynamicTestReportsItsFactorysSeedAndValues() {
    Throwable failure = Kit.onlyFailure(Kit.run(DynamicTestCase.class, "forgery.seed", "4"));
    assertThat(failure).isExactlyInstanceOf(IllegalStateException.class);
    String email = failure.getMessage().substring("dynamic ".length());
    assertThat(failure.getSuppressed()[0].getMessage())
        .contains("DynamicTestCase > factory(List)")
        .contains("emails = [\"" + email + "\"");
  }
}
