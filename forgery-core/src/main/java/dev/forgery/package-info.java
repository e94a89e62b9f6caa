/**
 * forgery: realistic fake data, batch-first and seeded.
 *
 * <p>Start with {@link dev.forgery.Faker} for a seeded generator you own, or {@link
 * dev.forgery.Forgery} for one-line shortcuts to a shared instance, and describe rows or objects
 * with a {@link dev.forgery.Schema}.
 *
 * <pre>{@code
 * Faker faker = new Faker("en_US", 42L);
 * List<String> emails = faker.emails(1_000);
 * Schema schema = Schema.builder().field("name", "name").field("age", "int", 18, 65).build();
 * List<Map<String, Object>> rows = faker.records(10_000, schema);
 * }</pre>
 */
package dev.forgery;
