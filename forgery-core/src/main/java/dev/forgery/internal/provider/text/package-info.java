/**
 * Words, sentences, paragraphs and texts built from a weighted list of common words of the locale's
 * language: written with spaces between words for the European languages, run together with {@code
 * 。} ending each sentence for Japanese.
 *
 * <p>Text is assembled straight into a buffer from pre-encoded words, because string concatenation
 * per word is what makes a sentence cost hundreds of nanoseconds elsewhere.
 */
package dev.forgery.internal.provider.text;
