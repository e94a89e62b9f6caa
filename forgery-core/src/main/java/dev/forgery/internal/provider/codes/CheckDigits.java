package dev.forgery.internal.provider.codes;

import java.nio.charset.StandardCharsets;

/**
 * The check digits of the codes this package draws, computed over ASCII bytes: GS1's mod 10 (EAN,
 * ISBN-13), ISBN-10's mod 11, Luhn's (IMEI) and the VIN's mod 11 of ISO 3779 and 49 CFR 565.
 */
final class CheckDigits {
  private CheckDigits() {}

  /** Luhn's value of a doubled digit: {@code 2d}, less 9 when that has two digits. */
  private static final int[] DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

  /**
   * The GS1 check digit of {@code code[0, count)}: weights 3 and 1 alternate from the rightmost
   * digit, which weighs 3; the check digit makes the sum a multiple of 10.
   *
   * @param code ASCII digits
   * @param count how many digits precede the check digit
   * @return the check digit, {@code '0'..'9'}
   */
  static byte gs1(byte[] code, int count) {
    int sum = 0;
    for (int i = count - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
      sum += (code[i] - '0') * weight;
    }
    return (byte) ('0' + (10 - sum % 10) % 10);
  }

  /**
   * The ISBN-10 check digit of nine digits: it makes the sum of each digit times its position,
   * {@code 1..10}, a multiple of 11; ten is written {@code X}.
   *
   * @param code nine ASCII digits from index 0
   * @return the check digit, {@code '0'..'9'} or {@code 'X'}
   */
  static byte isbn10(byte[] code) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (code[i] - '0') * (i + 1);
    }
    int check = sum % 11; // since 10 = -1 (mod 11), the tenth digit weighs -1
    return (byte) (check == 10 ? 'X' : '0' + check);
  }

  /**
   * The Luhn check digit of {@code code[0, count)}: every second digit from the rightmost is
   * doubled, and the check digit makes the sum a multiple of 10.
   *
   * @param code ASCII digits
   * @param count how many digits precede the check digit
   * @return the check digit, {@code '0'..'9'}
   */
  static byte luhn(byte[] code, int count) {
    int sum = 0;
    boolean doubled = true;
    for (int i = count - 1; i >= 0; i--) {
      int d = code[i] - '0';
      sum += doubled ? DOUBLED[d] : d;
      doubled = !doubled;
    }
    return (byte) ('0' + (10 - sum % 10) % 10);
  }

  /** The weight of each VIN position; position 9, the check digit itself, weighs nothing. */
  static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /**
   * The value of a VIN character: a digit is itself; letters count 1..9 in three runs that restart
   * at {@code A}, {@code J} and {@code S} ({@code S} is 2), skipping the values of the letters a
   * VIN never uses ({@code I}, {@code O}, {@code Q}).
   *
   * @param c a digit or an upper-case letter
   * @return the value, {@code 0..9}
   */
  static int vinValue(byte c) {
    if (c <= '9') {
      return c - '0';
    }
    int index = c - 'A';
    return index < 9 ? index + 1 : index < 18 ? index - 8 : index - 16;
  }

  /**
   * The check digit of a VIN: the sum of each character's value times its position's weight, modulo
   * 11, ten written {@code X}.
   *
   * @param vin seventeen ASCII characters; the one at index 8 is ignored
   * @return the check digit, {@code '0'..'9'} or {@code 'X'}
   */
  static byte vin(byte[] vin) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += vinValue(vin[i]) * VIN_WEIGHTS[i];
    }
    return vinCheck(sum);
  }

  /**
   * The check digit of a VIN whose weighted sum of values is {@code sum}.
   *
   * @param sum the sum of each character's value times its position's weight, {@code >= 0}
   * @return the check digit, {@code '0'..'9'} or {@code 'X'}
   */
  static byte vinCheck(int sum) {
    return MOD11_DIGITS[sum % 11];
  }

  /** The check digit of each remainder modulo 11: a table, as ten is not a digit. */
  private static final byte[] MOD11_DIGITS = "0123456789X".getBytes(StandardCharsets.US_ASCII);
}
