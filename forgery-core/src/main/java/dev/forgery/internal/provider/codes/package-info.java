/**
 * Providers of ISBNs, EANs, VINs, IMEIs, currency codes and strings of letters or alphanumerics.
 */
package dev.forgery.internal.provider.codes;
