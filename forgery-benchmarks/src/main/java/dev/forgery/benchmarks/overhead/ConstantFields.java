package dev.forgery.benchmarks.overhead;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the extensions that stand in for forgery's ({@link InertFieldsRepeated}, {@link
 * MinimalFieldsRepeated}) do before each test: set the test instance's {@link Constant} fields to
 * the same three values every time, found once per extension.
 */
final class ConstantFields {
  /** Marks a field set to a constant. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface Constant {}

  private static final String EMAIL = "ada.lovelace@example.com";
  private static final List<String> EMAILS = Collections.nCopies(ExtensionOverhead.SIZE, EMAIL);
  private static final Customer CUSTOMER =
      new Customer("Ada", "Lovelace", EMAIL, 36, "London", LocalDate.of(1815, 12, 10));

  private volatile List<Field> fields;

  /**
   * Sets the {@link Constant} fields of a test instance: a {@code String} to an email address, a
   * {@code List} to ten of them, any other to a {@link Customer}.
   *
   * @param instance the test instance; always of the same class
   * @throws IllegalAccessException if a field cannot be set
   */
  void fill(Object instance) throws IllegalAccessException {
    for (Field field : fields(instance.getClass())) {
      Class<?> type = field.getType();
      field.set(instance, type == String.class ? EMAIL : type == List.class ? EMAILS : CUSTOMER);
    }
  }

  private List<Field> fields(Class<?> type) {
    List<Field> found = fields;
    if (found == null) {
      found = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        if (field.isAnnotationPresent(Constant.class)) {
          field.setAccessible(true);
          found.add(field);
        }
      }
      fields = found;
    }
    return found;
  }
}
