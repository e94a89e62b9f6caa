/**
 * What the JUnit extension costs per test: a repeated test run through the JUnit Platform Launcher
 * with no extension, with forgery's, with Instancio's, and with a Datafaker field called by hand.
 * The test classes live here, in main sources, so that the benchmark jar holds them; their names do
 * not end in {@code Test}, and Surefire only looks at test sources anyway.
 */
package dev.forgery.benchmarks.overhead;
