/** JMH benchmarks of forgery against Datafaker 2.7.0 and hand-written floors. */
package dev.forgery.benchmarks;
