/** Internet identifiers: email addresses and domains. */
package dev.forgery.internal.provider.internet;
