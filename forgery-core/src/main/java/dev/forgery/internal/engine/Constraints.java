package dev.forgery.internal.engine;

import dev.forgery.internal.registry.Defaults;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Inference;
import dev.forgery.internal.registry.Lookup;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Honours the Bean Validation constraints on a property ({@code @Size}, {@code @Min},
 * {@code @Email}, {@code @Past}...) when its class is analysed: the walk ({@link ObjectWalker})
 * finds the property's realistic generator, and this class narrows it so that every value passes a
 * {@code Validator}. Nothing here runs per object; the constraints are read once ({@link
 * ConstraintSet}), and what they decide is a generator.
 *
 * <p>This class decides where constraints are read (the property's declaring member, the field of
 * its name and its getter, as a validator reads them, and their type arguments) and what they apply
 * to. Strings, numbers, dates and times are narrowed by {@link Narrowing}; {@code @AssertTrue} and
 * {@code @AssertFalse} give that boolean and {@code @Null} gives {@code null}. Collections, arrays
 * and maps get the size a {@code @Size} or {@code @NotEmpty} asks for: the default of ten if it is
 * allowed, else the nearest allowed size. Constraints on type arguments apply to the elements, keys
 * and values ({@code List<@Email String>}, {@code Optional<@Size(max = 5) String>}); where they
 * decide strings alone ({@code @Email}, {@code @Pattern}, {@code @Null}), the property's name need
 * not infer a provider. A constraint on a type it does not fit (an {@code Optional} itself takes
 * only {@code @NotNull}, as a validator does), or constraints that cannot hold together, fail here
 * with the property's path and the constraints.
 *
 * <p>What a user names wins: a property with {@code @FakeWith} or a {@code Schema} override is
 * filled as they say, constraints or not. Constraints of groups other than {@code Default}, custom
 * constraints' own validators and class-level constraints are not read.
 */
final class Constraints {
  private final Narrowing narrowing;

  /** The annotations of the property's members, which are not its elements' constraints. */
  private final List<Annotation> declared;

  /**
   * Whether the strings {@code @Email} or {@code @Pattern} decide were drawn as words only because
   * the property's name infers no provider: then they are no realistic candidate.
   */
  private boolean placeholder;

  private Constraints(Lookup lookup, List<Annotation> declared) {
    this.narrowing = new Narrowing(lookup);
    this.declared = declared;
  }

  /**
   * Returns the generator of a property: the one the walk finds, narrowed by the property's
   * constraints, if it has any and no {@code @FakeWith}.
   *
   * @param lookup the providers, and the {@code today()} of {@code @Past} and {@code @Future}
   * @param owner the class that declares the property
   * @param p the property
   * @param t its resolved type
   * @param where names it, for messages
   * @param node finds its generator without constraints, inferring providers from the name it is
   *     given: the property's, or {@code word} for strings {@code @Email} or {@code @Pattern}
   *     decide whose name infers no provider; not called for a {@code @Null} property
   * @return the generator
   * @throws IllegalArgumentException if the constraints do not fit the type, contradict each other
   *     or leave too few values, naming the property and the constraints
   */
  static Generator fill(
      Lookup lookup,
      Class<?> owner,
      Blueprint.Property p,
      Type t,
      String where,
      Function<String, Generator> node) {
    if (p.fakeWith() != null) {
      return node.apply(p.name());
    }
    List<AnnotatedElement> members = members(owner, p);
    List<Annotation> annotations = new ArrayList<>();
    List<AnnotatedType> types = new ArrayList<>();
    for (AnnotatedElement m : members) {
      distinct(annotations, m.getAnnotations());
      types.add(annotatedType(m));
    }
    ConstraintSet set = ConstraintSet.read(annotations, where);
    if (set.isEmpty() && !annotatedArguments(types)) {
      return node.apply(p.name());
    }
    if (set.isNull() != null) {
      return nulls(set, Types.raw(t), where);
    }
    Constraints constraints = new Constraints(lookup, annotations);
    // Strings that @Email, @Pattern or @Null decide need no provider from the name: where it names
    // none, they are drawn as words first, which the constraints then replace.
    constraints.placeholder =
        constraints.decided(t, set, types, where)
            && Inference.infer(p.name(), String.class, lookup) == null;
    Generator gen = node.apply(constraints.placeholder ? "word" : p.name());
    return constraints.constrain(gen, set, t, types, where);
  }

  /**
   * Returns the sizes a property's own {@code @Size} and {@code @NotEmpty} allow, for a size given
   * by an override to be checked against them.
   *
   * @param owner the class declaring the property
   * @param p the property
   * @param where names it, for messages
   * @return {@code {min, max}}; {@code {0, Integer.MAX_VALUE}} without constraints
   */
  static int[] sizeBounds(Class<?> owner, Blueprint.Property p, String where) {
    if (p.fakeWith() != null) {
      return new int[] {0, Integer.MAX_VALUE};
    }
    List<Annotation> annotations = new ArrayList<>();
    for (AnnotatedElement m : members(owner, p)) {
      distinct(annotations, m.getAnnotations());
    }
    ConstraintSet set = ConstraintSet.read(annotations, where);
    return new int[] {set.sizeMin(), set.sizeMax()};
  }

  /**
   * Whether the strings a property holds, itself or inside lists, sets, arrays, optionals or as a
   * map's values, are decided by their constraints alone.
   */
  private boolean decided(Type t, ConstraintSet set, List<AnnotatedType> types, String where) {
    Class<?> raw = Types.raw(t);
    if (raw == String.class) {
      return set.email() || set.regexp() != null || set.isNull() != null;
    }
    boolean array = raw != null && raw.isArray();
    int i = raw != null && Map.class.isAssignableFrom(raw) ? 1 : 0;
    Type inner =
        array
            ? Types.component(t)
            : raw != null
                    && (i == 1 || Iterable.class.isAssignableFrom(raw) || raw == Optional.class)
                ? Types.argument(t, i)
                : null;
    if (inner == null) {
      return false;
    }
    List<AnnotatedType> next = argument(types, i);
    return decided(inner, ConstraintSet.read(level(next, array), where), next, where);
  }

  /**
   * The annotations of a type argument or array component. For an array the property's own are left
   * out: {@code @Size String[] tags} puts the {@code @Size} on the component type too, but a
   * validator reads it as the array's.
   */
  private List<Annotation> level(List<AnnotatedType> types, boolean array) {
    List<Annotation> out = annotations(types);
    if (array) {
      out.removeAll(declared);
    }
    return out;
  }

  /** The members whose annotations constrain a property, as a validator reads them. */
  private static List<AnnotatedElement> members(Class<?> owner, Blueprint.Property p) {
    List<AnnotatedElement> members = new ArrayList<>();
    members.add(p.declaration());
    Field field = Blueprint.field(owner, p.name());
    if (field != null && !members.contains(field)) {
      members.add(field);
    }
    Method getter = getter(owner, p.name());
    if (getter != null) {
      members.add(getter);
    }
    return members;
  }

  /**
   * The getter of a property as Bean Validation finds one: {@code getX()}, {@code isX()} or {@code
   * hasX()}, or a record's accessor {@code x()}, declared by the class or a superclass.
   */
  private static Method getter(Class<?> owner, String property) {
    String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
    List<String> names =
        owner.isRecord() ? List.of(property) : List.of("get" + cap, "is" + cap, "has" + cap);
    for (Class<?> c = owner; c != null && !Blueprint.isPlatform(c); c = c.getSuperclass()) {
      for (String n : names) {
        try {
          Method m = c.getDeclaredMethod(n);
          if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
            return m;
          }
        } catch (NoSuchMethodException e) {
          // try the next name
        }
      }
    }
    return null;
  }

  private static AnnotatedType annotatedType(AnnotatedElement member) {
    if (member instanceof Field) {
      return ((Field) member).getAnnotatedType();
    } else if (member instanceof Parameter) {
      return ((Parameter) member).getAnnotatedType();
    } else if (member instanceof RecordComponent) {
      return ((RecordComponent) member).getAnnotatedType();
    }
    return ((Method) member).getAnnotatedReturnType();
  }

  /** Adds the annotations not added yet: a record's field and accessor carry the same ones. */
  private static void distinct(List<Annotation> into, Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (!into.contains(a)) {
        into.add(a);
      }
    }
  }

  /** Whether any type argument or array component, at any depth, is annotated. */
  private static boolean annotatedArguments(List<AnnotatedType> types) {
    for (AnnotatedType t : types) {
      for (AnnotatedType inner : inner(t)) {
        if (inner.getAnnotations().length > 0 || annotatedArguments(List.of(inner))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<AnnotatedType> inner(AnnotatedType t) {
    if (t instanceof AnnotatedParameterizedType) {
      return List.of(((AnnotatedParameterizedType) t).getAnnotatedActualTypeArguments());
    } else if (t instanceof AnnotatedArrayType) {
      return List.of(((AnnotatedArrayType) t).getAnnotatedGenericComponentType());
    }
    return List.of();
  }

  /** Type argument {@code i} (or an array's component type) of each annotated type that has one. */
  private static List<AnnotatedType> argument(List<AnnotatedType> types, int i) {
    List<AnnotatedType> out = new ArrayList<>();
    for (AnnotatedType t : types) {
      List<AnnotatedType> inner = inner(t);
      if (inner.size() > i) {
        out.add(inner.get(i));
      }
    }
    return out;
  }

  private static Generator nulls(ConstraintSet set, Class<?> raw, String where) {
    if (raw != null && raw.isPrimitive()) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + set.isNull()
              + " cannot be met by a primitive; use "
              + Inference.boxed(raw).getSimpleName());
    }
    return Fixed.NULL;
  }

  /**
   * Narrows a generator to the constraints of a property or element, its type arguments' first.
   *
   * @param gen the realistic generator
   * @param set the constraints on the value itself
   * @param t the value's type
   * @param types its annotated types, whose type arguments may hold constraints
   * @param where names the value, for messages
   */
  private Generator constrain(
      Generator gen, ConstraintSet set, Type t, List<AnnotatedType> types, String where) {
    Class<?> raw = Types.raw(t);
    if (set.isNull() != null) {
      return nulls(set, raw, where);
    }
    if (gen instanceof CollectionComponent
        || gen instanceof ArrayComponent
        || gen instanceof MapComponent) {
      return container(gen, set, t, types, where);
    }
    if (gen instanceof OptionalComponent) {
      // A validator does not unwrap an Optional: only its type argument's constraints reach the
      // value.
      applicable(set, raw, where);
      return new OptionalComponent(
          element(((OptionalComponent) gen).value(), t, types, 0, "the value of ", where));
    }
    if (gen instanceof Fixed) {
      return cut(gen, set, where);
    }
    if (set.isEmpty() || set.onlyNotNull()) {
      return gen;
    }
    Class<?> boxed = Inference.boxed(raw);
    if (boxed == String.class) {
      applicable(set, raw, where, ConstraintSet.Applies.TEXT, ConstraintSet.Applies.SIZED);
      return narrowing.text(
          gen, !placeholder || !(set.email() || set.regexp() != null), set, where);
    } else if (boxed == Boolean.class) {
      applicable(set, raw, where, ConstraintSet.Applies.BOOLEAN);
      Boolean asked = set.asserted();
      return asked == null ? gen : Fixed.of(asked);
    } else if (Narrowing.INTEGRAL.contains(boxed)
        || boxed == BigDecimal.class
        || boxed == Double.class
        || boxed == Float.class) {
      applicable(set, raw, where, ConstraintSet.Applies.NUMBER);
      return narrowing.number(gen, set, boxed, raw, where);
    } else if (Narrowing.TEMPORAL.contains(boxed)) {
      applicable(set, raw, where, ConstraintSet.Applies.TEMPORAL);
      return narrowing.temporal(gen, set, boxed, raw, where);
    }
    applicable(set, raw, where);
    return gen;
  }

  private static List<Annotation> annotations(List<AnnotatedType> types) {
    List<Annotation> out = new ArrayList<>();
    for (AnnotatedType t : types) {
      distinct(out, t.getAnnotations());
    }
    return out;
  }

  /**
   * A property cut where its class recurs: {@code null}, or an empty container, which constraints
   * that ask for a value or an element cannot accept.
   */
  private static Generator cut(Generator gen, ConstraintSet set, String where) {
    String unmet = gen == Fixed.CUT ? set.notNull() : set.sizeMin() > 0 ? set.sizeBy() : null;
    if (unmet != null) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + unmet
              + " cannot be met: its class recurs below itself here, and forgery cuts such a cycle"
              + (gen == Fixed.CUT
                  ? " to null after one recurrence"
                  : " to an empty container (at once where another class's collection holds"
                      + " it, after one recurrence in a collection of its own class)")
              + "; remove the constraint or pass a Schema override for the property");
    }
    return gen;
  }

  /** Rejects the first constraint that does not apply to the value's type. */
  private static void applicable(
      ConstraintSet set, Class<?> raw, String where, ConstraintSet.Applies... allowed) {
    Set<ConstraintSet.Applies> kinds = EnumSet.noneOf(ConstraintSet.Applies.class);
    kinds.addAll(List.of(allowed));
    String wrong = set.inapplicable(kinds);
    if (wrong != null) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + wrong
              + " does not apply to a "
              + raw.getSimpleName()
              + "; forgery honours @Size and @NotEmpty on strings, collections, maps and arrays,"
              + " @NotBlank, @Email and @Pattern on strings, bounds and @Digits on numbers, @Past"
              + " and @Future on dates and times, and @AssertTrue and @AssertFalse on booleans;"
              + " remove it, annotate the property with @FakeWith(\"<provider>\") or pass a Schema"
              + " override"
              + (raw == Optional.class
                  ? "; a constraint on an Optional's value goes on its type argument, e.g."
                      + " Optional<@Email String>"
                  : ""));
    }
  }

  /** A collection, array or map: its elements' constraints applied, and the size it must have. */
  private Generator container(
      Generator gen, ConstraintSet set, Type t, List<AnnotatedType> types, String where) {
    applicable(set, Types.raw(t), where, ConstraintSet.Applies.SIZED);
    int min = set.sizeMin();
    int max = set.sizeMax();
    int size = Math.max(min, Math.min(max, Defaults.COLLECTION_SIZE));
    if (gen instanceof ArrayComponent) {
      ArrayComponent array = (ArrayComponent) gen;
      return array.with(element(array.element(), t, types, 0, "the elements of ", where), size);
    }
    if (gen instanceof MapComponent) {
      MapComponent map = (MapComponent) gen;
      Generator key = element(map.key(), t, types, 0, "the keys of ", where);
      Generator value = element(map.value(), t, types, 1, "the values of ", where);
      distinctValues(key, min, set, "keys", where);
      return map.with(key, value, size, min);
    }
    CollectionComponent collection = (CollectionComponent) gen;
    Generator element = element(collection.element(), t, types, 0, "the elements of ", where);
    if (collection.isSet()) {
      distinctValues(element, min, set, "elements", where);
    }
    return collection.with(element, size, collection.isSet() ? min : 0);
  }

  /**
   * Element, key or value {@code i} of a container (an array's component for {@code i = 0}),
   * narrowed by the constraints on its type argument.
   */
  private Generator element(
      Generator gen, Type t, List<AnnotatedType> types, int i, String what, String where) {
    boolean array = Types.raw(t).isArray();
    Type inner = array ? Types.component(t) : Types.argument(t, i);
    List<AnnotatedType> next = argument(types, i);
    String at = what + where;
    return constrain(gen, ConstraintSet.read(level(next, array), at), inner, next, at);
  }

  /** Rejects a set or map that must hold more distinct elements or keys than exist. */
  private static void distinctValues(
      Generator gen, int min, ConstraintSet set, String what, String where) {
    long domain = gen.domainSize();
    if (domain >= 0 && domain < min) {
      throw new IllegalArgumentException(
          "cannot fill "
              + where
              + ": "
              + set.sizeBy()
              + " asks for "
              + min
              + " distinct "
              + what
              + ", but they can take only "
              + domain
              + " values; lower the minimum or widen the "
              + what);
    }
  }
}
