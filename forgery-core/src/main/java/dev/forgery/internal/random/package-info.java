/** forgery's own random number generators, independent of the JDK's algorithms. */
package dev.forgery.internal.random;
