/** Embedded data tables: loading, caching and weighted drawing. */
package dev.forgery.internal.data;
