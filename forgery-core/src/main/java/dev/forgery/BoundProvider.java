package dev.forgery;

import dev.forgery.internal.Checks;
import dev.forgery.internal.registry.Generator;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A provider bound to a faker's generator and to its arguments: what {@link Provider} hands out.
 */
final class BoundProvider implements Provider<Object> {
  private final Faker faker;
  private final String name;
  private final Generator gen;
  private final List<Object> args;

  BoundProvider(Faker faker, String name, Generator gen, List<Object> args) {
    this.faker = faker;
    this.name = name;
    this.gen = gen;
    this.args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<?> type() {
    return gen.valueType();
  }

  @Override
  public List<Object> arguments() {
    return args;
  }

  @Override
  public Object next() {
    return gen.next(faker.random());
  }

  @Override
  public List<Object> next(int n) {
    Object[] out = new Object[Checks.count(n)];
    gen.batch(faker.random(), out, 0, out.length);
    // Wraps without copying: the array never escapes, so the list is truly unmodifiable.
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  @Override
  public String toString() {
    return args.isEmpty() ? name : name + args;
  }
}
