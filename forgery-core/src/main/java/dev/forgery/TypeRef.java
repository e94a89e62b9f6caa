package dev.forgery;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Objects;

/**
 * A generic type, captured by subclassing, for asking forgery for objects of a parameterized class:
 * {@code Page<Customer>} fills every {@code T} of {@code Page} (and of its superclasses) with a
 * {@code Customer}.
 *
 * <pre>{@code
 * Page<Customer> page = faker.record(new TypeRef<Page<Customer>>() {});
 * List<Page<Customer>> pages = faker.records(10, new TypeRef<Page<Customer>>() {});
 * }</pre>
 *
 * <p>Two type references are equal when their types are. Frameworks that already hold a {@link
 * Type} (a field's or a parameter's declared type) use {@link #of(Type)}.
 *
 * @param <T> the type
 * @since 0.1.0
 */
public abstract class TypeRef<T> {
  private final Type type;

  /**
   * Captures the type argument of the anonymous subclass being created.
   *
   * @throws IllegalArgumentException if the subclass names no type argument ({@code new TypeRef()
   *     {}}) or a type variable ({@code new TypeRef<T>() {}} inside a generic method, where {@code
   *     T} is erased)
   * @since 0.1.0
   */
  protected TypeRef() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType)
        || ((ParameterizedType) superclass).getRawType() != TypeRef.class) {
      throw new IllegalArgumentException(
          "a TypeRef must be created as a direct anonymous subclass with a type argument, e.g."
              + " new TypeRef<Page<Customer>>() {}; got "
              + superclass.getTypeName());
    }
    this.type = checked(((ParameterizedType) superclass).getActualTypeArguments()[0]);
  }

  private TypeRef(Type type) {
    this.type = checked(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns a type reference for a type held at run time, such as a field's generic type.
   *
   * <pre>{@code
   * TypeRef<?> ref = TypeRef.of(field.getGenericType());
   * Object value = faker.record(ref);
   * }</pre>
   *
   * @param type a class or parameterized type
   * @return the reference
   * @throws IllegalArgumentException if {@code type} is a type variable
   * @throws NullPointerException if {@code type} is null
   * @since 0.1.0
   */
  public static TypeRef<?> of(Type type) {
    return new Held<Object>(type);
  }

  /**
   * Returns a type reference for a class.
   *
   * @param type the class
   * @param <T> the class's type
   * @return the reference
   * @throws NullPointerException if {@code type} is null
   * @since 0.1.0
   */
  public static <T> TypeRef<T> of(Class<T> type) {
    return new Held<T>(type);
  }

  /**
   * Returns the captured type.
   *
   * @return a class or parameterized type
   * @since 0.1.0
   */
  public final Type type() {
    return type;
  }

  private static Type checked(Type type) {
    if (type instanceof TypeVariable) {
      throw new IllegalArgumentException(
          "type variable "
              + type.getTypeName()
              + " is erased at run time; name the type itself, e.g. new TypeRef<Page<Customer>>()"
              + " {}");
    }
    return type;
  }

  /**
   * Returns whether {@code o} is a type reference to the same type.
   *
   * @param o another object
   * @return whether the types are equal
   * @since 0.1.0
   */
  @Override
  public final boolean equals(Object o) {
    return o instanceof TypeRef && type.equals(((TypeRef<?>) o).type);
  }

  /**
   * Returns the type's hash code.
   *
   * @return the hash code
   * @since 0.1.0
   */
  @Override
  public final int hashCode() {
    return type.hashCode();
  }

  /**
   * Describes the reference, e.g. {@code TypeRef<com.acme.Page<com.acme.Customer>>}.
   *
   * @return the text
   * @since 0.1.0
   */
  @Override
  public String toString() {
    return "TypeRef<" + type.getTypeName() + ">";
  }

  /** A reference made from a type held at run time. */
  private static final class Held<T> extends TypeRef<T> {
    Held(Type type) {
      super(type);
    }
  }
}
