package dev.forgery.junit5;

import java.lang.annotation.Annotation;

/**
 * A {@link Forged} annotation's members, read once. A target is filled on every test, and each
 * member read of the annotation itself goes through a proxy (which copies {@code oneOf} on every
 * read); a target holds one of these instead.
 *
 * <p>{@link #oneOf()} returns the array this holds, not a copy: nothing in the extension writes to
 * it.
 */
final class ForgedMembers implements Forged {
  private final Forged declared;
  private final String value;
  private final int size;
  private final String locale;
  private final String min;
  private final String max;
  private final String[] oneOf;
  private final boolean unique;
  private final String model;

  private ForgedMembers(Forged declared) {
    this.declared = declared;
    this.value = declared.value();
    this.size = declared.size();
    this.locale = declared.locale();
    this.min = declared.min();
    this.max = declared.max();
    this.oneOf = declared.oneOf();
    this.unique = declared.unique();
    this.model = declared.model();
  }

  /**
   * Returns the members of {@code forged}, read once.
   *
   * @param forged an annotation, or members already read
   * @return its members
   */
  static Forged of(Forged forged) {
    return forged instanceof ForgedMembers ? forged : new ForgedMembers(forged);
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String locale() {
    return locale;
  }

  @Override
  public String min() {
    return min;
  }

  @Override
  public String max() {
    return max;
  }

  @Override
  public String[] oneOf() {
    return oneOf;
  }

  @Override
  public boolean unique() {
    return unique;
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public Class<? extends Annotation> annotationType() {
    return Forged.class;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ForgedMembers other ? declared.equals(other.declared) : declared.equals(o);
  }

  @Override
  public int hashCode() {
    return declared.hashCode();
  }

  @Override
  public String toString() {
    return declared.toString();
  }
}
