package dev.forgery.internal.engine;

import dev.forgery.internal.provider.numbers.NumberProviders;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;

/**
 * How a provider's values are adapted to the type of the record component they fill: an int range
 * into a {@code long}, {@code short} or {@code byte}, a number into a {@code double} or {@code
 * float}, anything into a {@code String}, and a custom provider's values checked against the
 * component type. Decided once per component, when the record type is analysed; a component whose
 * type the values already fit keeps the provider's generator itself, with its column draw.
 *
 * <p>Kept apart from the reflection that finds the components ({@link RecordWalker}) because it is
 * the one place that decides whether a value fits a component, for inferred providers, annotations
 * and schema overrides alike.
 */
final class Conversion {
  private Conversion() {}

  /** How a leaf value is adapted to its component type. */
  enum Convert {
    TO_LONG,
    TO_DOUBLE,
    TO_FLOAT,
    TO_SHORT,
    TO_BYTE,
    TO_STRING,
    CHECK
  }

  /**
   * Returns a generator of values that fit component type {@code raw}: {@code gen} itself if its
   * values already do, else {@code gen} with a conversion.
   *
   * @param gen the provider's generator
   * @param nullRate the probability of {@code null} the component will be given
   * @param raw the component's class
   * @param where names the component, for messages
   * @return the generator
   * @throws IllegalArgumentException if the values cannot fit, or a primitive would be null
   */
  static Generator to(Generator gen, double nullRate, Class<?> raw, String where) {
    if (nullRate > 0 && raw.isPrimitive()) {
      throw new IllegalArgumentException(
          where + ": a primitive component cannot be null; use the boxed type");
    }
    Class<?> target = Inference.boxed(raw);
    Class<?> produced = gen.valueType();
    Convert convert;
    if (target.isAssignableFrom(produced)) {
      return gen;
    } else if (produced == Object.class) {
      convert = Convert.CHECK;
    } else if (Number.class.isAssignableFrom(produced) && target == Long.class) {
      convert = Convert.TO_LONG;
    } else if (Number.class.isAssignableFrom(produced) && target == Double.class) {
      convert = Convert.TO_DOUBLE;
    } else if (Number.class.isAssignableFrom(produced) && target == Float.class) {
      convert = Convert.TO_FLOAT;
    } else if (produced == Integer.class && target == Short.class) {
      fitsRange(gen, Short.MIN_VALUE, Short.MAX_VALUE, "short", where);
      convert = Convert.TO_SHORT;
    } else if (produced == Integer.class && target == Byte.class) {
      fitsRange(gen, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte", where);
      convert = Convert.TO_BYTE;
    } else if (target == String.class) {
      convert = Convert.TO_STRING;
    } else {
      throw new IllegalArgumentException(
          where + ": its type gives " + produced.getSimpleName() + " values, which do not fit");
    }
    return new Converted(gen, convert, target, where);
  }

  /** A provider's generator whose values are converted to a component type as they are drawn. */
  static final class Converted extends Generator {
    private final Generator gen;
    private final Convert convert;
    private final Class<?> target;
    private final String where;

    Converted(Generator gen, Convert convert, Class<?> target, String where) {
      this.gen = gen;
      this.convert = convert;
      this.target = target;
      this.where = where;
    }

    @Override
    public Class<?> valueType() {
      return target;
    }

    @Override
    public Object next(RandomSource random) {
      return convert(gen.next(random));
    }

    /** Draws the column with the provider's own column draw, then converts it in place. */
    @Override
    public void fill(RandomSource random, long[] seeds, Object[] out, int at, int count) {
      gen.fill(random, seeds, out, at, count);
      for (int i = at; i < at + count; i++) {
        out[i] = convert(out[i]);
      }
    }

    @Override
    public long domainSize() {
      return gen.domainSize();
    }

    @Override
    public Object valueAt(long index) {
      return convert(gen.valueAt(index));
    }

    private Object convert(Object v) {
      switch (convert) {
        case TO_LONG:
          return ((Number) v).longValue();
        case TO_DOUBLE:
          return ((Number) v).doubleValue();
        case TO_FLOAT:
          return ((Number) v).floatValue();
        case TO_SHORT:
          return ((Number) v).shortValue();
        case TO_BYTE:
          return ((Number) v).byteValue();
        case TO_STRING:
          return String.valueOf(v);
        default:
          if (v != null && !target.isInstance(v)) {
            throw new IllegalArgumentException(
                where
                    + ": the provider returned "
                    + v.getClass().getName()
                    + ", which does not fit "
                    + target.getName());
          }
          return v;
      }
    }

    @Override
    public String toString() {
      return gen + " as " + target.getSimpleName();
    }
  }

  /** Rejects an int range that a narrower component type cannot hold, instead of wrapping. */
  private static void fitsRange(Generator gen, int min, int max, String type, String where) {
    if (!(gen instanceof NumberProviders.Ints)) {
      throw new IllegalArgumentException(
          where + ": only an int range can fill a " + type + ", got " + gen);
    }
    NumberProviders.Ints ints = (NumberProviders.Ints) gen;
    if (ints.min() < min || ints.max() > max) {
      throw new IllegalArgumentException(
          where
              + ": "
              + gen
              + " does not fit a "
              + type
              + ", whose values are "
              + min
              + ".."
              + max
              + "; narrow the range or widen the component type");
    }
  }
}
