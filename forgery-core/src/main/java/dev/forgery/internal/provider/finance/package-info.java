/** Payment card numbers and IBANs with correct check digits. */
package dev.forgery.internal.provider.finance;
