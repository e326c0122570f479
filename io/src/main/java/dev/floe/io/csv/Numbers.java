package dev.floe.io.csv;

import java.nio.charset.StandardCharsets;

/**
 * Parses numbers, booleans, dates and times straight from bytes, without making strings on the
 * common paths. Doubles take an exact fast path when the digits fit a double's 53-bit mantissa
 * and the power of ten is exact (Clinger's fast path: one correctly rounded multiplication or
 * division), and otherwise defer to {@link Double#parseDouble}, so every result is the correctly
 * rounded value pandas and numpy read too.
 */
final class Numbers {
  /** Signals that a field is not of the type asked for. */
  static final class NotParsable extends Exception {
    private static final long serialVersionUID = 1L;
    static final NotParsable INSTANCE = new NotParsable();

    private NotParsable() {
      super(null, null, false, false);
    }
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };
  private static final long MAX_EXACT_MANTISSA = 1L << 53;
  private static final int MICROS_PER_SECOND = 1_000_000;

  private Numbers() {}

  /** A decimal integer with an optional sign, in the range of a long. */
  /** Up to this many digits fit in a long whatever they are (10^18 - 1 < 2^63). */
  private static final int SAFE_LONG_DIGITS = 18;

  static long parseLong(byte[] b, int start, int end) throws NotParsable {
    int i = start;
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (i >= end) {
      throw NotParsable.INSTANCE;
    }
    if (end - i <= SAFE_LONG_DIGITS) {
      // cannot overflow: no check per digit
      long value = 0;
      for (; i < end; i++) {
        int digit = b[i] - '0';
        if (digit < 0 || digit > 9) {
          throw NotParsable.INSTANCE;
        }
        value = value * 10 + digit;
      }
      return negative ? -value : value;
    }
    long value = 0; // accumulated negatively: covers Long.MIN_VALUE
    for (; i < end; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        throw NotParsable.INSTANCE;
      }
      if (value < (Long.MIN_VALUE + digit) / 10) {
        throw NotParsable.INSTANCE; // overflow
      }
      value = value * 10 - digit;
    }
    if (!negative) {
      if (value == Long.MIN_VALUE) {
        throw NotParsable.INSTANCE;
      }
      value = -value;
    }
    return value;
  }

  /** A decimal floating-point number, or inf/-inf/nan in their usual spellings. */
  static double parseDouble(byte[] b, int start, int end) throws NotParsable {
    int i = start;
    boolean negative = false;
    if (i < end && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int exponent = 0;
    boolean sawDigit = false;
    boolean exact = true;
    for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
      sawDigit = true;
      if (digits < 18) {
        mantissa = mantissa * 10 + (b[i] - '0');
        digits += mantissa == 0 ? 0 : 1;
      } else {
        exact = false;
      }
    }
    if (i < end && b[i] == '.') {
      i++;
      for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
        sawDigit = true;
        if (digits < 18) {
          mantissa = mantissa * 10 + (b[i] - '0');
          digits += mantissa == 0 ? 0 : 1;
          exponent--;
        } else {
          exact = false;
        }
      }
    }
    if (!sawDigit) {
      return parseWord(b, start, end);
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < end && (b[i] == '-' || b[i] == '+')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      if (i >= end) {
        throw NotParsable.INSTANCE;
      }
      int written = 0;
      for (; i < end && b[i] >= '0' && b[i] <= '9'; i++) {
        written = Math.min(written * 10 + (b[i] - '0'), 100_000);
      }
      exponent += negativeExponent ? -written : written;
    }
    if (i != end) {
      throw NotParsable.INSTANCE;
    }
    if (exact && mantissa < MAX_EXACT_MANTISSA && Math.abs(exponent) < POWERS_OF_TEN.length) {
      double value = exponent >= 0
          ? mantissa * POWERS_OF_TEN[exponent]
          : mantissa / POWERS_OF_TEN[-exponent];
      return negative ? -value : value;
    }
    return slow(b, start, end);
  }

  private static double parseWord(byte[] b, int start, int end) throws NotParsable {
    String word = new String(b, start, end - start, StandardCharsets.US_ASCII);
    switch (word) {
      case "inf", "Inf", "INF", "+inf", "+Inf", "Infinity", "+Infinity":
        return Double.POSITIVE_INFINITY;
      case "-inf", "-Inf", "-INF", "-Infinity":
        return Double.NEGATIVE_INFINITY;
      case "nan", "NaN", "NAN", "-nan", "-NaN":
        return Double.NaN;
      default:
        throw NotParsable.INSTANCE;
    }
  }

  private static double slow(byte[] b, int start, int end) throws NotParsable {
    try {
      return Double.parseDouble(new String(b, start, end - start, StandardCharsets.US_ASCII));
    } catch (NumberFormatException e) {
      throw NotParsable.INSTANCE;
    }
  }

  /** pandas' boolean spellings: True/False, true/false, TRUE/FALSE. */
  static boolean parseBoolean(byte[] b, int start, int end) throws NotParsable {
    int length = end - start;
    if (length == 4 && (b[start] == 'T' || b[start] == 't')
        && matches(b, start + 1, "rue", "RUE")) {
      return true;
    }
    if (length == 5 && (b[start] == 'F' || b[start] == 'f')
        && matches(b, start + 1, "alse", "ALSE")) {
      return false;
    }
    throw NotParsable.INSTANCE;
  }

  private static boolean matches(byte[] b, int start, String lower, String upper) {
    boolean allLower = true;
    boolean allUpper = true;
    for (int i = 0; i < lower.length(); i++) {
      allLower &= b[start + i] == lower.charAt(i);
      allUpper &= b[start + i] == upper.charAt(i);
    }
    return allLower || allUpper;
  }

  /** A date {@code yyyy-MM-dd} as days since 1970-01-01. */
  static int parseDate(byte[] b, int start, int end) throws NotParsable {
    if (end - start != 10 || b[start + 4] != '-' || b[start + 7] != '-') {
      throw NotParsable.INSTANCE;
    }
    int year = digits(b, start, 4);
    int month = digits(b, start + 5, 2);
    int day = digits(b, start + 8, 2);
    if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      throw NotParsable.INSTANCE;
    }
    return (int) epochDay(year, month, day);
  }

  /**
   * A date-time {@code yyyy-MM-dd[ T]HH:mm[:ss[.ffffff]]}, or a bare date (midnight), as
   * microseconds since 1970-01-01T00:00.
   */
  static long parseDateTime(byte[] b, int start, int end) throws NotParsable {
    if (end - start == 10) {
      return parseDate(b, start, end) * 86_400L * MICROS_PER_SECOND;
    }
    if (end - start < 16 || (b[start + 10] != ' ' && b[start + 10] != 'T')
        || b[start + 13] != ':') {
      throw NotParsable.INSTANCE;
    }
    long days = parseDate(b, start, start + 10);
    int hour = digits(b, start + 11, 2);
    int minute = digits(b, start + 14, 2);
    int second = 0;
    int micros = 0;
    int i = start + 16;
    if (i < end) {
      if (b[i] != ':' || i + 3 > end) {
        throw NotParsable.INSTANCE;
      }
      second = digits(b, i + 1, 2);
      i += 3;
      if (i < end) {
        if (b[i] != '.' || i + 1 >= end || end - i - 1 > 9) {
          throw NotParsable.INSTANCE;
        }
        int fractionDigits = end - i - 1;
        int fraction = digits(b, i + 1, fractionDigits);
        for (int d = fractionDigits; d < 6; d++) {
          fraction *= 10;
        }
        for (int d = fractionDigits; d > 6; d--) {
          fraction /= 10;
        }
        micros = fraction;
      }
    }
    if (hour > 23 || minute > 59 || second > 59) {
      throw NotParsable.INSTANCE;
    }
    return ((days * 24 + hour) * 60 + minute) * 60L * MICROS_PER_SECOND
        + (long) second * MICROS_PER_SECOND + micros;
  }

  private static int digits(byte[] b, int start, int count) throws NotParsable {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        throw NotParsable.INSTANCE;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (as {@code LocalDate.toEpochDay}). */
  private static long epochDay(int year, int month, int day) {
    return java.time.LocalDate.of(year, month, day).toEpochDay();
  }
}
