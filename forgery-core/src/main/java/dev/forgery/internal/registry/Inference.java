package dev.forgery.internal.registry;

import dev.forgery.internal.Suggestions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The one name-to-provider inference, shared by schemas, records and objects, and the JUnit
 * extension: which provider (and arguments) a field, component or parameter called {@code name} of
 * type {@code type} stands for.
 *
 * <p>Tried in order, each only where the provider's values fit the type:
 *
 * <ol>
 *   <li>the whole name, as a provider name or alias ({@code email}, {@code zip}, {@code birthday}),
 *       or as a word with arguments ({@code age} is {@code integer(18, 80)});
 *   <li>the whole name with one word made singular, last word first ({@code emails}, {@code
 *       datesOfBirth});
 *   <li>a timestamp of a record's life: a date or time type (or a {@code String} whose last word is
 *       {@code at}, {@code on}, {@code date}, {@code time} or {@code timestamp}) named with {@code
 *       created}, {@code updated}, {@code modified}, {@code deleted}, {@code last} and the like
 *       ({@code createdAt}, {@code lastLogin}) lies in the {@link Defaults#RECENT_PAST_DAYS} days
 *       before today, one named with {@code expires}, {@code expiry}, {@code due} or {@code
 *       deadline} in the {@link Defaults#NEAR_FUTURE_DAYS} days after, never today; a {@code
 *       String} is the ISO text of a date ({@code On}, {@code Date}) or an instant, a {@code long}
 *       milliseconds since the epoch, as {@code System.currentTimeMillis()} and {@code
 *       Instant.toEpochMilli()} count them;
 *   <li>a date of birth: a date type named with {@code birth} or {@code born} ({@code yearOfBirth},
 *       {@code birthYear} as a {@code Year}) is {@code dateOfBirth}, an integral {@code birthYear}
 *       a year in which someone aged {@link Defaults#BIRTH_AGE_MIN} to {@link
 *       Defaults#BIRTH_AGE_MAX} today was born;
 *   <li>the same for the name without its leading words ({@code ownerEmail} is {@code email}).
 *       {@code name} as a last word is a person's name only after a word for a person ({@code
 *       customerName}); {@code teamName} fails with suggestions instead of guessing;
 *   <li>the type alone: integral types {@code integer}, floating types {@code doubleValue}, {@code
 *       boolean} {@code bool}, {@code LocalDate} {@code date}, {@code LocalDateTime} {@code
 *       dateTime}, {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime} and {@code
 *       LocalTime} the providers of those names, {@code BigDecimal} {@code decimal}, {@code UUID}
 *       {@code uuid}, an enum {@code choice} of its constants. A {@code String} has no default: its
 *       name must say.
 * </ol>
 */
public final class Inference {
  /**
   * A provider chosen for a name.
   *
   * @param def the provider
   * @param args its arguments
   */
  public record Match(ProviderDef def, List<Object> args) {}

  /** Words that stand for a provider with arguments, and the types they apply to. */
  private record Word(String provider, List<Object> args, boolean integral) {}

  private static final Map<String, Word> WORDS =
      Map.ofEntries(
          Map.entry("age", ints(Defaults.AGE_MIN, Defaults.AGE_MAX)),
          Map.entry("year", ints(1950, 2030)),
          Map.entry("month", ints(1, 12)),
          Map.entry("day", ints(1, 28)),
          Map.entry("hour", ints(0, 23)),
          Map.entry("minute", ints(0, 59)),
          Map.entry("second", ints(0, 59)),
          Map.entry("percent", ints(0, 100)),
          Map.entry("percentage", ints(0, 100)),
          Map.entry("rate", reals(0, 1)),
          Map.entry("ratio", reals(0, 1)),
          Map.entry("probability", reals(0, 1)));

  /** Words before {@code name} that make it a person's name. */
  private static final Set<String> PERSON_WORDS =
      Set.of(
          "full",
          "person",
          "user",
          "customer",
          "client",
          "owner",
          "employee",
          "contact",
          "member",
          "author",
          "manager",
          "patient",
          "student",
          "teacher",
          "buyer",
          "seller",
          "sender",
          "recipient",
          "display",
          "holder",
          "guest",
          "driver",
          "applicant",
          "account");

  /** Words that make a timestamp's name a moment in the recent past. */
  private static final Set<String> PAST_WORDS =
      Set.of(
          "created",
          "creation",
          "updated",
          "modified",
          "deleted",
          "archived",
          "last",
          "registered",
          "joined",
          "published");

  /** Words that make a timestamp's name a moment in the near future. */
  private static final Set<String> FUTURE_WORDS =
      Set.of("expires", "expire", "expiry", "expiration", "due", "deadline");

  /** Last words that make a {@code String}'s name a timestamp; the first two a date's. */
  private static final List<String> TIME_SUFFIXES =
      List.of("on", "date", "at", "time", "timestamp");

  private static final Map<String, String> IRREGULAR =
      Map.of("people", "person", "children", "child", "men", "man", "women", "woman");

  private Inference() {}

  private static Word ints(int min, int max) {
    return new Word("integer", List.of(min, max), true);
  }

  private static Word reals(double min, double max) {
    return new Word("doubleValue", List.of(min, max), false);
  }

  /**
   * Finds the provider a name stands for.
   *
   * @param name a field, component or parameter name
   * @param type the boxed type its values must fit
   * @param lookup the providers on offer
   * @return the match, or {@code null} if neither the name nor the type decides
   */
  public static Match infer(String name, Class<?> type, Lookup lookup) {
    List<String> words = words(name);
    // The whole name first, as the loop below would: a provider called createdAt would win.
    Match exact = words.isEmpty() ? null : byWord(String.join("", words), type, lookup);
    if (exact != null) {
      return exact;
    }
    Match timestamp = timestamp(words, type, lookup);
    if (timestamp != null) {
      return timestamp;
    }
    Match birth = birth(words, type, lookup);
    if (birth != null) {
      return birth;
    }
    for (int start = 0; start < words.size(); start++) {
      List<String> tail = words.subList(start, words.size());
      for (String candidate : candidates(tail)) {
        Match match = byWord(candidate, type, lookup);
        if (match == null) {
          continue;
        }
        if (start > 0
            && match.def().name().equals("name")
            && !PERSON_WORDS.contains(words.get(start - 1))) {
          continue;
        }
        return match;
      }
    }
    return byType(type, lookup);
  }

  /**
   * Finds the provider a name stands for, or fails with a message that says why and suggests names.
   *
   * @param name a field, component or parameter name
   * @param type the boxed type its values must fit
   * @param lookup the providers on offer
   * @param where how messages name the caller
   * @return the match
   * @throws IllegalArgumentException if nothing fits
   */
  public static Match require(String name, Class<?> type, Lookup lookup, String where) {
    Match match = infer(name, type, lookup);
    if (match != null) {
      return match;
    }
    throw new IllegalArgumentException(
        where
            + ": no provider is named like '"
            + name
            + "'"
            + whyNot(name)
            + Suggestions.closest(name, lookup.names())
            + "; name the provider explicitly; providers: "
            + lookup.names());
  }

  /**
   * Explains why a name that ends in a known but weak word ({@code teamName}), or holds a word that
   * stands for a number on a type that is not one ({@code String age}), was not inferred, or
   * returns an empty string.
   *
   * @param name the name that matched nothing
   * @return the explanation, starting with {@code "; "}, or {@code ""}
   */
  public static String whyNot(String name) {
    List<String> words = words(name);
    String last = words.isEmpty() ? "" : words.get(words.size() - 1);
    if (last.equals("name") && words.size() > 1) {
      return "; its last word 'name' is a person's name only after a word such as 'customer' or"
          + " 'owner', so '"
          + name
          + "' is not guessed";
    }
    // A word with a range matched nothing, so the type is not a number (a String age).
    for (String word : words) {
      if (WORDS.containsKey(word)) {
        return "; its word '"
            + word
            + "' stands for a number, and only a number type takes it by inference: declare one,"
            + " or name the provider";
      }
    }
    return "";
  }

  private static Match byWord(String candidate, Class<?> type, Lookup lookup) {
    Word word = WORDS.get(candidate);
    if (word != null && fitsNumber(type, word.integral())) {
      return new Match(lookup.find(word.provider()), word.args());
    }
    ProviderDef def = lookup.find(candidate);
    if (def != null && fits(def.type(), type)) {
      return new Match(def, List.of());
    }
    return null;
  }

  /**
   * A timestamp of a record's life ({@code createdAt}, {@code lastLogin}, {@code expiresOn}): a
   * recent past or near future value relative to the lookup's today, never today itself, or {@code
   * null} if the name or type is not one.
   */
  private static Match timestamp(List<String> words, Class<?> type, Lookup lookup) {
    boolean past = words.stream().anyMatch(PAST_WORDS::contains);
    boolean future = words.stream().anyMatch(FUTURE_WORDS::contains);
    if (past == future) {
      return null;
    }
    String last = words.get(words.size() - 1);
    int suffix = TIME_SUFFIXES.indexOf(last);
    if (type == String.class) {
      if (suffix < 0) {
        return null;
      }
      type = suffix < 2 ? LocalDate.class : java.time.Instant.class;
    }
    LocalDate today = lookup.today();
    LocalDate first = past ? today.minusDays(Defaults.RECENT_PAST_DAYS) : today.plusDays(1);
    LocalDate end = past ? today.minusDays(1) : today.plusDays(Defaults.NEAR_FUTURE_DAYS);
    if (type == LocalDate.class) {
      String provider = past ? "pastDate" : "futureDate";
      int days = past ? Defaults.RECENT_PAST_DAYS : Defaults.NEAR_FUTURE_DAYS;
      ProviderDef def = lookup.find(provider);
      return def == null ? null : new Match(def, List.of(days));
    }
    if (type == Long.class) {
      ProviderDef millis = lookup.find("longValue");
      return millis == null
          ? null
          : new Match(
              millis,
              List.of(
                  first.toEpochDay() * MILLIS_PER_DAY,
                  (end.toEpochDay() + 1) * MILLIS_PER_DAY - 1));
    }
    Match byType = TIMESTAMP_TYPES.contains(type) ? byType(type, lookup) : null;
    return byType == null
        ? null
        : new Match(byType.def(), List.of(first.atStartOfDay(), end.atTime(23, 59, 59)));
  }

  private static final long MILLIS_PER_DAY = 86_400_000L;

  /**
   * A date or year of birth ({@code birthYear}, {@code yearOfBirth}, {@code yearBorn}): a name with
   * the word {@code birth} or {@code born} is {@code dateOfBirth} where a date fits, and an
   * integral one that also says {@code year} is a year in which someone of {@link
   * Defaults#BIRTH_AGE_MIN} to {@link Defaults#BIRTH_AGE_MAX} today was born; otherwise {@code
   * null}, and the name's other words decide ({@code birthMonth} is a month).
   */
  private static Match birth(List<String> words, Class<?> type, Lookup lookup) {
    if (!words.contains("birth") && !words.contains("born")) {
      return null;
    }
    ProviderDef dateOfBirth = lookup.find("dateOfBirth");
    if (type != String.class && dateOfBirth != null && fits(dateOfBirth.type(), type)) {
      return new Match(dateOfBirth, List.of());
    }
    boolean saysYear = words.contains("year") || words.contains("years"); // birthYears too
    if (saysYear && fitsNumber(type, true) && type != Object.class) {
      int year = lookup.today().getYear();
      Word born = ints(year - Defaults.BIRTH_AGE_MAX - 1, year - Defaults.BIRTH_AGE_MIN);
      return new Match(lookup.find(born.provider()), born.args());
    }
    return null;
  }

  /** The types whose provider takes a start and an end date-time. */
  private static final Set<Class<?>> TIMESTAMP_TYPES =
      Set.of(
          LocalDateTime.class,
          java.time.Instant.class,
          java.time.OffsetDateTime.class,
          java.time.ZonedDateTime.class);

  private static boolean fitsNumber(Class<?> type, boolean integral) {
    if (integral) {
      return type == Integer.class
          || type == Long.class
          || type == Short.class
          || type == Byte.class
          || type == Double.class
          || type == Float.class
          || type == Object.class;
    }
    return type == Double.class || type == Float.class || type == Object.class;
  }

  /**
   * Returns whether values of {@code produced} can fill {@code target}: the same or a subtype, any
   * value as its text for {@code String}, numbers converted with a range check, and custom
   * providers (whose type is unknown until they run).
   *
   * @param produced the provider's value class
   * @param target the boxed target type
   * @return whether they fit
   */
  public static boolean fits(Class<?> produced, Class<?> target) {
    if (target.isAssignableFrom(produced) || produced == Object.class) {
      return true;
    }
    if (target == String.class) {
      return produced != Boolean.class;
    }
    return Number.class.isAssignableFrom(target)
        && Number.class.isAssignableFrom(produced)
        && (produced == Integer.class || target == Double.class || target == Float.class);
  }

  private static Match byType(Class<?> type, Lookup lookup) {
    String provider;
    if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
      provider = "integer";
    } else if (type == Double.class || type == Float.class) {
      provider = "doubleValue";
    } else if (type == Boolean.class) {
      provider = "bool";
    } else if (type == LocalDate.class) {
      provider = "date";
    } else if (type == LocalDateTime.class) {
      provider = "dateTime";
    } else if (type == java.time.Instant.class) {
      provider = "instant";
    } else if (type == java.time.OffsetDateTime.class) {
      provider = "offsetDateTime";
    } else if (type == java.time.ZonedDateTime.class) {
      provider = "zonedDateTime";
    } else if (type == java.time.LocalTime.class) {
      provider = "localTime";
    } else if (type == java.math.BigDecimal.class) {
      provider = "decimal";
    } else if (type == UUID.class) {
      provider = "uuid";
    } else if (type.isEnum() && type.getEnumConstants().length > 0) {
      ProviderDef choice = lookup.find("choice");
      return choice == null ? null : new Match(choice, List.of(type));
    } else {
      return null;
    }
    ProviderDef def = lookup.find(provider);
    return def == null ? null : new Match(def, List.of());
  }

  /**
   * Splits camelCase, snake_case and kebab-case into lower-case words; digits stay with their word.
   *
   * @param name a name
   * @return the words
   */
  public static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char previous = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean separator = c == '_' || c == '-' || c == ' ' || c == '.';
      boolean boundary =
          separator || (Character.isUpperCase(c) && !Character.isUpperCase(previous));
      if (boundary && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      if (!separator) {
        word.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  /** The whole words joined, then with one word made singular, last word first. */
  private static List<String> candidates(List<String> words) {
    List<String> out = new ArrayList<>();
    out.add(String.join("", words));
    for (int i = words.size() - 1; i >= 0; i--) {
      for (String singular : singulars(words.get(i))) {
        List<String> copy = new ArrayList<>(words);
        copy.set(i, singular);
        out.add(String.join("", copy));
      }
    }
    return out;
  }

  /**
   * Returns the singular forms a plural word may have, by simple English rules, most specific first
   * ({@code cities} city, {@code addresses} address, {@code emails} email).
   *
   * @param word a lower-case word
   * @return the candidates, empty if the word does not look plural
   */
  public static List<String> singulars(String word) {
    List<String> out = new ArrayList<>(2);
    String irregular = IRREGULAR.get(word);
    if (irregular != null) {
      out.add(irregular);
    }
    if (word.length() > 3 && word.endsWith("ies")) {
      out.add(word.substring(0, word.length() - 3) + "y");
    }
    if (word.endsWith("sses")
        || word.endsWith("shes")
        || word.endsWith("ches")
        || word.endsWith("xes")
        || word.endsWith("zes")
        || word.endsWith("uses")) {
      out.add(word.substring(0, word.length() - 2));
    }
    if (word.length() > 1 && word.endsWith("s") && !word.endsWith("ss")) {
      out.add(word.substring(0, word.length() - 1));
    }
    return out;
  }

  /**
   * Returns the box of a primitive type, or the type itself.
   *
   * @param type any class
   * @return {@code Integer} for {@code int} and so on
   */
  public static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == float.class) {
      return Float.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == short.class) {
      return Short.class;
    }
    if (type == byte.class) {
      return Byte.class;
    }
    return Character.class;
  }
}
