package dev.forgery.benchmarks;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * 100,000 street names ({@code Main St}), secondary units ({@code Apt 12}) and latitudes, each
 * three ways: forgery's batch, Datafaker's method called N times, and a hand-written floor. Methods
 * are named {@code <values><Way>}, e.g. {@code streetNamesFloor}, for {@link Interleaved}.
 */
public class AddressPartsBenchmark extends BatchBenchmark {
  private final String[] streets = Floor.table("en_US/streets");

  /**
   * forgery's street names.
   *
   * @return the street names
   */
  @Benchmark
  public List<String> streetNamesForgery() {
    return forgery.streetNames(N);
  }

  /**
   * Datafaker's {@code address().streetName()}, N times.
   *
   * @return the street names
   */
  @Benchmark
  public String[] streetNamesDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.address().streetName();
    }
    return out;
  }

  /**
   * One uniform pick of the street table per value.
   *
   * @return the street names
   */
  @Benchmark
  public String[] streetNamesFloor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = streets[floor.pick(streets.length)];
    }
    return out;
  }

  /**
   * forgery's secondary units.
   *
   * @return the units
   */
  @Benchmark
  public List<String> secondaryAddressesForgery() {
    return forgery.secondaryAddresses(N);
  }

  /**
   * Datafaker's {@code address().secondaryAddress()}, N times.
   *
   * @return the units
   */
  @Benchmark
  public String[] secondaryAddressesDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.address().secondaryAddress();
    }
    return out;
  }

  /**
   * One draw per unit: its kind from the high bits, its number from the low ones, one
   * concatenation.
   *
   * @return the units
   */
  @Benchmark
  public String[] secondaryAddressesFloor() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      long bits = floor.next();
      int kind = (int) (((bits >>> 32) * 40) >>> 32);
      int u = (int) (bits & 0xFFFF);
      if (kind < 26) {
        out[i] = "Apt " + (1 + ((u * 999) >>> 16));
      } else if (kind < 34) {
        out[i] = "Ste " + (100 + ((u * 900) >>> 16));
      } else {
        out[i] = "Unit " + (1 + ((u * 99) >>> 16));
      }
    }
    return out;
  }

  /**
   * forgery's latitudes, a {@code double[]}.
   *
   * @return the latitudes
   */
  @Benchmark
  public double[] latitudesForgery() {
    return forgery.latitudes(N);
  }

  /**
   * Datafaker's {@code address().latitude()} (a {@code String}), N times.
   *
   * @return the latitudes
   */
  @Benchmark
  public String[] latitudesDatafaker() {
    String[] out = new String[N];
    for (int i = 0; i < N; i++) {
      out[i] = datafaker.address().latitude();
    }
    return out;
  }

  /**
   * 53 random bits scaled to {@code [-90, 90)} and rounded down to six decimals.
   *
   * @return the latitudes
   */
  @Benchmark
  public double[] latitudesFloor() {
    double[] out = new double[N];
    for (int i = 0; i < N; i++) {
      double degrees = -90 + ((floor.next() >>> 11) * 0x1.0p-53) * 180;
      out[i] = Math.floor(degrees * 1e6) / 1e6;
    }
    return out;
  }
}
