package dev.forgery.internal.schema;

import dev.forgery.Faker;
import dev.forgery.internal.random.RandomSource;

/**
 * A private faker and the generator behind it, owned by one thread: cells reseed {@code random} and
 * then draw from {@code faker}.
 *
 * @param faker a faker whose source of randomness is {@code random}
 * @param random the generator, reseeded for every cell
 */
public record Worker(Faker faker, RandomSource random) {}
