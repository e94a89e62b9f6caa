package dev.forgery.internal.engine;

import dev.forgery.FakeConstructor;
import dev.forgery.FakeWith;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How an instance of one class is made: its properties, in a fixed order, and the {@link Assembly}
 * that makes an object from their values. Found once per class by reflection, in this order of
 * preference:
 *
 * <ol>
 *   <li>a record: its components and canonical constructor;
 *   <li>the constructor annotated {@link FakeConstructor}, or else the one public constructor with
 *       parameters when there is no public no-arg constructor: its parameters, named by {@code
 *       javac -parameters} or by {@code java.beans.ConstructorProperties} (which Lombok can write),
 *       then, sorted by name, every property it does not take that has a public setter, and every
 *       other public non-static, non-final, non-transient field;
 *   <li>a no-arg constructor (public, or made accessible) and then, sorted by name, every bean
 *       property with a public setter {@code setX(value)}, and every other non-static, non-final,
 *       non-transient field of the class and its superclasses, written directly.
 * </ol>
 *
 * <p>The order of the properties only decides the order in which setters are called and errors are
 * found: a property's value is seeded by its name, never by its position.
 */
final class Blueprint {
  /** The name of the annotation Lombok and hand-written code use to name constructor parameters. */
  private static final String CONSTRUCTOR_PROPERTIES = "java.beans.ConstructorProperties";

  /**
   * One property: what it is called, its declared (unresolved) type, the annotation that names its
   * provider, if any, what kind of member it is, for messages, and the member that declares it,
   * whose annotations {@link Constraints} reads along with those of the field and getter of the
   * same name.
   *
   * @param name the property name, which seeds its values and is its override path's last part
   * @param type the declared generic type, to be resolved through the object's type bindings
   * @param fakeWith its {@code @FakeWith}, or {@code null}
   * @param role {@code component}, {@code parameter}, {@code property} or {@code field}
   * @param declaration the record component, constructor parameter, setter parameter or field
   */
  record Property(
      String name, Type type, FakeWith fakeWith, String role, AnnotatedElement declaration) {}

  private final Class<?> type;
  private final List<Property> properties;
  private final Assembly assembly;

  private Blueprint(Class<?> type, List<Property> properties, Assembly assembly) {
    this.type = type;
    this.properties = List.copyOf(properties);
    this.assembly = assembly;
  }

  /** The class. */
  Class<?> type() {
    return type;
  }

  /** The properties, in the order the assembly takes their values. */
  List<Property> properties() {
    return properties;
  }

  /** Makes an object from its property values. */
  Assembly assembly() {
    return assembly;
  }

  /**
   * Analyses a class.
   *
   * @param type a record or a concrete class
   * @return the blueprint
   * @throws IllegalArgumentException saying why the class cannot be made; the caller adds where it
   *     was met and how to fix it
   */
  static Blueprint of(Class<?> type) {
    return BLUEPRINTS.get(type);
  }

  /**
   * Blueprints by class: analysing a class and composing its assembly happen once per class, as
   * long as the class lives. A class that cannot be made is analysed again each time, to fail
   * again.
   */
  private static final ClassValue<Blueprint> BLUEPRINTS =
      new ClassValue<>() {
        @Override
        protected Blueprint computeValue(Class<?> type) {
          return analyse(type);
        }
      };

  private static Blueprint analyse(Class<?> type) {
    if (type.isRecord()) {
      return record(type);
    }
    if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
      throw new IllegalArgumentException(
          "it is an inner class, made only with an instance of "
              + type.getEnclosingClass().getName()
              + "; make it a static nested class");
    }
    List<Constructor<?>> annotated = new ArrayList<>();
    Constructor<?> noArg = null;
    List<Constructor<?>> publicWithArgs = new ArrayList<>();
    boolean publicNoArg = false;
    for (Constructor<?> c : sorted(type.getDeclaredConstructors())) {
      if (c.isSynthetic()) {
        continue;
      }
      if (c.isAnnotationPresent(FakeConstructor.class)) {
        annotated.add(c);
      }
      boolean isPublic = Modifier.isPublic(c.getModifiers());
      if (c.getParameterCount() == 0) {
        noArg = c;
        publicNoArg = isPublic;
      } else if (isPublic) {
        publicWithArgs.add(c);
      }
    }
    if (annotated.size() > 1) {
      throw new IllegalArgumentException(
          annotated.size() + " constructors are annotated @FakeConstructor; keep it on one");
    }
    if (annotated.size() == 1) {
      Constructor<?> chosen = annotated.get(0);
      if (chosen.getParameterCount() == 0) {
        return bySetters(type, chosen);
      }
      String[] names = parameterNames(chosen);
      if (names == null) {
        throw new IllegalArgumentException(
            "the names of its @FakeConstructor's parameters are unknown; "
                + COMPILE_WITH_PARAMETERS);
      }
      return byConstructor(type, chosen, names);
    }
    if (!publicNoArg && publicWithArgs.size() == 1) {
      Constructor<?> only = publicWithArgs.get(0);
      String[] names = parameterNames(only);
      if (names != null) {
        return byConstructor(type, only, names);
      }
      if (noArg == null) {
        throw new IllegalArgumentException(
            "the names of its constructor's parameters are unknown; " + COMPILE_WITH_PARAMETERS);
      }
    }
    if (noArg != null) {
      return bySetters(type, noArg);
    }
    if (publicWithArgs.size() > 1) {
      throw new IllegalArgumentException(
          "it has "
              + publicWithArgs.size()
              + " public constructors and no no-arg constructor; annotate the one to use with"
              + " @dev.forgery.FakeConstructor");
    }
    throw new IllegalArgumentException(
        "it has no public constructor and no no-arg constructor; annotate the constructor to use"
            + " with @dev.forgery.FakeConstructor");
  }

  private static final String COMPILE_WITH_PARAMETERS =
      "compile it with javac -parameters (Maven: <parameters>true</parameters> in"
          + " maven-compiler-plugin), annotate the constructor with"
          + " @java.beans.ConstructorProperties, or give the class a no-arg constructor and"
          + " setters";

  /** Constructors in a fixed order: by parameter count, then by their text. */
  private static List<Constructor<?>> sorted(Constructor<?>[] constructors) {
    List<Constructor<?>> list = new ArrayList<>(Arrays.asList(constructors));
    list.sort(
        Comparator.<Constructor<?>>comparingInt(Constructor::getParameterCount)
            .thenComparing(Constructor::toGenericString));
    return list;
  }

  private static Blueprint record(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    List<Property> properties = new ArrayList<>();
    Class<?>[] types = new Class<?>[components.length];
    for (int k = 0; k < components.length; k++) {
      RecordComponent c = components[k];
      types[k] = c.getType();
      properties.add(
          new Property(
              c.getName(), c.getGenericType(), c.getAnnotation(FakeWith.class), "component", c));
    }
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("the record has no canonical constructor", e);
    }
    return new Blueprint(type, properties, spread(type, constructor, new MethodHandle[0]));
  }

  /**
   * A class made through a constructor, then its public setters and public fields for what the
   * constructor does not take: an entity's {@code public Customer(String email)} leaves its {@code
   * setId} to be called. Fields that are not public are the constructor's to set or leave.
   */
  private static Blueprint byConstructor(
      Class<?> type, Constructor<?> constructor, String[] names) {
    Parameter[] parameters = constructor.getParameters();
    List<Property> properties = new ArrayList<>();
    for (int k = 0; k < parameters.length; k++) {
      FakeWith fakeWith = parameters[k].getAnnotation(FakeWith.class);
      if (fakeWith == null) {
        Field field = field(type, names[k]);
        fakeWith = field == null ? null : field.getAnnotation(FakeWith.class);
      }
      properties.add(
          new Property(
              names[k],
              parameters[k].getParameterizedType(),
              fakeWith,
              "parameter",
              parameters[k]));
    }
    Map<String, Property> rest = new TreeMap<>();
    Map<String, MethodHandle> writes = new TreeMap<>();
    writable(type, new HashSet<>(Arrays.asList(names)), true, rest, writes);
    properties.addAll(rest.values());
    return new Blueprint(type, properties, spread(type, constructor, writeHandles(writes)));
  }

  private static Assembly spread(
      Class<?> type, Constructor<?> constructor, MethodHandle[] setters) {
    MethodHandle handle = access(type, constructor, "constructor");
    return Assembly.byConstructor(
        handle.asType(MethodType.genericMethodType(constructor.getParameterCount())), setters);
  }

  private static Blueprint bySetters(Class<?> type, Constructor<?> noArg) {
    Map<String, Property> properties = new TreeMap<>();
    Map<String, MethodHandle> writes = new TreeMap<>();
    writable(type, Set.of(), false, properties, writes);
    MethodHandle constructor =
        access(type, noArg, "no-arg constructor").asType(MethodType.methodType(Object.class));
    return new Blueprint(
        type,
        new ArrayList<>(properties.values()),
        Assembly.bySetters(constructor, writeHandles(writes)));
  }

  /** The writes of properties in their order, each of type {@code (Object, Object)void}. */
  private static MethodHandle[] writeHandles(Map<String, MethodHandle> writes) {
    MethodType write = MethodType.methodType(void.class, Object.class, Object.class);
    MethodHandle[] handles = new MethodHandle[writes.size()];
    int k = 0;
    for (MethodHandle h : writes.values()) {
      handles[k++] = h.asType(write);
    }
    return handles;
  }

  /**
   * Finds the properties of a class that are written after it is made, by name: those with a public
   * setter, then the non-static, non-final, non-transient fields of the class and its superclasses
   * that have none.
   *
   * @param type the class
   * @param taken the names a constructor takes, left out
   * @param publicFields whether only public fields are written (after a constructor with
   *     arguments), rather than every such field (after a no-arg constructor)
   * @param properties receives each property by name
   * @param writes receives each property's setter or field write by name
   */
  private static void writable(
      Class<?> type,
      Set<String> taken,
      boolean publicFields,
      Map<String, Property> properties,
      Map<String, MethodHandle> writes) {
    Map<String, Method> setters = setters(type);
    for (Map.Entry<String, Method> e : setters.entrySet()) {
      if (taken.contains(e.getKey())) {
        continue;
      }
      Method m = e.getValue();
      Field field = field(type, e.getKey());
      FakeWith fakeWith = field == null ? null : field.getAnnotation(FakeWith.class);
      if (fakeWith == null) {
        fakeWith = m.getParameters()[0].getAnnotation(FakeWith.class);
      }
      properties.put(
          e.getKey(),
          new Property(
              e.getKey(),
              m.getGenericParameterTypes()[0],
              fakeWith,
              "property",
              m.getParameters()[0]));
      writes.put(e.getKey(), access(type, m, "setter"));
    }
    for (Class<?> c = type; c != null && !isPlatform(c); c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod)
            || Modifier.isFinal(mod)
            || Modifier.isTransient(mod)
            || (publicFields && !Modifier.isPublic(mod))
            || f.isSynthetic()
            || taken.contains(f.getName())
            || properties.containsKey(f.getName())) {
          continue;
        }
        properties.put(
            f.getName(),
            new Property(
                f.getName(), f.getGenericType(), f.getAnnotation(FakeWith.class), "field", f));
        writes.put(f.getName(), fieldWrite(type, f));
      }
    }
  }

  /**
   * The public setters of a class by property name: {@code setX} with one parameter, inherited or
   * not, but none declared by a JDK class. Of overloads, the one whose parameter type is the field
   * of the same name's type, else the first by parameter type name.
   */
  private static Map<String, Method> setters(Class<?> type) {
    Map<String, Method> out = new TreeMap<>();
    List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
    methods.sort(Comparator.comparing(Method::toGenericString));
    for (Method m : methods) {
      String name = m.getName();
      if (Modifier.isStatic(m.getModifiers())
          || m.isBridge()
          || m.isSynthetic()
          || m.getParameterCount() != 1
          || name.length() < 4
          || !name.startsWith("set")
          || !Character.isUpperCase(name.charAt(3))
          || isPlatform(m.getDeclaringClass())) {
        continue;
      }
      String property = decapitalize(name.substring(3));
      Method seen = out.get(property);
      if (seen == null) {
        out.put(property, m);
        continue;
      }
      Field field = field(type, property);
      if (field != null
          && field.getType() == m.getParameterTypes()[0]
          && field.getType() != seen.getParameterTypes()[0]) {
        out.put(property, m);
      }
    }
    return out;
  }

  /** The JavaBeans rule: {@code FirstName} is {@code firstName}, {@code URL} stays {@code URL}. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** The field called {@code name} of the class or its nearest superclass that has one. */
  static Field field(Class<?> type, String name) {
    for (Class<?> c = type; c != null && !isPlatform(c); c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look further up
      }
    }
    return null;
  }

  /**
   * Returns whether a class belongs to the JDK, whose classes forgery does not take apart: {@code
   * Object}, {@code Thread}, {@code Date}.
   *
   * @param c a class
   * @return whether its package is {@code java.*}, {@code javax.*}, {@code jdk.*} or {@code sun.*}
   */
  static boolean isPlatform(Class<?> c) {
    String name = c.getName();
    return name.startsWith("java.")
        || name.startsWith("javax.")
        || name.startsWith("jdk.")
        || name.startsWith("sun.")
        || name.startsWith("com.sun.");
  }

  /**
   * The parameter names of a constructor: from {@code @ConstructorProperties} (read by name, so
   * that forgery needs no module but {@code java.base}), else from {@code javac -parameters}.
   *
   * @return the names, or {@code null} if neither is there
   */
  private static String[] parameterNames(Constructor<?> constructor) {
    for (Annotation a : constructor.getAnnotations()) {
      if (a.annotationType().getName().equals(CONSTRUCTOR_PROPERTIES)) {
        try {
          String[] names = (String[]) a.annotationType().getMethod("value").invoke(a);
          if (names.length != constructor.getParameterCount()) {
            throw new IllegalArgumentException(
                "its @ConstructorProperties names "
                    + names.length
                    + " parameters, but the constructor has "
                    + constructor.getParameterCount());
          }
          return names.clone();
        } catch (ReflectiveOperationException e) {
          throw new IllegalArgumentException("its @ConstructorProperties cannot be read", e);
        }
      }
    }
    Parameter[] parameters = constructor.getParameters();
    String[] names = new String[parameters.length];
    for (int k = 0; k < parameters.length; k++) {
      if (!parameters[k].isNamePresent()) {
        return null;
      }
      names[k] = parameters[k].getName();
    }
    return names;
  }

  /**
   * A method handle for a constructor or method: through the public lookup where the class and
   * member are public, else made accessible, which needs the package open to forgery's module.
   */
  private static MethodHandle access(
      Class<?> type, java.lang.reflect.Executable member, String what) {
    try {
      if (Modifier.isPublic(type.getModifiers()) && Modifier.isPublic(member.getModifiers())) {
        return member instanceof Method
            ? MethodHandles.publicLookup().unreflect((Method) member)
            : MethodHandles.publicLookup().unreflectConstructor((Constructor<?>) member);
      }
    } catch (IllegalAccessException notExported) {
      // the package is not exported: try opening the member below
    }
    try {
      member.setAccessible(true);
      return member instanceof Method
          ? MethodHandles.lookup().unreflect((Method) member)
          : MethodHandles.lookup().unreflectConstructor((Constructor<?>) member);
    } catch (RuntimeException | IllegalAccessException e) {
      throw new IllegalArgumentException(inaccessible(type, "its " + what), e);
    }
  }

  /** A field write, the field made accessible, which needs the package open to forgery's module. */
  private static MethodHandle fieldWrite(Class<?> type, Field field) {
    try {
      field.setAccessible(true);
      return MethodHandles.lookup().unreflectSetter(field);
    } catch (RuntimeException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          inaccessible(type, "its field '" + field.getName() + "'")
              + ", or give the field a public setter",
          e);
    }
  }

  private static String inaccessible(Class<?> type, String what) {
    return what
        + " is not accessible to forgery: make it public, or open the package to forgery, e.g."
        + " 'opens "
        + type.getPackageName()
        + " to dev.forgery.core;' in "
        + (type.getModule().isNamed() ? "module " + type.getModule().getName() + "'s " : "your ")
        + "module-info.java";
  }
}
