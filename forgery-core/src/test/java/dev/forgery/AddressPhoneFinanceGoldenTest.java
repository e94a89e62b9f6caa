package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Pins a few seed-to-value pairs so that an accidental change of output is seen. A deliberate
 * change updates these values and is noted in CHANGELOG.md.
 */
class AddressPhoneFinanceGoldenTest {
  @Test
  void seed42GivesTheseValues() {
    Faker faker = new Faker("en_US", 42L);
    assertThat(faker.address()).isEqualTo("2 Orchard St, Swannanoa, NC 28778");
    assertThat(faker.streetAddress()).isEqualTo("13422 4th St Unit 15");
    assertThat(faker.city()).isEqualTo("Casa Grande");
    assertThat(faker.state()).isEqualTo("Virginia");
    assertThat(faker.stateAbbr()).isEqualTo("TX");
    assertThat(faker.postcode()).isEqualTo("33730");
    assertThat(faker.country()).isEqualTo("Maldives");
    assertThat(faker.countryCode()).isEqualTo("CV");
    assertThat(faker.phoneNumber()).isEqualTo("+1-606-555-0126 x5138");
    assertThat(faker.creditCardNumber()).isEqualTo("4665101132034301");
    assertThat(faker.creditCardNumber(CardBrand.AMERICAN_EXPRESS)).isEqualTo("374954962809345");
    assertThat(faker.iban()).isEqualTo("DE91632941600055734671");
    assertThat(faker.iban("GB")).isEqualTo("GB58XMRH60375547481933");
  }
}
