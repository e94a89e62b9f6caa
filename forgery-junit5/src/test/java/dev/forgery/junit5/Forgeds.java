package dev.forgery.junit5;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;

/** {@code @Forged} instances made at run time, as the compiler would make them. */
final class Forgeds {
  private Forgeds() {}

  /**
   * An instance of {@code @Forged} with the given members and every other at its default.
   *
   * @param members member name to value, e.g. {@code "value", "email"}
   * @return the annotation
   */
  static Forged of(Map<String, Object> members) {
    return (Forged)
        Proxy.newProxyInstance(
            Forged.class.getClassLoader(),
            new Class<?>[] {Forged.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "annotationType":
                  return Forged.class;
                case "hashCode":
                  return members.hashCode();
                case "equals":
                  return proxy == args[0];
                case "toString":
                  return "@" + Forged.class.getName() + members;
                default:
                  Object value = members.get(method.getName());
                  if (value == null) {
                    value = method.getDefaultValue();
                  }
                  return value instanceof String[] ? ((String[]) value).clone() : value;
              }
            });
  }

  /** {@code raw<arguments>}, e.g. {@code Supplier<UUID>} or {@code Map<Integer, String>}. */
  static ParameterizedType generic(Class<?> raw, Type... arguments) {
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return arguments.clone();
      }

      @Override
      public Type getRawType() {
        return raw;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }

      @Override
      public String getTypeName() {
        StringBuilder name = new StringBuilder(raw.getName()).append('<');
        for (int i = 0; i < arguments.length; i++) {
          name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
        }
        return name.append('>').toString();
      }

      @Override
      public String toString() {
        return getTypeName();
      }
    };
  }

  /** {@code @Forged(value)}. */
  static Forged named(String value) {
    return of(Map.of("value", value));
  }

  /** Checks the instances keep the annotation's defaults: a member added later gets one. */
  static boolean hasDefaults(Forged forged) {
    return forged.size() == 10
        && forged.locale().isEmpty()
        && forged.min().isEmpty()
        && forged.max().isEmpty()
        && Arrays.equals(forged.oneOf(), new String[0])
        && !forged.unique();
  }
}
