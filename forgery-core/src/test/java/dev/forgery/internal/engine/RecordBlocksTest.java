package dev.forgery.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.Customer;
import dev.forgery.fixtures.Person;
import dev.forgery.fixtures.objects.CustomerBean;
import dev.forgery.internal.provider.BuiltIns;
import dev.forgery.internal.random.SplitMix64;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Lookup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Objects made by the block engine equal the objects made one cell at a time. */
class RecordBlocksTest {
  private static final Lookup EN_US = BuiltIns.registry("en_US");

  /** Rows {@code [0, n)} of the dataset {@code base}, each component drawn on its own. */
  private static List<Object> cellByCell(RecordPlan plan, long base, int n) {
    SplitMix64 worker = new SplitMix64(0);
    List<Object> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object[] values = new Object[plan.schema().fields().size()];
      plan.schema().fill(worker, base, i, values);
      records.add(plan.sink().make(values));
    }
    return records;
  }

  @Test
  void blocksSequentialAndParallelEqualCellByCell() {
    for (Class<?> type : List.of(Person.class, Customer.class, CustomerBean.class)) {
      RecordPlan plan = RecordPlan.of(type, EN_US, List.of());
      int n = type == Person.class ? 20_000 : 3_000;
      List<Object> cells = cellByCell(plan, 42L, n);
      assertThat(Batches.<Object>javaRecords(plan, () -> 42L, n)).isEqualTo(cells);
      assertThat(Batches.<Object>javaRecords(plan, () -> 42L, n, true)).isEqualTo(cells);
    }
  }

  record Ticket(long number, String code) {}

  @Test
  void aUniqueConvertedOverrideFillsItsWholeDomain() {
    Generator ints = TypeParser.parse("number", "int", List.of(1, 30), EN_US);
    FieldSpec override = FieldSpec.of("number", "int", ints).asUnique();
    FieldSpec code =
        FieldSpec.of("code", "uuid", TypeParser.parse("code", "uuid", List.of(), EN_US));
    RecordPlan plan = RecordPlan.of(Ticket.class, EN_US, List.of(override, code));
    List<Ticket> tickets = Batches.javaRecords(plan, () -> 7L, 30, true);
    assertThat(tickets).extracting(Ticket::number).doesNotHaveDuplicates().hasSize(30);
    assertThat(tickets).extracting(Ticket::number).allMatch(v -> v >= 1 && v <= 30);
    assertThat(tickets).extracting(Ticket::code).allMatch(c -> c.length() == 36);
    assertThat(Batches.<Ticket>javaRecords(plan, () -> 7L, 30, false)).isEqualTo(tickets);
  }

  @Test
  void componentsAreMadeFromTheirSeedOnly() {
    Generator emails = TypeParser.parse("e", "email", List.of(), EN_US);
    CollectionComponent list =
        new CollectionComponent(emails, Container.of(List.class, false, String.class));
    assertThat(list.valueType()).isEqualTo(List.class);
    assertThat(list.toString()).startsWith("List<");
    assertThatThrownBy(() -> list.next(new SplitMix64(1)))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("made from its cell's seed");
    FieldSpec nullable = FieldSpec.of("emails", "List<String>", list).withNullRate(0.5);
    assertThatThrownBy(() -> new CompiledSchema(List.of(nullable), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be null");
  }
}
