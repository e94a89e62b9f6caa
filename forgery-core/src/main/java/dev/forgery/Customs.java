package dev.forgery;

import dev.forgery.internal.provider.BuiltIns;
import dev.forgery.internal.random.RandomSource;
import dev.forgery.internal.registry.Generator;
import dev.forgery.internal.registry.Lookup;
import dev.forgery.internal.registry.ProviderDef;
import dev.forgery.internal.registry.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * The providers a faker offers: its locale's built-in registry plus the custom providers registered
 * on it. Registration is safe from any thread (the shared faker behind {@link Forgery} is used from
 * many), and lookups never see a half-made entry.
 */
final class Customs implements Lookup {
  /** The built-ins of the faker's locale and reference date; replaced by {@link #today}. */
  private volatile Registry registry;

  /** Custom providers by lookup key; sorted, so listings never depend on registration order. */
  private final Map<String, ProviderDef> custom = new ConcurrentSkipListMap<>();

  Customs(Registry registry) {
    this.registry = registry;
  }

  Registry registry() {
    return registry;
  }

  /** Moves the built-ins to another reference date: same locale, same custom providers. */
  void today(LocalDate today) {
    registry = BuiltIns.registry(registry.locale(), today);
  }

  @Override
  public LocalDate today() {
    return registry.today();
  }

  boolean isEmpty() {
    return custom.isEmpty();
  }

  /**
   * Registers a provider whose values come from {@code function} applied to a faker view over the
   * generator of the cell or call being drawn.
   */
  void register(String name, Function<Faker, ?> function, Faker owner) {
    Generator generator = new FunctionGenerator(function, owner);
    add(ProviderDef.define(name, Object.class, "custom provider").draws(locale -> generator));
  }

  /**
   * Registers a model: a provider of objects whose generator is already made.
   *
   * @param name the model's name
   * @param type the objects' class
   * @param generator draws one object per call
   * @param description what it is, for listings
   */
  void register(String name, Class<?> type, Generator generator, String description) {
    add(ProviderDef.define(name, type, description).draws(locale -> generator));
  }

  /** Adds a custom definition, refusing the name of a built-in. */
  private void add(ProviderDef def) {
    String name = def.name();
    ProviderDef builtIn = registry.find(name);
    if (builtIn != null) {
      throw new IllegalArgumentException(
          "name '"
              + name
              + "' is already the built-in provider '"
              + builtIn.name()
              + "'; built-in names, their aliases and the schema keywords cannot be replaced;"
              + " choose another name");
    }
    custom.put(Lookup.key(name), def);
  }

  @Override
  public ProviderDef find(String name) {
    if (name == null) {
      return null;
    }
    ProviderDef def = registry.find(name);
    return def != null ? def : custom.get(Lookup.key(name));
  }

  @Override
  public List<String> names() {
    return withCustom(registry.names());
  }

  private List<String> withCustom(List<String> builtIn) {
    if (custom.isEmpty()) {
      return builtIn;
    }
    List<String> names = new ArrayList<>(builtIn);
    for (ProviderDef def : custom.values()) {
      names.add(def.name());
    }
    Collections.sort(names);
    return Collections.unmodifiableList(names);
  }

  @Override
  public String locale() {
    return registry.locale();
  }

  /**
   * Returns a built-in provider bound to its defaults, cached per definition.
   *
   * @param name a canonical built-in name
   * @return the generator
   */
  Generator builtIn(String name) {
    Registry builtIns = registry;
    return builtIns.defaults(builtIns.named(name));
  }

  Generator generator(ProviderDef def) {
    Registry builtIns = registry;
    return builtIns.find(def.name()) == def
        ? builtIns.defaults(def)
        : def.bind(this, List.of(), def.name());
  }

  /**
   * Calls a user's function with a faker over the source being drawn from: the only place a faker
   * is made for the engine, so that providers themselves never see one.
   */
  static final class FunctionGenerator extends Generator {
    private final Function<Faker, ?> function;
    private final Faker owner;

    FunctionGenerator(Function<Faker, ?> function, Faker owner) {
      this.function = function;
      this.owner = owner;
    }

    @Override
    public Class<?> valueType() {
      return Object.class;
    }

    @Override
    public Object next(RandomSource random) {
      return function.apply(owner.view(random));
    }
  }
}
