package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.objects.Status;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An enum property is overridden by the names of its constants, checked when declared. */
class EnumOverridesTest {
  record Account(String email, Status status, List<Status> history) {}

  record Holder(Account account, Status status) {}

  private static Set<Status> statuses(List<Account> accounts) {
    return accounts.stream().map(Account::status).collect(Collectors.toSet());
  }

  @Test
  void constantNamesFillAnEnumByPathSelectorAndElement() {
    Faker faker = new Faker("en_US", 5L);
    Schema byPath = Schema.builder().field("status", "choice", "ACTIVE", "CLOSED").build();
    assertThat(statuses(faker.records(500, Account.class, byPath)))
        .containsExactlyInAnyOrder(Status.ACTIVE, Status.CLOSED);
    Schema bySelector = Schema.builder().field("Status *", "choice", "SUSPENDED").build();
    List<Holder> holders = faker.records(100, Holder.class, bySelector);
    assertThat(holders)
        .allMatch(h -> h.status() == Status.SUSPENDED && h.account().status() == Status.SUSPENDED);
    Schema byElement = Schema.builder().field("history[]", "choice", "CLOSED").build();
    assertThat(faker.records(20, Account.class, byElement))
        .allSatisfy(a -> assertThat(a.history()).hasSize(10).containsOnly(Status.CLOSED));
  }

  @Test
  void weightedNamesKeepTheirWeights() {
    Schema weighted =
        Schema.builder().field("status", "choice", Map.of("ACTIVE", 9, "CLOSED", 1)).build();
    List<Account> accounts = new Faker("en_US", 6L).records(5_000, Account.class, weighted);
    long active = accounts.stream().filter(a -> a.status() == Status.ACTIVE).count();
    assertThat(active).isBetween(4_300L, 4_700L);
  }

  @Test
  void aModelMayOverrideAnEnumByName() {
    Faker faker = new Faker("en_US", 7L);
    faker.register(
        "closedAccount",
        Account.class,
        Schema.builder().field("status", "choice", "CLOSED").build());
    assertThat(((Account) faker.generate("closedAccount")).status()).isEqualTo(Status.CLOSED);
  }

  @Test
  void anUnknownNameFailsWhenDeclaredListingTheConstantsAndTheClosest() {
    Faker faker = new Faker("en_US", 8L);
    Schema typo = Schema.builder().field("status", "choice", "ACTIVE", "SUSPENDD").build();
    assertThatThrownBy(() -> faker.records(0, Account.class, typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("component 'status'")
        .hasMessageContaining("'SUSPENDD' is not a constant of " + Status.class.getName())
        .hasMessageContaining("did you mean 'SUSPENDED'?")
        .hasMessageContaining("its constants are [ACTIVE, SUSPENDED, CLOSED]");
    Schema lowerCase = Schema.builder().field("Status *", "choice", "active").build();
    assertThatThrownBy(() -> faker.register("m", Holder.class, lowerCase))
        .hasMessageContaining("'active' is not a constant")
        .hasMessageContaining("did you mean 'ACTIVE'?");
  }
}
