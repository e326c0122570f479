package dev.floe.cli.generate;

import dev.floe.runtime.futures.Client;
import dev.floe.runtime.futures.FloeFuture;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes flights CSVs shaped like the airline on-time data of the Dask tutorial (one file per
 * year from 1990): the same 21 columns, three origin airports, departure delays skewed to the
 * right, and cancelled flights with their times and delays missing, as in the real data. Each file
 * is written to a temporary name and renamed, so a file is there whole or not at all.
 *
 * <p>With a number of airports, origins and destinations are drawn from that many three-letter
 * codes instead, with traffic concentrated on hubs as in the real data (the airport of rank r
 * flies about as often as 1/r), so group-bys by airport and by route meet hundreds of groups and
 * tens of thousands of routes, most of them small.
 */
public final class FlightsGenerator {
  /** The columns, in file order. */
  public static final String HEADER = "Date,DayOfWeek,DepTime,CRSDepTime,ArrTime,CRSArrTime,"
      + "UniqueCarrier,FlightNum,TailNum,ActualElapsedTime,CRSElapsedTime,AirTime,ArrDelay,"
      + "DepDelay,Origin,Dest,Distance,TaxiIn,TaxiOut,Cancelled,Diverted";

  private static final String[] ORIGINS = {"EWR", "JFK", "LGA"};
  private static final String[] DESTS = {"ATL", "BOS", "ORD", "LAX", "SFO", "MIA", "DFW", "DEN",
      "SEA", "IAD", "CLT", "DTW", "MSP", "PHX", "LAS"};
  private static final String[] CARRIERS = {"AA", "CO", "DL", "EA", "HP", "NW", "PA", "TW", "UA",
      "US"};
  private static final int FIRST_YEAR = 1990;
  private static final int CANCELLED_PER_THOUSAND = 15;
  private static final int DIVERTED_PER_THOUSAND = 3;

  private FlightsGenerator() {}

  /** Writes {@code files} files of {@code rows} rows of the tutorial's airports into {@code folder}. */
  public static List<Path> generate(Path folder, int files, int rows) throws Exception {
    return generate(folder, files, rows, 0);
  }

  /**
   * Writes {@code files} files of {@code rows} rows into {@code folder}, the tutorial's airports
   * when {@code airports} is 0, else that many; returns their paths.
   */
  public static List<Path> generate(Path folder, int files, int rows, int airports)
      throws Exception {
    Files.createDirectories(folder);
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      indexes.add(i);
    }
    try (Client client = Client.local()) {
      List<FloeFuture<Path>> written = client.map(i -> writeFile(folder, i, rows, airports), indexes);
      return client.gather(written);
    }
  }

  static Path writeFile(Path folder, int index, int rows, int airports) {
    String[] origins = airports == 0 ? ORIGINS : codes(airports);
    String[] dests = airports == 0 ? DESTS : origins;
    double[] traffic = airports == 0 ? null : hubTraffic(airports);
    int year = FIRST_YEAR + index;
    Path file = folder.resolve(year + ".csv");
    Path temporary = folder.resolve("." + year + ".csv.tmp");
    SplittableRandom random = new SplittableRandom(1_000_003L * (index + 1));
    LocalDate start = LocalDate.of(year, 1, 1);
    int days = start.lengthOfYear();
    StringBuilder line = new StringBuilder(160);
    try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (int r = 0; r < rows; r++) {
        line.setLength(0);
        appendRow(line, random, start.plusDays((long) r * days / rows), origins, dests, traffic);
        out.append(line);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot write " + file, e);
    }
    try {
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private static void appendRow(StringBuilder line, SplittableRandom random, LocalDate date,
      String[] origins, String[] dests, double[] traffic) {
    boolean cancelled = random.nextInt(1000) < CANCELLED_PER_THOUSAND;
    boolean diverted = !cancelled && random.nextInt(1000) < DIVERTED_PER_THOUSAND;
    int crsDep = 500 + random.nextInt(18) * 100 + random.nextInt(12) * 5;
    int crsElapsed = 60 + random.nextInt(300);
    int crsArr = clock(minutes(crsDep) + crsElapsed);
    int depDelay = skewedDelay(random);
    int taxiOut = 5 + random.nextInt(30);
    int taxiIn = 2 + random.nextInt(15);
    int airTime = Math.max(20, crsElapsed - taxiOut - taxiIn + random.nextInt(21) - 10);
    int actualElapsed = airTime + taxiIn + taxiOut;
    int arrDelay = depDelay + actualElapsed - crsElapsed;
    line.append(date).append(',').append(date.getDayOfWeek().getValue()).append(',');
    optional(line, !cancelled, clock(minutes(crsDep) + depDelay));
    line.append(crsDep).append(',');
    optional(line, !cancelled && !diverted, clock(minutes(crsDep) + depDelay + actualElapsed));
    line.append(crsArr).append(',');
    line.append(CARRIERS[random.nextInt(CARRIERS.length)]).append(',');
    line.append(1 + random.nextInt(2000)).append(',');
    line.append('N').append(100 + random.nextInt(900)).append((char) ('A' + random.nextInt(26)))
        .append(',');
    optional(line, !cancelled && !diverted, actualElapsed);
    line.append(crsElapsed).append(',');
    optional(line, !cancelled && !diverted, airTime);
    optional(line, !cancelled && !diverted, arrDelay);
    optional(line, !cancelled, depDelay);
    line.append(origins[airport(random, origins.length, traffic)]).append(',');
    line.append(dests[airport(random, dests.length, traffic)]).append(',');
    line.append(100 + random.nextInt(2500)).append(',');
    optional(line, !cancelled && !diverted, taxiIn);
    optional(line, !cancelled, taxiOut);
    line.append(cancelled ? 1 : 0).append(',').append(diverted ? 1 : 0).append('\n');
  }

  /** {@code n} distinct three-letter codes: AAA, AAB, … spread over the alphabet. */
  private static String[] codes(int n) {
    if (n > 26 * 26 * 26) {
      throw new IllegalArgumentException("at most 17576 airports have three-letter codes");
    }
    String[] codes = new String[n];
    int step = Math.max(1, 26 * 26 * 26 / n);
    for (int i = 0; i < n; i++) {
      int c = i * step;
      codes[i] = "" + (char) ('A' + c / 676) + (char) ('A' + c / 26 % 26) + (char) ('A' + c % 26);
    }
    return codes;
  }

  /** The running share of traffic up to each airport, airport r weighted 1/(r+1). */
  private static double[] hubTraffic(int n) {
    double[] cumulative = new double[n];
    double total = 0;
    for (int r = 0; r < n; r++) {
      total += 1.0 / (r + 1);
      cumulative[r] = total;
    }
    for (int r = 0; r < n; r++) {
      cumulative[r] /= total;
    }
    return cumulative;
  }

  /** An airport index: uniform without traffic weights, else drawn by them. */
  private static int airport(SplittableRandom random, int n, double[] traffic) {
    if (traffic == null) {
      return random.nextInt(n);
    }
    int found = java.util.Arrays.binarySearch(traffic, random.nextDouble());
    return Math.min(n - 1, found >= 0 ? found : -found - 1);
  }

  /** Mostly small, sometimes early, now and then very late — like real departure delays. */
  private static int skewedDelay(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 30) {
      return -random.nextInt(10);
    }
    if (roll < 85) {
      return random.nextInt(20);
    }
    return 20 + (int) (-60 * Math.log(1 - random.nextDouble()));
  }

  private static void optional(StringBuilder line, boolean present, int value) {
    if (present) {
      line.append(value);
    }
    line.append(',');
  }

  private static int minutes(int clock) {
    return clock / 100 * 60 + clock % 100;
  }

  private static int clock(int minutes) {
    int m = Math.floorMod(minutes, 24 * 60);
    return m / 60 * 100 + m % 60;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // the original failure is what the caller needs to see
    }
  }
}
