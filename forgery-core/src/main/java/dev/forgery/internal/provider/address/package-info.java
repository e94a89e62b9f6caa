/** Postal addresses, cities, states, ZIP codes and countries. */
package dev.forgery.internal.provider.address;
