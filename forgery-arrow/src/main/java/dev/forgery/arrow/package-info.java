/**
 * Columnar output for forgery: column batches as Apache Arrow vectors, data sets as Arrow IPC and
 * Parquet files. See {@link dev.forgery.arrow.ForgeryArrow}.
 */
package dev.forgery.arrow;
