package dev.forgery.internal.provider.web;

import static dev.forgery.internal.provider.BatchChecks.sameAsSingles;

import org.junit.jupiter.api.Test;

/** A batch of passwords gives what single draws give, also when many draws are rejected. */
class PasswordBatchesTest {
  @Test
  void batchesFollowRejections() {
    int[][] policies = {{12, 16}, {4, 80}, {1, 3}, {1000, 1024}};
    for (int[] lengths : policies) {
      boolean all = lengths[0] >= 4;
      Passwords policy = new Passwords(lengths[0], lengths[1], all, all && lengths[1] > 16, all);
      sameAsSingles(lengths[0] + ".." + lengths[1], policy::draws, policy::draw, 300);
    }
  }
}
