package dev.forgery.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * 100,000 codes of each kind: ISBN-10, ISBN-13, EAN-13, VIN, IMEI, currency code, and strings of
 * ten letters or alphanumerics. Each kind has its three methods, {@code <kind>Forgery}, {@code
 * <kind>Datafaker} and {@code <kind>Floor}.
 */
public class CodesBenchmark extends BatchBenchmark {
  private static final int LENGTH = 10;

  private static final byte[] LETTERS =
      "abcdefghijklmnopqrstuvwxyz".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ALPHANUMERICS =
      "abcdefghijklmnopqrstuvwxyz0123456789".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] VIN_CHARS =
      "0123456789ABCDEFGHJKLMNPRSTUVWXYZ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] YEAR_CODES =
      "ABCDEFGHJKLMNPRSTVWXY123456789".getBytes(StandardCharsets.US_ASCII);
  private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  private static final int[] VIN_VALUES = vinValues();

  private static final byte[] VIN_LETTERS =
      "ABCDEFGHJKLMNPRSTUVWXYZ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] VIN_DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);
  private static final int MODEL_YEARS = 30;
  private static final long LOW = 0xFFFF_FFFFL;

  private final String[] currencies = Floor.table("codes/currency_codes");
  private final byte[][] wmis = wmis(Floor.table("codes/vin_wmis"));

  /**
   * The 30 model years forgery's faker draws from, those that end with the year after its reference
   * date (today): their codes, and the characters position 7 takes in each.
   */
  private final byte[] yearCodes = new byte[MODEL_YEARS];

  private final byte[][] sevenths = new byte[MODEL_YEARS][];

  {
    int first = forgery.today().getYear() + 2 - MODEL_YEARS;
    for (int i = 0; i < MODEL_YEARS; i++) {
      int year = first + i;
      yearCodes[i] = YEAR_CODES[Math.floorMod(year - 1980, MODEL_YEARS)];
      sevenths[i] = year >= 2010 ? VIN_LETTERS : VIN_DIGITS;
    }
  }

  private static int[] vinValues() {
    int[] values = new int[128];
    String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    int[] letterValues = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    for (int i = 0; i < letters.length(); i++) {
      values[letters.charAt(i)] = letterValues[i];
    }
    for (int d = 0; d <= 9; d++) {
      values['0' + d] = d;
    }
    return values;
  }

  private static byte[][] wmis(String[] rows) {
    byte[][] out = new byte[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i].substring(0, 3).getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }

  /** Writes {@code count} digits of {@code value} ending before {@code end}. */
  private static void digits(byte[] out, int end, long value, int count) {
    for (int i = end - 1; i >= end - count; i--) {
      out[i] = (byte) ('0' + (int) (value % 10));
      value /= 10;
    }
  }

  /** The GS1 check digit of the first twelve digits. */
  private static byte gs1(byte[] d) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (d[i] - '0') * ((i & 1) == 0 ? 1 : 3);
    }
    return (byte) ('0' + (10 - sum % 10) % 10);
  }

  // -----------------------------------------------------------------------------------------------
  // ISBN-10

  /**
   * forgery's batch.
   *
   * @return the ISBNs
   */
  @Benchmark
  public List<String> isbn10Forgery() {
    return forgery.isbn10s(N);
  }

  /**
   * Datafaker's {@code code().isbn10()}, N times.
   *
   * @return the ISBNs
   */
  @Benchmark
  public String[] isbn10Datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.code().isbn10();
    }
    return out;
  }

  /**
   * Nine digits from one draw, the mod-11 check digit, one string.
   *
   * @return the ISBNs
   */
  @Benchmark
  public String[] isbn10Floor() {
    String[] out = new String[N];
    byte[] d = new byte[10];
    for (int i = 0; i < N; i++) {
      digits(d, 9, (floor.next() >>> 1) % 1_000_000_000L, 9);
      int sum = 0;
      for (int k = 0; k < 9; k++) {
        sum += (d[k] - '0') * (k + 1);
      }
      int check = sum % 11;
      d[9] = (byte) (check == 10 ? 'X' : '0' + check);
      out[i] = new String(d, 0, 10, StandardCharsets.ISO_8859_1);
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------
  // ISBN-13

  /**
   * forgery's batch.
   *
   * @return the ISBNs
   */
  @Benchmark
  public List<String> isbn13Forgery() {
    return forgery.isbn13s(N);
  }

  /**
   * Datafaker's {@code code().isbn13()}, N times.
   *
   * @return the ISBNs
   */
  @Benchmark
  public String[] isbn13Datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.code().isbn13();
    }
    return out;
  }

  /**
   * {@code 978}, nine digits from one draw, the GS1 check digit, one string.
   *
   * @return the ISBNs
   */
  @Benchmark
  public String[] isbn13Floor() {
    String[] out = new String[N];
    byte[] d = {'9', '7', '8', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < N; i++) {
      digits(d, 12, (floor.next() >>> 1) % 1_000_000_000L, 9);
      d[12] = gs1(d);
      out[i] = new String(d, 0, 13, StandardCharsets.ISO_8859_1);
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------
  // EAN-13

  /**
   * forgery's batch.
   *
   * @return the EANs
   */
  @Benchmark
  public List<String> ean13Forgery() {
    return forgery.ean13s(N);
  }

  /**
   * Datafaker's {@code code().ean13()}, N times.
   *
   * @return the EANs
   */
  @Benchmark
  public String[] ean13Datafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.code().ean13();
    }
    return out;
  }

  /**
   * A German prefix ({@code 400}-{@code 440}) and nine digits from one draw, the GS1 check digit,
   * one string.
   *
   * @return the EANs
   */
  @Benchmark
  public String[] ean13Floor() {
    String[] out = new String[N];
    byte[] d = new byte[13];
    for (int i = 0; i < N; i++) {
      long bits = floor.next();
      digits(d, 3, 400 + (((bits >>> 32) * 41) >>> 32), 3);
      digits(d, 12, (bits & 0xFFFF_FFFFL) * 1_000_000_000L >>> 32, 9);
      d[12] = gs1(d);
      out[i] = new String(d, 0, 13, StandardCharsets.ISO_8859_1);
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------
  // VIN

  /**
   * forgery's batch.
   *
   * @return the VINs
   */
  @Benchmark
  public List<String> vinForgery() {
    return forgery.vins(N);
  }

  /**
   * Datafaker's {@code vehicle().vin()}, N times.
   *
   * @return the VINs
   */
  @Benchmark
  public String[] vinDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.vehicle().vin();
    }
    return out;
  }

  /**
   * A WMI of the table and a model year from the halves of one draw; position 7 (a digit before
   * 2010, a letter from 2010 on, as the model year says) and positions 4, 5, 6 and 8 from a second;
   * the plant and the six-digit serial number from a third; the check digit, one string. Each half
   * of a draw gives a few characters as the leading digits of its fraction (multiply by the
   * alphabet's size, take the high bits, keep the low ones): a multiply-shift of a range of at most
   * 33,000 values, so no value's share is off by more than 8 in a million, as forgery's table picks
   * allow. The 10-bit slices this floor took before gave some descriptor characters 3% more than
   * others, and its position 7 ignored the model year.
   *
   * @return the VINs
   */
  @Benchmark
  public String[] vinFloor() {
    String[] out = new String[N];
    byte[] v = new byte[17];
    for (int i = 0; i < N; i++) {
      long a = floor.next();
      byte[] wmi = wmis[(int) (((a >>> 32) * wmis.length) >>> 32)];
      int year = (int) (((a & LOW) * MODEL_YEARS) >>> 32);
      v[0] = wmi[0];
      v[1] = wmi[1];
      v[2] = wmi[2];
      v[9] = yearCodes[year];
      long b = floor.next();
      byte[] sevens = sevenths[year];
      long x = (b >>> 32) * sevens.length;
      v[6] = sevens[(int) (x >>> 32)];
      x = (x & LOW) * 33;
      v[3] = VIN_CHARS[(int) (x >>> 32)];
      x = (x & LOW) * 33;
      v[4] = VIN_CHARS[(int) (x >>> 32)];
      x = (b & LOW) * 33;
      v[5] = VIN_CHARS[(int) (x >>> 32)];
      x = (x & LOW) * 33;
      v[7] = VIN_CHARS[(int) (x >>> 32)];
      long c = floor.next();
      x = (c >>> 32) * 33;
      v[10] = VIN_CHARS[(int) (x >>> 32)];
      for (int k = 11; k < 14; k++) {
        x = (x & LOW) * 10;
        v[k] = (byte) ('0' + (x >>> 32));
      }
      x = c & LOW;
      for (int k = 14; k < 17; k++) {
        x = (x & LOW) * 10;
        v[k] = (byte) ('0' + (x >>> 32));
      }
      int sum = 0;
      for (int k = 0; k < 17; k++) {
        sum += VIN_VALUES[v[k]] * VIN_WEIGHTS[k];
      }
      int check = sum % 11;
      v[8] = (byte) (check == 10 ? 'X' : '0' + check);
      out[i] = new String(v, 0, 17, StandardCharsets.ISO_8859_1);
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------
  // IMEI

  /**
   * forgery's batch.
   *
   * @return the IMEIs
   */
  @Benchmark
  public List<String> imeiForgery() {
    return forgery.imeis(N);
  }

  /**
   * Datafaker's {@code code().imei()}, N times.
   *
   * @return the IMEIs
   */
  @Benchmark
  public String[] imeiDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.code().imei();
    }
    return out;
  }

  /**
   * {@code 35}, twelve digits from one draw, the Luhn check digit, one string.
   *
   * @return the IMEIs
   */
  @Benchmark
  public String[] imeiFloor() {
    String[] out = new String[N];
    byte[] d = {'3', '5', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    for (int i = 0; i < N; i++) {
      digits(d, 14, (floor.next() >>> 1) % 1_000_000_000_000L, 12);
      int sum = 0;
      for (int k = 13; k >= 0; k--) {
        int x = d[k] - '0';
        if (((13 - k) & 1) == 0) {
          x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        }
        sum += x;
      }
      d[14] = (byte) ('0' + (10 - sum % 10) % 10);
      out[i] = new String(d, 0, 15, StandardCharsets.ISO_8859_1);
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------
  // currency codes

  /**
   * forgery's batch.
   *
   * @return the codes
   */
  @Benchmark
  public List<String> currencyCodeForgery() {
    return forgery.currencyCodes(N);
  }

  /**
   * Datafaker's {@code money().currencyCode()}, N times.
   *
   * @return the codes
   */
  @Benchmark
  public String[] currencyCodeDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.money().currencyCode();
    }
    return out;
  }

  /**
   * A uniform pick from the table.
   *
   * @return the codes
   */
  @Benchmark
  public String[] currencyCodeFloor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = currencies[floor.pick(currencies.length)];
    }
    return out;
  }

  // -----------------------------------------------------------------------------------------------
  // letters and alphanumerics, ten characters

  /**
   * forgery's batch.
   *
   * @return the strings
   */
  @Benchmark
  public List<String> lettersForgery() {
    return forgery.letters(N, LENGTH);
  }

  /**
   * Datafaker's {@code lorem().characters(10, false, false, false)}, N times.
   *
   * @return the strings
   */
  @Benchmark
  public String[] lettersDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.lorem().characters(LENGTH, false, false, false);
    }
    return out;
  }

  /**
   * Two characters per draw, one from each 32-bit half, one string.
   *
   * @return the strings
   */
  @Benchmark
  public String[] lettersFloor() {
    return characters(LETTERS);
  }

  /**
   * forgery's batch.
   *
   * @return the strings
   */
  @Benchmark
  public List<String> alphanumericForgery() {
    return forgery.alphanumerics(N, LENGTH);
  }

  /**
   * Datafaker's {@code lorem().characters(10, false, false, true)}, N times.
   *
   * @return the strings
   */
  @Benchmark
  public String[] alphanumericDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.lorem().characters(LENGTH, false, false, true);
    }
    return out;
  }

  /**
   * Two characters per draw, one from each 32-bit half, one string.
   *
   * @return the strings
   */
  @Benchmark
  public String[] alphanumericFloor() {
    return characters(ALPHANUMERICS);
  }

  private String[] characters(byte[] alphabet) {
    String[] out = new String[N];
    byte[] s = new byte[LENGTH];
    int size = alphabet.length;
    for (int i = 0; i < N; i++) {
      for (int k = 0; k < LENGTH; k += 2) {
        long bits = floor.next();
        s[k] = alphabet[(int) (((bits >>> 32) * size) >>> 32)];
        s[k + 1] = alphabet[(int) (((bits & 0xFFFF_FFFFL) * size) >>> 32)];
      }
      out[i] = new String(s, 0, LENGTH, StandardCharsets.ISO_8859_1);
    }
    return out;
  }
}
