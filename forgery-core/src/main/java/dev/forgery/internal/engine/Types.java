package dev.forgery.internal.engine;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Generic types made concrete: the type variables of a class and of its superclasses bound to what
 * the requested type says ({@code Page<Customer>} binds {@code Page}'s {@code T} to {@code
 * Customer}, and a {@code Page<T> extends Slice<T>} passes it on to {@code Slice}'s), and a
 * property's declared type resolved through those bindings. What the walk of an object sees is then
 * only classes, parameterized types of them and arrays, never a variable.
 *
 * <p>A variable nothing binds (a raw {@code Page.class}) stays a {@link TypeVariable}, and the walk
 * reports it with the property that needs it.
 */
final class Types {
  private Types() {}

  /**
   * Returns the bindings of the type variables of {@code type}'s class and of every superclass.
   *
   * @param type a class or a parameterized type
   * @return variable to type, unbound variables absent
   */
  static Map<TypeVariable<?>, Type> bindings(Type type) {
    Map<TypeVariable<?>, Type> out = new HashMap<>();
    Type current = type;
    while (current != null) {
      Class<?> raw = raw(current);
      if (raw == null || raw == Object.class) {
        break;
      }
      if (current instanceof ParameterizedType) {
        Type[] args = ((ParameterizedType) current).getActualTypeArguments();
        TypeVariable<?>[] vars = raw.getTypeParameters();
        Type[] resolved = new Type[args.length];
        for (int i = 0; i < args.length; i++) {
          resolved[i] = resolve(args[i], out);
        }
        for (int i = 0; i < vars.length && i < resolved.length; i++) {
          if (!(resolved[i] instanceof TypeVariable)) {
            out.put(vars[i], resolved[i]);
          }
        }
      }
      current = raw.getGenericSuperclass();
    }
    return out;
  }

  /**
   * Replaces the bound type variables in {@code type}; a wildcard becomes its bound ({@code ?
   * extends Number} is {@code Number}, {@code ? super Integer} is {@code Integer}).
   *
   * @param type a declared type
   * @param bindings from {@link #bindings}
   * @return the type, with unbound variables left in place
   */
  static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (type instanceof Class) {
      return type;
    }
    if (type instanceof TypeVariable) {
      Type bound = bindings.get(type);
      return bound == null ? type : bound;
    }
    if (type instanceof WildcardType) {
      WildcardType wildcard = (WildcardType) type;
      Type[] lower = wildcard.getLowerBounds();
      return resolve(lower.length > 0 ? lower[0] : wildcard.getUpperBounds()[0], bindings);
    }
    if (type instanceof GenericArrayType) {
      Type component = resolve(((GenericArrayType) type).getGenericComponentType(), bindings);
      if (component instanceof Class) {
        return java.lang.reflect.Array.newInstance((Class<?>) component, 0).getClass();
      }
      return new ArrayOf(component);
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type[] args = p.getActualTypeArguments();
      Type[] resolved = new Type[args.length];
      boolean changed = false;
      for (int i = 0; i < args.length; i++) {
        resolved[i] = resolve(args[i], bindings);
        changed |= resolved[i] != args[i];
      }
      return changed ? new Parameterized((Class<?>) p.getRawType(), resolved, p.getOwnerType()) : p;
    }
    return type;
  }

  /**
   * Returns the class of a type: the raw class of a parameterized type, the array class of an array
   * of one, {@code null} for a variable.
   *
   * @param type a resolved type
   * @return the class, or {@code null}
   */
  static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    if (type instanceof GenericArrayType) {
      Class<?> component = raw(((GenericArrayType) type).getGenericComponentType());
      return component == null
          ? null
          : java.lang.reflect.Array.newInstance(component, 0).getClass();
    }
    return null;
  }

  /**
   * Returns the element type of an array type.
   *
   * @param type an array class or generic array type
   * @return the component type
   */
  static Type component(Type type) {
    if (type instanceof GenericArrayType) {
      return ((GenericArrayType) type).getGenericComponentType();
    }
    return ((Class<?>) type).getComponentType();
  }

  /**
   * Returns type argument {@code i} of a parameterized type, or {@code null} if the type is raw.
   *
   * @param type a resolved type
   * @param i the argument's position
   * @return the argument or {@code null}
   */
  static Type argument(Type type, int i) {
    if (type instanceof ParameterizedType) {
      Type[] args = ((ParameterizedType) type).getActualTypeArguments();
      return i < args.length ? args[i] : null;
    }
    return null;
  }

  /**
   * Returns the first type variable left in {@code type}, or {@code null} if it is concrete.
   *
   * @param type a resolved type
   * @return a variable or {@code null}
   */
  static TypeVariable<?> unbound(Type type) {
    if (type instanceof TypeVariable) {
      return (TypeVariable<?>) type;
    }
    if (type instanceof ParameterizedType) {
      for (Type arg : ((ParameterizedType) type).getActualTypeArguments()) {
        TypeVariable<?> v = unbound(arg);
        if (v != null) {
          return v;
        }
      }
    }
    if (type instanceof GenericArrayType) {
      return unbound(((GenericArrayType) type).getGenericComponentType());
    }
    return null;
  }

  /** A parameterized type with its variables replaced. */
  private static final class Parameterized implements ParameterizedType {
    private final Class<?> raw;
    private final Type[] args;
    private final Type owner;

    Parameterized(Class<?> raw, Type[] args, Type owner) {
      this.raw = raw;
      this.args = args;
      this.owner = owner;
    }

    @Override
    public Type[] getActualTypeArguments() {
      return args.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return owner;
    }

    /** Equal to any parameterized type with the same parts, as the JDK's own are. */
    @Override
    public boolean equals(Object o) {
      if (!(o instanceof ParameterizedType)) {
        return false;
      }
      ParameterizedType p = (ParameterizedType) o;
      return raw.equals(p.getRawType())
          && Objects.equals(owner, p.getOwnerType())
          && Arrays.equals(args, p.getActualTypeArguments());
    }

    /** The JDK's formula, so that both kinds hash alike. */
    @Override
    public int hashCode() {
      return Arrays.hashCode(args) ^ Objects.hashCode(owner) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(raw.getName()).append('<');
      for (int i = 0; i < args.length; i++) {
        sb.append(i == 0 ? "" : ", ").append(args[i].getTypeName());
      }
      return sb.append('>').toString();
    }
  }

  /** An array of a parameterized type, with its variables replaced. */
  private static final class ArrayOf implements GenericArrayType {
    private final Type component;

    ArrayOf(Type component) {
      this.component = component;
    }

    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GenericArrayType
          && component.equals(((GenericArrayType) o).getGenericComponentType());
    }

    @Override
    public int hashCode() {
      return component.hashCode();
    }

    @Override
    public String toString() {
      return component.getTypeName() + "[]";
    }
  }
}
