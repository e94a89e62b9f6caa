/**
 * Internals of the JUnit extension shared with the run-level listener: seed arithmetic, settings,
 * the run seed and what its hint replays (per fork), the failure report, the run report and the
 * launcher listener that prints it. Not exported; may change in any release.
 */
package dev.forgery.junit5.internal;
