/** Personal names: first names, surnames and full names. */
package dev.forgery.internal.provider.names;
