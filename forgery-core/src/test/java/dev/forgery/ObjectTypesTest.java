package dev.forgery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forgery.fixtures.objects.Status;
import dev.forgery.internal.provider.codes.CurrencyCodes;
import dev.forgery.internal.provider.codes.LanguageTags;
import dev.forgery.internal.provider.datetime.Dates;
import dev.forgery.internal.provider.datetime.TimeZones;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Currency;
import java.util.Date;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Queue;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JDK value types and container types a property may have besides the common ones. */
class ObjectTypesTest {

  record Place(
      ZoneId zone,
      ZoneOffset offset,
      char initial,
      Character grade,
      Date signedAt,
      Locale locale,
      Currency currency) {}

  @Test
  void zonesOffsetsCharsDatesLocalesAndCurrenciesAreFilledFromFixedTables() {
    List<Place> places = new Faker("en_US", 7L).records(2_000, Place.class);
    List<ZoneId> zones = Arrays.asList(TimeZones.zones());
    List<ZoneOffset> offsets = Arrays.asList(Dates.offsets());
    List<Locale> locales = Arrays.asList(LanguageTags.locales());
    List<String> codes = Arrays.asList(CurrencyCodes.codes());
    Instant start = Instant.parse("1970-01-01T00:00:00Z");
    Instant end = Instant.parse("2031-01-01T00:00:00Z");
    for (Place p : places) {
      assertThat(zones).contains(p.zone());
      assertThat(p.zone()).isNotInstanceOf(ZoneOffset.class);
      assertThat(offsets).contains(p.offset());
      assertThat(Character.isLetter(p.initial())).isTrue();
      assertThat(p.grade()).isBetween('a', 'z');
      assertThat(p.signedAt().toInstant()).isBetween(start, end);
      assertThat(locales).contains(p.locale());
      assertThat(codes).contains(p.currency().getCurrencyCode());
    }
    assertThat(places.stream().map(Place::zone).distinct().count()).isGreaterThan(250);
    assertThat(places.stream().map(Place::offset).distinct().count()).isGreaterThan(30);
    assertThat(places.stream().map(Place::initial).distinct().count()).isEqualTo(26);
    assertThat(new Faker("en_US", 7L).records(2_000, Place.class)).isEqualTo(places);
  }

  @Test
  void theZoneAndLocaleTablesAreSortedRegionIdsEveryJdkKnows() {
    String[] ids = Arrays.stream(TimeZones.zones()).map(ZoneId::getId).toArray(String[]::new);
    assertThat(ids).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(300);
    assertThat(ZoneId.getAvailableZoneIds()).contains(ids);
    assertThat(ids).allMatch(id -> id.matches("[A-Z][A-Za-z]+/.+"));
    String[] tags =
        Arrays.stream(LanguageTags.locales()).map(Locale::toLanguageTag).toArray(String[]::new);
    assertThat(tags).isSorted().doesNotHaveDuplicates().contains("fr-CA", "de-DE", "en-US");
  }

  @Test
  void stringOverridesAreReadAsZonesOffsetsCharsLocalesAndCurrencies() {
    Schema overrides =
        Schema.builder()
            .field("zone", "choice", "Europe/Paris")
            .field("offset", "choice", "+05:30")
            .field("initial", "choice", "Q")
            .field("locale", "choice", "fr-CA")
            .field("currency", "choice", "CHF")
            .build();
    Place p = new Faker("en_US", 1L).records(1, Place.class, overrides).get(0);
    assertThat(p.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(p.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(p.initial()).isEqualTo('Q');
    assertThat(p.locale()).isEqualTo(Locale.CANADA_FRENCH);
    assertThat(p.currency()).isEqualTo(Currency.getInstance("CHF"));
  }

  @Test
  void overrideTextThatIsNotAValueFailsWhenDeclared() {
    assertThatThrownBy(() -> placesWith("zone", "Europe/Pariss"))
        .hasMessageContaining("component 'zone'")
        .hasMessageContaining("'Europe/Pariss' is not a ZoneId")
        .hasMessageContaining("region ids such as Europe/Paris");
    assertThatThrownBy(() -> placesWith("initial", "QR"))
        .hasMessageContaining("'QR' is not a Character")
        .hasMessageContaining("exactly one character");
    assertThatThrownBy(() -> placesWith("currency", "EURO"))
        .hasMessageContaining("'EURO' is not a Currency")
        .hasMessageContaining("ISO 4217");
  }

  /** Plans no places, with one property decided by one constant. */
  private static List<Place> placesWith(String property, String constant) {
    Schema overrides = Schema.builder().field(property, "choice", constant).build();
    return new Faker("en_US", 1L).records(0, Place.class, overrides);
  }

  static class Shelf {
    SortedSet<String> tags;
    NavigableSet<Integer> counts;
    TreeSet<String> labels;
    LinkedList<String> cities;
    Queue<String> names;
    Deque<String> emails;
    ArrayDeque<String> words;
    SortedMap<String, Integer> scores;
    NavigableMap<Integer, String> byRank;
    TreeMap<String, String> companies;
    EnumMap<Status, String> notes;
    EnumSet<Status> statuses;
  }

  @Test
  void sortedLinkedQueueAndEnumContainersGetTheirDeclaredClass() {
    List<Shelf> shelves = new Faker("en_US", 3L).records(200, Shelf.class);
    for (Shelf s : shelves) {
      assertThat(s.tags).isInstanceOf(TreeSet.class).isNotEmpty();
      assertThat(s.counts).isInstanceOf(TreeSet.class);
      assertThat(List.copyOf(s.counts)).isSorted();
      assertThat(s.labels).isNotEmpty();
      assertThat(s.cities).hasSize(10);
      assertThat(s.names).isInstanceOf(ArrayDeque.class).hasSize(10);
      assertThat(s.emails).hasSize(10).allMatch(e -> e.contains("@"));
      assertThat(s.words).hasSize(10);
      assertThat(s.scores).isInstanceOf(TreeMap.class).isNotEmpty();
      assertThat(List.copyOf(s.byRank.keySet())).isSorted();
      assertThat(s.companies).isNotEmpty();
      assertThat(s.notes).isInstanceOf(EnumMap.class).isNotEmpty();
      assertThat(s.statuses).isNotEmpty();
      s.tags.add("added");
      s.notes.put(Status.CLOSED, "added");
      s.names.add("added");
    }
    assertThat(shelves.stream().map(s -> s.statuses).distinct().count()).isGreaterThan(1);
  }

  record SortedTags(SortedSet<String> tags, SortedMap<String, Integer> scores) {}

  record PlainTags(Set<String> tags, Map<String, Integer> scores) {}

  @Test
  void aSortedContainerHoldsWhatTheUnsortedOneWouldInItsOrderAndIsUnmodifiableInARecord() {
    List<SortedTags> sorted = new Faker("en_US", 4L).records(50, SortedTags.class);
    List<PlainTags> plain = new Faker("en_US", 4L).records(50, PlainTags.class);
    for (int i = 0; i < sorted.size(); i++) {
      assertThat(sorted.get(i).tags())
          .containsExactlyElementsOf(new TreeSet<>(plain.get(i).tags()));
      assertThat(sorted.get(i).scores()).isEqualTo(new TreeMap<>(plain.get(i).scores()));
    }
    SortedTags first = sorted.get(0);
    assertThatThrownBy(() -> first.tags().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.scores().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNullableElementOverrideOfACollectionThatCannotHoldNullIsRefused() {
    Schema nullable = Schema.builder().field("tags[]", "word").nullable(0.5).build();
    assertThatThrownBy(() -> new Faker("en_US", 1L).records(0, SortedTags.class, nullable))
        .hasMessageContaining("component 'tags'")
        .hasMessageContaining("cannot hold null")
        .hasMessageContaining("'tags[]' is nullable");
    assertThat(new Faker("en_US", 1L).records(20, PlainTags.class, nullable))
        .anyMatch(p -> p.tags().contains(null));
  }

  record Point(int x, int y) {}

  static class Unsortable {
    SortedSet<Point> points;
  }

  @Test
  void aSortedContainerOfElementsWithoutAnOrderIsRefusedWithTheFix() {
    assertThatThrownBy(() -> new Faker("en_US", 1L).record(Unsortable.class))
        .hasMessageContaining("field 'points'")
        .hasMessageContaining(Point.class.getName() + " is not Comparable")
        .hasMessageContaining("declare a List, Set or Map");
  }
}
