/** Providers of passwords, file names and extensions, MIME types, slugs and user agents. */
package dev.forgery.internal.provider.web;
