package dev.forgery.internal.engine;

/**
 * The arrays of a columnar batch, as {@link ColumnSink} makes them.
 *
 * @param names field names
 * @param arrays one array per field
 * @param nulls per field, a null mask or {@code null} if the field is never null
 * @param size the number of rows
 */
public record Columns(String[] names, Object[] arrays, boolean[][] nulls, int size) {}
