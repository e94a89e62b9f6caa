/** Providers of book titles, authors and genres. */
package dev.forgery.internal.provider.books;
