/** Implementation details of forgery; not exported, no compatibility promise. */
package dev.forgery.internal;
