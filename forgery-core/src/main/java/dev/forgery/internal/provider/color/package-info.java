/** Colour names with their real values, and random hex and rgb() colours. */
package dev.forgery.internal.provider.color;
