/** Telephone numbers in the fictional ranges of each numbering plan. */
package dev.forgery.internal.provider.phone;
