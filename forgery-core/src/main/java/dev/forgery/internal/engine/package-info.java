/**
 * The structured-data engine behind {@code dev.forgery.Schema} and Java objects, split by job:
 * {@link dev.forgery.internal.engine.TypeParser} and {@link dev.forgery.internal.engine.FieldSpec}
 * validate a schema's fields once; {@link dev.forgery.internal.engine.CompiledSchema} holds them as
 * arrays and says what a cell is; {@link dev.forgery.internal.engine.RecordPlan} compiles a Java
 * type (a record, a constructor class, a bean, a class of fields, generic ones with their type
 * arguments) to the same thing plus the method handles that make its objects, found by {@code
 * Blueprint}, {@code Types} and {@code ObjectWalker}; a block scheduler fills rows a block at a
 * time, sequentially or on the common pool with the same values; sinks make the rows into maps,
 * tuples, columns, records, a lazy stream or CSV and JSON Lines; one uniqueness pass serves every
 * output; and {@link dev.forgery.internal.engine.Batches} is the entry point the facade calls. Row
 * {@code i} depends only on the dataset seed and {@code i} ({@link
 * dev.forgery.internal.engine.Seeds}).
 */
package dev.forgery.internal.engine;
