package dev.forgery.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forgery.Faker;
import dev.forgery.Forgery;
import dev.forgery.junit5.ForgeryExtension;
import dev.forgery.junit5.Seed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A builder (test data builder, or object mother) that draws its defaults from {@code Forgery.*}
 * and {@code new Faker()}, and is replayed by the test's seed.
 *
 * <p>The situation: a code base with builders such as {@code anInvoice().paid().build()} that fill
 * every field a test does not care about. Those builders hold no seed and need no parameter: inside
 * a test run by {@link ForgeryExtension}, {@code Forgery.*} and an unseeded {@code new Faker()}
 * draw from the test's own seed. So the {@code @Seed} printed when a test fails replays what its
 * builders made too; the first two tests below show it, the same seed giving the same invoice.
 */
@ExtendWith(ForgeryExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObjectMotherExampleTest {

  /** The domain type. */
  record Invoice(
      String customer, String email, BigDecimal amount, LocalDate issued, boolean paid) {}

  /** The builder: no seed anywhere, only sensible forged defaults and fluent overrides. */
  static final class InvoiceBuilder {
    private String customer = Forgery.fake().name();
    private String email = Forgery.fake().safeEmail();
    private BigDecimal amount = new Faker().price(); // an unseeded faker takes the test's stream
    private LocalDate issued = Forgery.fake().pastDate(90);
    private boolean paid;

    static InvoiceBuilder anInvoice() {
      return new InvoiceBuilder();
    }

    InvoiceBuilder paid() {
      this.paid = true;
      return this;
    }

    InvoiceBuilder amount(String amount) {
      this.amount = new BigDecimal(amount);
      return this;
    }

    Invoice build() {
      return new Invoice(customer, email, amount, issued, paid);
    }
  }

  /** What the first test built, for the second to compare: a demonstration, not a pattern. */
  private static final List<Invoice> BUILT_UNDER_SEED = new ArrayList<>();

  @Test
  @Order(1)
  @Seed(0x5EEDL)
  void buildsAnInvoiceUnderASeed() {
    Invoice invoice = InvoiceBuilder.anInvoice().paid().build();
    Invoice other = InvoiceBuilder.anInvoice().amount("12.50").build();

    assertThat(invoice.paid()).isTrue();
    assertThat(other.amount()).isEqualByComparingTo("12.50");
    assertThat(invoice.issued()).isBefore(LocalDate.now().plusDays(2));
    BUILT_UNDER_SEED.add(invoice);
    BUILT_UNDER_SEED.add(other);
  }

  @Test
  @Order(2)
  @Seed(0x5EEDL) // the same seed as above: the builder makes the same invoices again
  void theSameSeedReplaysTheBuilder() {
    Invoice invoice = InvoiceBuilder.anInvoice().paid().build();
    Invoice other = InvoiceBuilder.anInvoice().amount("12.50").build();

    assertThat(List.of(invoice, other)).isEqualTo(BUILT_UNDER_SEED);
  }

  @Test
  @Order(3)
  @Seed(0xD1FFL) // another seed, other invoices
  void anotherSeedBuildsOtherInvoices() {
    Invoice invoice = InvoiceBuilder.anInvoice().paid().build();

    assertThat(BUILT_UNDER_SEED).isNotEmpty();
    assertThat(invoice).isNotEqualTo(BUILT_UNDER_SEED.get(0));
  }
}
