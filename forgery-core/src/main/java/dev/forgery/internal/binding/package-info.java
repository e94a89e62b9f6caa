/**
 * The test a thread is running, as far as data made without a seed is concerned: forgery's JUnit
 * extension binds each test here, and {@code new Faker()} and the {@code Forgery} shortcuts draw
 * their seeds from the bound test's seed. Exported to the JUnit extension alone; core knows nothing
 * of JUnit.
 */
package dev.forgery.internal.binding;
