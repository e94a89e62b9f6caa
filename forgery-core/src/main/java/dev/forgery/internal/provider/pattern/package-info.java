/**
 * Strings drawn from a pattern: {@code #} a digit, {@code ?} a letter ({@code numerify}, {@code
 * letterify}, {@code bothify}), digit strings of a length, and longs in a range.
 */
package dev.forgery.internal.provider.pattern;
