package dev.forgery;

import dev.forgery.internal.Suggestions;
import dev.forgery.internal.binding.TestBinding;
import dev.forgery.internal.engine.CompiledSchema;
import dev.forgery.internal.engine.FieldSpec;
import dev.forgery.internal.engine.TypeParser;
import dev.forgery.internal.provider.BuiltIns;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Lookup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields of a structured record: names, types and their arguments, validated once.
 *
 * <pre>{@code
 * Schema schema = Schema.builder()
 *     .field("id", "uuid")
 *     .field("name", "name")
 *     .field("email", "safe_email").unique()
 *     .field("age", "int", 18, 65)
 *     .field("salary", "float", 30_000, 150_000, 2)
 *     .field("hire_date", "date", "2020-01-01", "2024-12-31")
 *     .field("bio", "text", 50, 200).nullable(0.25)
 *     .field("status", "choice", Map.of("active", 8, "inactive", 1, "pending", 1))
 *     .build();
 * List<Map<String, Object>> rows = new Faker("en_US", 42L).records(10_000, schema);
 * }</pre>
 *
 * <p>A type is any provider name or alias in camelCase or snake_case ({@code safe_email} or {@code
 * safeEmail}, {@code zip} for {@code postcode}; see {@link Faker#providers()}), with the provider's
 * arguments. The schema keywords are providers too, with these arguments and defaults (the same as
 * everywhere else, see {@link Faker#provider(String, Object...)}):
 *
 * <ul>
 *   <li>{@code int} ({@code integer}): {@code (min, max)} inclusive, default 0..100;
 *   <li>{@code float} ({@code doubleValue}, {@code double}): {@code (min, max)} as {@code [min,
 *       max)}, optionally {@code (min, max, decimals)}, default {@code [0, 1)};
 *   <li>{@code date}: {@code (start, end)} inclusive, ISO strings or {@link java.time.LocalDate},
 *       default 1970-01-01..2030-12-31;
 *   <li>{@code text}: {@code (minChars, maxChars)}, whole sentences, default 50..200;
 *   <li>{@code choice} ({@code oneOf}, {@code weighted}): a {@code List<String>}, the values as
 *       separate strings, a list and a list of weights, or a {@code Map<String, Number>} of value
 *       to weight;
 *   <li>{@code bool} ({@code boolean}): fair, or {@code (probabilityOfTrue)}.
 * </ul>
 *
 * <p>A schema is immutable and thread-safe; build it once and use it with any number of fakers.
 * Every field's values depend only on the dataset seed, the row index and the field's own name, so
 * adding or reordering fields leaves the values of the other fields unchanged.
 *
 * <p><b>Large datasets, many machines.</b> Each batch call draws one dataset seed from its faker;
 * row {@code i} is then a pure function of (dataset seed, {@code i}). To split ten billion rows
 * across a cluster, give every worker the same locale, faker seed and schema and let it generate
 * its own range: {@code new Faker("en_US", 42L).records(schema, from, to)} or, without holding the
 * slice in memory, {@code stream(schema, from, to)}. The slices concatenate to exactly the rows of
 * one big run, whichever machine made them, in whatever order, on JDK 17 or newer. Custom providers
 * must draw only from the faker they are given for this to hold. Unique fields are the exception:
 * uniqueness is enforced from row 0 on, so their slices must start at 0.
 *
 * @since 0.1.0
 */
public final class Schema {
  /** The keys of a field's options form in {@link #of(Map)} and {@link #toMap()}. */
  private static final List<String> OPTION_KEYS = List.of("type", "args", "nullable", "unique");

  private final List<FieldSpec> fields;
  private final CompiledSchema engine;

  /** The sizes of objects' containers by path ({@link Builder#size}), in declaration order. */
  private final Map<String, Integer> sizes;

  /** Each field's {@link #of(Map)} form, in order; {@code null} for a function field. */
  private final Map<String, Object> forms;

  private final String locale;
  private final LocalDate today;

  private Schema(List<FieldSpec> fields, Map<String, Object> forms, Lookup lookup) {
    this(fields, forms, lookup, Map.of());
  }

  private Schema(
      List<FieldSpec> fields,
      Map<String, Object> forms,
      Lookup lookup,
      Map<String, Integer> sizes) {
    this.fields = List.copyOf(fields);
    this.engine = new CompiledSchema(this.fields);
    this.forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
    this.locale = lookup.locale();
    this.today = lookup.today();
    this.sizes = Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
  }

  /**
   * Starts a schema whose types are the built-in providers and their aliases, in en_US, with
   * relative dates counted from the current UTC date when it is built (inside a test run by
   * forgery's JUnit extension, the run's date). The schema draws en_US data whichever faker runs
   * it, whose locale and date give way to the schema's: use {@link #builder(Faker)} for another
   * locale's data or a faker's fixed date.
   *
   * <pre>{@code
   * Schema schema = Schema.builder().field("email", "safe_email").build();
   * }</pre>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(null);
  }

  /**
   * Starts a schema that may also use the custom providers registered on {@code faker} (see {@link
   * Faker#register}) at the time {@link Builder#build()} is called.
   *
   * <pre>{@code
   * Faker faker = new Faker("en_US", 42L).register("sku", f -> "SKU-" + f.digits(6));
   * Schema products = Schema.builder(faker).field("sku", "sku").field("price", "price").build();
   * List<Map<String, Object>> rows = faker.records(100, products); // {sku=SKU-667884, ...}
   * }</pre>
   *
   * @param faker the faker whose registered providers count as types
   * @return a new builder
   */
  public static Builder builder(Faker faker) {
    return new Builder(Objects.requireNonNull(faker, "faker"));
  }

  /**
   * Builds a schema from a map of field name to type, in the map's iteration order (use a {@code
   * LinkedHashMap} or {@code TreeMap}; {@code Map.of} has no defined order). A type is a string
   * ({@code "email"}) or a list whose first element is the type and the rest its arguments ({@code
   * List.of("int", 18, 65)}).
   *
   * <pre>{@code
   * Map<String, Object> spec = new LinkedHashMap<>();
   * spec.put("name", "name");
   * spec.put("age", List.of("int", 18, 65));
   * spec.put("status", List.of("choice", List.of("active", "inactive")));
   * Schema schema = Schema.of(spec);
   * }</pre>
   *
   * <p>A field with options is a map with the keys {@code type} (the type name), {@code args} (a
   * list of its arguments, optional), {@code nullable} (the null rate, optional) and {@code unique}
   * ({@code true} or {@code false}, optional), as {@link #toMap()} gives it back:
   *
   * <pre>{@code
   * spec.put("bio", Map.of("type", "text", "args", List.of(50, 200), "nullable", 0.25));
   * spec.put("email", Map.of("type", "safe_email", "unique", true));
   * }</pre>
   *
   * <p>There, {@code type} is the name alone: a list such as {@code ["text", 50, 200]} under {@code
   * type} is refused with a message that shows the {@code args} form, so that each field has one
   * spelling. The same map read from JSON is the schema file of {@code forgery-cli}.
   *
   * @param fields field name to type
   * @return the schema
   * @throws IllegalArgumentException if a field is invalid; the message names it
   */
  public static Schema of(Map<String, ?> fields) {
    return of(fields, null);
  }

  /**
   * Builds a schema from a map, like {@link #of(Map)}, that may also use the providers registered
   * on {@code faker}.
   *
   * @param fields field name to type
   * @param faker the faker whose registered providers count as types, or {@code null}
   * @return the schema
   * @throws IllegalArgumentException if a field is invalid; the message names it
   */
  public static Schema of(Map<String, ?> fields, Faker faker) {
    Objects.requireNonNull(fields, "fields");
    Builder builder = new Builder(faker);
    for (Map.Entry<String, ?> entry : fields.entrySet()) {
      Object spec = entry.getValue();
      if (spec instanceof String) {
        builder.field(entry.getKey(), (String) spec);
      } else if (spec instanceof List
          && !((List<?>) spec).isEmpty()
          && ((List<?>) spec).get(0) instanceof String) {
        List<?> list = (List<?>) spec;
        builder.field(entry.getKey(), (String) list.get(0), list.subList(1, list.size()).toArray());
      } else if (spec instanceof Map) {
        withOptions(builder, entry.getKey(), (Map<?, ?>) spec);
      } else {
        throw new IllegalArgumentException(
            "field '"
                + entry.getKey()
                + "': expected a type name such as \"email\" or a list such as"
                + " List.of(\"int\", 18, 65), got "
                + spec);
      }
    }
    return builder.build();
  }

  /** Adds a field given in the options form: {@code type}, {@code args}, {@code nullable}. */
  private static void withOptions(Builder builder, String name, Map<?, ?> options) {
    for (Object key : options.keySet()) {
      if (!OPTION_KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "field '"
                + name
                + "': unknown option '"
                + key
                + "'"
                + (key instanceof String ? Suggestions.closest((String) key, OPTION_KEYS) : "")
                + " (valid options: "
                + OPTION_KEYS
                + ")");
      }
    }
    Object type = options.get("type");
    Object args = options.containsKey("args") ? options.get("args") : List.of();
    Object nullable = options.containsKey("nullable") ? options.get("nullable") : 0;
    Object unique = options.containsKey("unique") ? options.get("unique") : false;
    if (type instanceof List && !((List<?>) type).isEmpty()) {
      // The tuple form inside the options form: one form each, so say where the arguments go.
      List<?> tuple = (List<?>) type;
      throw optionError(
          name,
          "type",
          "the type name alone, its arguments under \"args\" (\"type\": \""
              + tuple.get(0)
              + "\", \"args\": "
              + tuple.subList(1, tuple.size())
              + ")",
          type);
    }
    if (!(type instanceof String)) {
      throw optionError(name, "type", "a type name such as \"email\"", type);
    }
    if (!(args instanceof List)) {
      throw optionError(name, "args", "a list of the type's arguments such as [18, 65]", args);
    }
    if (!(nullable instanceof Number)) {
      throw optionError(name, "nullable", "a null rate between 0 and 1 such as 0.25", nullable);
    }
    if (!(unique instanceof Boolean)) {
      throw optionError(name, "unique", "true or false", unique);
    }
    builder.field(name, (String) type, ((List<?>) args).toArray());
    builder.nullable(((Number) nullable).doubleValue());
    if ((Boolean) unique) {
      builder.unique();
    }
  }

  private static IllegalArgumentException optionError(
      String name, String option, String expected, Object got) {
    return new IllegalArgumentException(
        "field '" + name + "': option '" + option + "' must be " + expected + ", got " + got);
  }

  /**
   * Returns the schema in the form {@link #of(Map)} reads, so that it can travel as data (to the
   * executors of a cluster, to a file): field name to the type name, to a list of the type name and
   * its arguments ({@code ["int", 18, 65]}), or, for a nullable or unique field, to a map of its
   * options ({@code {type=text, args=[50, 200], nullable=0.25, unique=false}}).
   *
   * <p>{@code Schema.of(schema.toMap(), new Faker(schema.locale()).withToday(schema.today()))}
   * gives a schema whose rows equal this schema's rows, for any faker seed and slice. The arguments
   * are the objects given to the builder; the map is serializable when they are.
   *
   * <pre>{@code
   * Map<String, Object> form = schema.toMap(); // {id=uuid, age=[int, 18, 65], ...}
   * Schema copy = Schema.of(form, new Faker(schema.locale()).withToday(schema.today()));
   * }</pre>
   *
   * @return an unmodifiable map in field order
   * @throws IllegalStateException if a field is computed by a {@code Function<Faker, ?>}, or the
   *     schema sizes collections ({@link Builder#size}), neither of which has such a form; the
   *     message names the field or path
   * @since 0.1.0
   */
  public Map<String, Object> toMap() {
    if (!sizes.isEmpty()) {
      throw new IllegalStateException(
          "size(\""
              + sizes.keySet().iterator().next()
              + "\", ...) sizes objects' collections and has no Schema.of form; keep such"
              + " overrides in code");
    }
    for (Map.Entry<String, Object> entry : forms.entrySet()) {
      if (entry.getValue() == null) {
        throw new IllegalStateException(
            "field '"
                + entry.getKey()
                + "' is computed by a Function<Faker, ?>, which has no Schema.of form; give it a"
                + " provider type such as \"int\" or [\"choice\", [\"a\", \"b\"]] instead");
      }
    }
    return forms;
  }

  /**
   * Returns the locale whose provider data the fields draw from: the locale of the faker given to
   * {@link #builder(Faker)} or {@link #of(Map, Faker)}, else {@code en_US}.
   *
   * @return a locale tag such as {@code en_US}
   * @since 0.1.0
   */
  public String locale() {
    return locale;
  }

  /**
   * Returns the date the schema's relative types ({@code past_date}, {@code date_of_birth}...)
   * count from, fixed when the schema was built.
   *
   * @return the reference date
   * @since 0.1.0
   */
  public LocalDate today() {
    return today;
  }

  /**
   * Returns the field names in order.
   *
   * @return an unmodifiable list
   */
  public List<String> fieldNames() {
    return Collections.unmodifiableList(Arrays.asList(engine.names()));
  }

  /**
   * Returns the number of fields.
   *
   * @return the size
   */
  public int size() {
    return fields.size();
  }

  /**
   * Returns the compiled form that rows are generated from.
   *
   * @throws IllegalArgumentException if the schema sizes containers: rows have none
   */
  CompiledSchema engine() {
    if (!sizes.isEmpty()) {
      throw new IllegalArgumentException(
          "schema has size(\""
              + sizes.keySet().iterator().next()
              + "\", ...), which sizes a collection of the objects it overrides"
              + " (faker.records(n, Customer.class, overrides)); rows have no collections, so"
              + " remove it from a schema of rows");
    }
    return engine;
  }

  /** Returns the sizes of objects' containers by path, in declaration order. */
  Map<String, Integer> sizes() {
    return sizes;
  }

  /** Returns the validated fields. */
  List<FieldSpec> specs() {
    return fields;
  }

  /**
   * Describes the schema, e.g. {@code Schema[name: name, age: int(18, 65)]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Schema[");
    for (int i = 0; i < fields.size(); i++) {
      FieldSpec f = fields.get(i);
      sb.append(i == 0 ? "" : ", ").append(f.name()).append(": ").append(f.type());
      if (f.nullRate() > 0) {
        sb.append(" nullable(").append(f.nullRate()).append(')');
      }
      if (f.unique()) {
        sb.append(" unique");
      }
    }
    sizes.forEach(
        (path, n) ->
            sb.append(sb.length() == "Schema[".length() ? "" : ", ")
                .append(path)
                .append(": size ")
                .append(n));
    return sb.append(']').toString();
  }

  /**
   * Collects fields in order; {@link #build()} validates them all.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Faker faker;
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Integer> sizes = new LinkedHashMap<>();

    private Builder(Faker faker) {
      this.faker = faker;
    }

    /** A field as given, checked at build time. */
    private static final class Pending {
      final String name;
      final String type;
      final List<Object> args;
      final Function<Faker, ?> generator;
      double nullRate;
      boolean unique;

      Pending(String name, String type, List<Object> args, Function<Faker, ?> generator) {
        this.name = name;
        this.type = type;
        this.args = args;
        this.generator = generator;
      }

      /** The {@link Schema#of(Map)} form of a provider field: the simplest that says it all. */
      Object form() {
        List<Object> args = Collections.unmodifiableList(new ArrayList<>(this.args));
        if (nullRate > 0 || unique) {
          Map<String, Object> options = new LinkedHashMap<>();
          options.put("type", type);
          options.put("args", args);
          options.put("nullable", nullRate);
          options.put("unique", unique);
          return Collections.unmodifiableMap(options);
        }
        if (args.isEmpty()) {
          return type;
        }
        List<Object> list = new ArrayList<>(args.size() + 1);
        list.add(type);
        list.addAll(args);
        return Collections.unmodifiableList(list);
      }
    }

    /**
     * Adds a field of a provider or schema type.
     *
     * <pre>{@code
     * Schema.builder()
     *     .field("email", "safe_email")
     *     .field("age", "int", 18, 65)
     *     .field("status", "choice", List.of("active", "inactive"))
     *     .build();
     * }</pre>
     *
     * @param name the field name, unique within the schema
     * @param type a provider name or alias, such as {@code email}, {@code int} or {@code choice}
     * @param args the type's arguments, e.g. {@code 18, 65} for {@code int}
     * @return this builder
     */
    public Builder field(String name, String type, Object... args) {
      pending.add(
          new Pending(
              name,
              type,
              args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.clone())),
              null));
      return this;
    }

    /**
     * Adds a field computed by a function of the worker's faker, which is seeded for this cell.
     *
     * <pre>{@code
     * .field("sku", f -> "SKU-" + f.integer(1000, 9999))
     * }</pre>
     *
     * <p>The function is only ever called to draw a cell, never to learn its type: where it decides
     * a property of an object, a value that does not fit the property fails at the row that draws
     * it, not when the schema is planned.
     *
     * @param name the field name, unique within the schema
     * @param generator draws one value from the faker it is given, and only from it
     * @return this builder
     */
    public Builder field(String name, Function<Faker, ?> generator) {
      if (generator == null) {
        throw new IllegalArgumentException(
            "field '"
                + name
                + "': generator must not be null; pass a function such as"
                + " f -> f.integer(1, 9)");
      }
      pending.add(new Pending(name, "custom", List.of(), generator));
      return this;
    }

    /**
     * Makes the last added field {@code null} with probability {@code rate}.
     *
     * <pre>{@code
     * .field("bio", "text", 50, 200).nullable(0.25) // about one bio in four is null
     * }</pre>
     *
     * @param rate in {@code [0, 1]}
     * @return this builder
     * @throws IllegalArgumentException if the rate is outside {@code [0, 1]}
     * @throws IllegalStateException if no field was added yet
     */
    public Builder nullable(double rate) {
      Pending last = last("nullable");
      if (!(rate >= 0 && rate <= 1)) {
        throw new IllegalArgumentException(
            "field '" + last.name + "': null rate must be between 0 and 1, got " + rate);
      }
      last.nullRate = rate;
      return this;
    }

    /**
     * Makes the values of the last added field distinct within each batch (nulls excepted).
     * Duplicates are redrawn; a field whose known domain is too small for a batch fails up front.
     *
     * <pre>{@code
     * .field("email", "safe_email").unique()
     * }</pre>
     *
     * @return this builder
     * @throws IllegalStateException if no field was added yet
     */
    public Builder unique() {
      last("unique").unique = true;
      return this;
    }

    /**
     * Sets how many elements the collection, array or map at {@code path} holds in the objects
     * these overrides decide (instead of the default 10, or what its {@code @Size} picks). It
     * applies to properties, nested ones included ({@code "orders"}, {@code "customer.phones"},
     * {@code "orders[].lines"}), not to schemas of rows.
     *
     * <pre>{@code
     * Schema overrides = Schema.builder()
     *     .size("orders", 3)
     *     .size("orders[].lines", 1)
     *     .build();
     * List<Customer> customers = faker.records(100, Customer.class, overrides);
     * }</pre>
     *
     * <p>A set or a map of size {@code n} holds {@code n} distinct elements or keys. A container
     * cut because its class recurs below itself stays empty. The size must fit the property's
     * {@code @Size}, if it has one.
     *
     * @param path the property's path, as override fields name it
     * @param size how many elements, {@code >= 0}
     * @return this builder
     * @throws IllegalArgumentException if the path is blank or sized twice, or the size negative
     */
    public Builder size(String path, int size) {
      if (path == null || path.isBlank()) {
        throw new IllegalArgumentException(
            "size path must name a collection property, e.g. \"orders\", got '" + path + "'");
      }
      if (size < 0) {
        throw new IllegalArgumentException("size of '" + path + "' must be >= 0, got " + size);
      }
      if (sizes.putIfAbsent(path.strip(), size) != null) {
        throw new IllegalArgumentException(
            "size of '" + path + "' is set twice, to " + sizes.get(path.strip()) + " and " + size);
      }
      return this;
    }

    private Pending last(String option) {
      if (pending.isEmpty()) {
        throw new IllegalStateException(option + "() applies to the last field; add a field first");
      }
      return pending.get(pending.size() - 1);
    }

    /**
     * Validates the fields and returns the schema.
     *
     * @return the schema
     * @throws IllegalArgumentException if a field is invalid (unknown type, wrong arguments,
     *     duplicate name...); the message names the field
     */
    public Schema build() {
      Lookup lookup =
          faker != null ? faker.lookup() : BuiltIns.registry("en_US", TestBinding.currentToday());
      Faker owner = faker != null ? faker : new Faker("en_US", 0L);
      List<FieldSpec> specs = new ArrayList<>(pending.size());
      Map<String, Object> forms = new LinkedHashMap<>();
      Set<String> names = new HashSet<>();
      for (Pending p : pending) {
        if (p.name == null || p.name.isBlank()) {
          throw new IllegalArgumentException(
              "field names must not be blank, got '" + p.name + "' with type '" + p.type + "'");
        }
        if (!names.add(p.name)) {
          throw new IllegalArgumentException("field '" + p.name + "' is defined twice");
        }
        Generator gen =
            p.generator != null
                ? new Customs.FunctionGenerator(p.generator, owner)
                : TypeParser.parse(p.name, p.type, p.args, lookup);
        String type = p.args.isEmpty() ? p.type : p.type + p.args;
        FieldSpec spec = FieldSpec.of(p.name, type, gen).withNullRate(p.nullRate);
        specs.add(p.unique ? spec.asUnique() : spec);
        forms.put(p.name, p.generator != null ? null : p.form());
      }
      return new Schema(specs, forms, lookup, sizes);
    }
  }
}
