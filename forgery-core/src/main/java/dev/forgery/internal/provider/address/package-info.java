/**
 * Postal addresses and their parts (streets, house numbers, secondary units), cities, states,
 * counties, ZIP codes, countries and coordinates.
 */
package dev.forgery.internal.provider.address;
