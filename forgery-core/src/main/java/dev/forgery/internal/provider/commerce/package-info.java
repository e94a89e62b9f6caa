/** Providers of products, departments, materials, prices and promotion codes. */
package dev.forgery.internal.provider.commerce;
