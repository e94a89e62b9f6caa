package dev.forgery.internal.schema;

import java.util.List;

/** Opens the package-private helpers of {@link RecordPlan} to tests in other packages. */
public final class RecordPlanAccess {
  private RecordPlanAccess() {}

  public static String singular(String name) {
    return RecordPlan.singular(name);
  }

  public static List<String> words(String name) {
    return RecordPlan.words(name);
  }
}
