package dev.forgery.internal.provider.web;

import dev.forgery.internal.data.Tables;
import dev.forgery.internal.data.WeightedTable;
import dev.forgery.internal.random.RandomSource;

/**
 * User-Agent strings of current browsers, drawn from one weighted table ({@code web/user_agents})
 * of complete strings that {@code tools/data/WebTables.java} builds from templates and version
 * ranges, both editorial:
 *
 * <table>
 *   <caption>Templates</caption>
 *   <tr><th>browser</th><th>platforms (share of requests)</th><th>versions</th></tr>
 *   <tr><td>Chrome</td><td>Windows 28%, Android 24%, macOS 7%, Linux 2%</td><td>138-143</td></tr>
 *   <tr><td>Safari</td><td>iPhone 17%, macOS 5%</td><td>18.5-26.0 (iPhone), 18.5-26.1 (macOS)
 *   </td></tr>
 *   <tr><td>Edge</td><td>Windows 9%, macOS 1%</td><td>138-143</td></tr>
 *   <tr><td>Firefox</td><td>Windows 4%, macOS 1%, Linux 1%, Android 1%</td><td>140-146</td></tr>
 * </table>
 *
 * <p>Within a template the newest version is the most frequent, falling linearly to the oldest. The
 * versions are those current on 2026-01-01, and the strings have the reduced form browsers send
 * now: Chrome and Edge report {@code major.0.0.0} and Chrome on Android {@code Android 10; K},
 * every Mac reports {@code Intel Mac OS X 10_15_7}, Safari 26 on iPhone {@code iPhone OS 18_6}.
 *
 * <p>Draws: one value per user agent.
 */
public final class UserAgents {
  private final WeightedTable table;

  private UserAgents(WeightedTable table) {
    this.table = table;
  }

  /**
   * Returns the shared table.
   *
   * @return the shared instance
   */
  public static UserAgents shared() {
    return Tables.cached("userAgents", key -> new UserAgents(Tables.weighted("web/user_agents")));
  }

  /**
   * Draws a user agent.
   *
   * @param random consumes one value
   * @return a User-Agent header value
   */
  public String userAgent(RandomSource random) {
    return table.draw(random);
  }

  /**
   * Fills {@code out[at, at + count)} with user agents, restarting {@code random} at {@code
   * seeds[k]} before user agent {@code k} unless {@code seeds} is null: the same as that many calls
   * of {@link #userAgent(RandomSource)}.
   *
   * @param random consumes one value per user agent
   * @param seeds one seed per user agent, or {@code null} to draw all from one stream
   * @param out the destination
   * @param at where the first user agent goes
   * @param count how many user agents
   */
  public void userAgents(RandomSource random, long[] seeds, Object[] out, int at, int count) {
    table.fill(random, seeds, out, at, count);
  }

  /**
   * Returns every user agent, in table order.
   *
   * @return a new array
   */
  public String[] values() {
    return table.values();
  }
}
