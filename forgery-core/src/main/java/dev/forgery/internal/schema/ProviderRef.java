package dev.forgery.internal.schema;

import dev.forgery.Faker;
import java.util.function.Function;

/**
 * A provider a schema type can name: a built-in one from the catalogue or one registered on a
 * faker.
 *
 * @param name the canonical name
 * @param type the value type
 * @param single draws one value from the faker it is given
 */
public record ProviderRef(String name, Class<?> type, Function<Faker, ?> single) {}
