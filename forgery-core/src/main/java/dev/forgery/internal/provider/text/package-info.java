/**
 * Words, sentences, paragraphs and texts built from a weighted list of common English words.
 *
 * <p>Text is assembled straight into bytes from pre-encoded words, because string concatenation per
 * word is what makes a sentence cost hundreds of nanoseconds elsewhere.
 */
package dev.forgery.internal.provider.text;
