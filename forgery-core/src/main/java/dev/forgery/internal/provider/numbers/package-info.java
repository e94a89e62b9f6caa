/** Numbers and booleans with inclusive or half-open bounds. */
package dev.forgery.internal.provider.numbers;
