/** Company names, job titles and catch phrases. */
package dev.forgery.internal.provider.company;
