/**
 * forgery: realistic fake data, batch-first and seeded.
 *
 * <p>Start with {@link dev.forgery.Faker} for a seeded generator you own, or {@link
 * dev.forgery.Forgery} for one-line shortcuts to a shared instance.
 */
package dev.forgery;
