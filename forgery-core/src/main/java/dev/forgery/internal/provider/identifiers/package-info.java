/** Identifiers: UUIDs and hashes. */
package dev.forgery.internal.provider.identifiers;
