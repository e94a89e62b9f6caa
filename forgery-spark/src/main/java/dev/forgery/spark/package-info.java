/**
 * Spark Datasets of forgery records: {@link dev.forgery.spark.ForgerySpark#dataset} makes the rows
 * of a schema by partitions, each partition its own slice, equal row for row to the rows one JVM
 * makes.
 */
package dev.forgery.spark;
