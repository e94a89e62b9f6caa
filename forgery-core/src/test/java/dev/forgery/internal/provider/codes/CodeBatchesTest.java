package dev.forgery.internal.provider.codes;

import static dev.forgery.internal.provider.BatchChecks.sameAsSingles;

import org.junit.jupiter.api.Test;

/**
 * The batch paths of the codes (strings of an alphabet, VINs) give what single draws give, also
 * when many draws are rejected.
 */
class CodeBatchesTest {
  @Test
  void stringsOfAnAlphabetFollowRejections() {
    for (Alphabet alphabet :
        new Alphabet[] {Alphabet.LETTERS, Alphabet.ALPHANUMERIC, Alphabet.DIGITS, Alphabet.VIN}) {
      for (int length : new int[] {1, 7, 10, 600}) {
        sameAsSingles(
            alphabet.size() + " characters, length " + length,
            (random, seeds, out, at, count) ->
                alphabet.strings(random, seeds, out, at, count, length),
            random -> alphabet.string(random, length),
            length > 100 ? 40 : 1_500);
      }
    }
  }

  @Test
  void vinsFollowRejections() {
    Vins vins = Vins.upTo(2026);
    sameAsSingles("vin", vins::vins, vins::vin, 3_000);
  }
}
