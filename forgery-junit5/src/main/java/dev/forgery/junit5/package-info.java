/**
 * forgery's JUnit Jupiter extension: {@link dev.forgery.junit5.ForgeryExtension} injects seeded
 * fakers and pre-generated batches into {@link dev.forgery.junit5.Forged @Forged} parameters and
 * fields, prints each failed test's seed where failures are read, and replays it; {@link
 * dev.forgery.junit5.Seed @Seed} pins a seed in code.
 *
 * <pre>{@code
 * @ExtendWith(ForgeryExtension.class)
 * class SignupTest {
 *   @Test
 *   void acceptsNewUsers(@Forged List<String> emails, @Forged("safe_email") String owner) { ... }
 * }
 * }</pre>
 */
package dev.forgery.junit5;
