/**
 * Dates, date-times and dates of birth, drawn without reference to the clock or the time zone so
 * that a seed gives the same values on every day and every machine.
 */
package dev.forgery.internal.provider.datetime;
