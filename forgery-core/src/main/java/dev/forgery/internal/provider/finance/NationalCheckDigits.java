package dev.forgery.internal.provider.finance;

/**
 * The check digits some countries put inside the BBAN, beyond the IBAN's own mod-97: the two
 * "dígitos de control" of a Spanish account and the CIN letter of an Italian one. {@link Ibans}
 * draws the BBAN at random, then {@link #apply} overwrites these positions with the values the
 * national rule gives, so the IBAN passes the bank's own check as well as the international one.
 */
final class NationalCheckDigits {
  /** Weights of the Spanish DC over ten digits, from the left. */
  private static final int[] SPAIN_WEIGHTS = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};

  /**
   * The values of the characters at odd positions (first, third, ...) of an Italian CIN, by digit
   * ({@code 0}-{@code 9}) or letter ({@code A}-{@code Z}, which share the digits' first ten
   * values).
   */
  private static final int[] ITALY_ODD = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };

  private NationalCheckDigits() {}

  /**
   * Tells whether a country has national check digits this class computes.
   *
   * @param first the first letter of the country code
   * @param second the second letter
   * @return whether {@link #apply} changes the country's IBANs
   */
  static boolean has(byte first, byte second) {
    return first == 'E' && second == 'S' || first == 'I' && second == 'T';
  }

  /**
   * Writes the national check digits of an IBAN whose BBAN starts at index 4.
   *
   * @param iban the IBAN's characters; its country is one {@link #has} accepts
   */
  static void apply(byte[] iban) {
    if (iban[0] == 'E') {
      spain(iban);
    } else {
      italy(iban);
    }
  }

  /**
   * Spain: bank (4), branch (4), DC (2), account (10). The first DC digit checks "00" + bank +
   * branch, the second the account; each is 11 minus the weighted sum modulo 11, 11 giving 0 and 10
   * giving 1.
   */
  private static void spain(byte[] iban) {
    int bankAndBranch = 0;
    for (int i = 0; i < 8; i++) {
      bankAndBranch += (iban[4 + i] - '0') * SPAIN_WEIGHTS[i + 2];
    }
    int account = 0;
    for (int i = 0; i < 10; i++) {
      account += (iban[14 + i] - '0') * SPAIN_WEIGHTS[i];
    }
    iban[12] = (byte) ('0' + spanishDigit(bankAndBranch));
    iban[13] = (byte) ('0' + spanishDigit(account));
  }

  private static int spanishDigit(int sum) {
    int digit = 11 - sum % 11;
    return digit == 11 ? 0 : digit == 10 ? 1 : digit;
  }

  /**
   * Italy: CIN (1 letter), ABI (5), CAB (5), account (12). The CIN is the letter of the sum, modulo
   * 26, of the 22 characters after it, those at odd positions by {@link #ITALY_ODD} and those at
   * even positions by their own value (digit, or letter with A = 0).
   */
  private static void italy(byte[] iban) {
    int sum = 0;
    for (int i = 0; i < 22; i++) {
      byte c = iban[5 + i];
      int value = c <= '9' ? c - '0' : c - 'A';
      sum += (i & 1) == 0 ? ITALY_ODD[value] : value;
    }
    iban[4] = (byte) ('A' + sum % 26);
  }
}
