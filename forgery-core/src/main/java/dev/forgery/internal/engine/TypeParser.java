package dev.forgery.internal.engine;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Lookup;
import dev.forgery.internal.registry.ProviderDef;
import java.util.List;

/**
 * Turns a field's type name and arguments into a {@link Generator}, once, at schema build time. A
 * type is any provider name or alias ({@code int} is {@code integer}); its definition checks the
 * arguments.
 *
 * <p>Every error is an {@link IllegalArgumentException} whose message starts with {@code field
 * '<name>'} and says what would be valid.
 */
public final class TypeParser {
  private TypeParser() {}

  /**
   * Parses one field.
   *
   * @param field the field name, for messages
   * @param type the type name in any spelling
   * @param args the type's arguments
   * @param lookup the providers the type may name
   * @return the generator
   * @throws IllegalArgumentException if the type is unknown or the arguments do not fit it
   */
  public static Generator parse(String field, String type, List<?> args, Lookup lookup) {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException(
          "field '" + field + "': type must not be blank; known types: " + lookup.names());
    }
    ProviderDef def = lookup.find(type);
    if (def == null) {
      throw new IllegalArgumentException(
          "field '"
              + field
              + "': unknown type '"
              + type
              + "'"
              + Suggestions.closest(type, lookup.names())
              + "; known types: "
              + lookup.names());
    }
    return def.bind(lookup, args, "field '" + field + "' (" + type + ")");
  }
}
