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
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The least a field-filling extension can be: one callback, {@link BeforeEachCallback}, setting the
 * test instance's {@link Constant} fields to the same three values before each test (the fields
 * found once per extension). {@link MinimalFieldsRepeated} uses it as it is; {@link
 * InertFieldsRepeated}'s extension adds forgery's other six interfaces to it.
 */
public class ConstantFields implements BeforeEachCallback {
  /** Marks a field set to a constant. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  @interface Constant {}

  private static final String EMAIL = "ada.lovelace@example.com";
  private static final List<String> EMAILS = Collections.nCopies(ExtensionOverhead.SIZE, EMAIL);
  private static final Customer CUSTOMER =
      new Customer("Ada", "Lovelace", EMAIL, 36, "London", LocalDate.of(1815, 12, 10));

  private volatile List<Field> fields;

  /** Creates the extension; JUnit does this once per test class. */
  public ConstantFields() {}

  /**
   * Sets the {@link Constant} fields of the test instance: a {@code String} to an email address, a
   * {@code List} to ten of them, any other to a {@link Customer}.
   *
   * @param context the test; its instance is always of the same class
   * @throws IllegalAccessException if a field cannot be set
   */
  @Override
  public void beforeEach(ExtensionContext context) throws IllegalAccessException {
    Object instance = context.getRequiredTestInstance();
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
