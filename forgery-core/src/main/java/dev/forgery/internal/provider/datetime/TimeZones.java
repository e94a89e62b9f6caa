package dev.forgery.internal.provider.datetime;

import dev.forgery.internal.data.Tables;
import java.time.ZoneId;

/**
 * Region time-zone ids ({@code Europe/Paris}) from the table {@code codes/time_zones}, the zones of
 * the world's cities of more than 15,000 people, sorted, rather than {@link
 * ZoneId#getAvailableZoneIds()}, whose set changes with the JDK's time-zone data and whose order is
 * a hash set's.
 */
public final class TimeZones {
  private TimeZones() {}

  /**
   * Returns every zone id of the table, in its sorted order, the order of {@link #zones()}.
   *
   * @return the ids, shared and never modified
   */
  public static String[] ids() {
    return Tables.list("codes/time_zones");
  }

  /**
   * Returns every zone of the table, in its sorted order; the array is shared and never modified.
   *
   * @return the zones
   */
  public static ZoneId[] zones() {
    return Tables.parsed("codes/time_zones", ZoneId::of, ZoneId[]::new);
  }
}
