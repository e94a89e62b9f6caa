/**
 * The structured-data engine behind {@code dev.forgery.Schema} and Java records: parsing and
 * validating field types once, compiling them into arrays of field generators, per-row seeding so
 * that row {@code i} depends only on the dataset seed and {@code i}, Java record plans, columnar
 * batches and the CSV and JSON Lines writers.
 */
package dev.forgery.internal.engine;
