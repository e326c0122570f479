package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A resampling period and pandas' label for it: ticks ({@code D}, {@code h}, {@code min}, {@code
 * s}) label a period by its start; {@code W} (weeks ending Sunday), {@code M}/{@code ME}, {@code
 * Q}/{@code QE} and {@code Y}/{@code YE}/{@code A} by their last day; {@code MS}, {@code QS},
 * {@code YS}/{@code AS} by their first day. A period holds whole days, so a date-time on a week's
 * Sunday at noon belongs to that Sunday's week, as in pandas.
 *
 * @param name the frequency as written
 * @param kind what the period is
 * @param tickMicros a tick's length, in microseconds (0 for calendar periods)
 */
public record Frequency(String name, Kind kind, long tickMicros) implements Serializable {
  private static final long MICROS_PER_SECOND = 1_000_000;
  private static final long MICROS_PER_DAY = 86_400 * MICROS_PER_SECOND;

  /** The kinds of period. */
  public enum Kind { TICK, WEEK, MONTH_END, MONTH_START, QUARTER_END, QUARTER_START, YEAR_END,
    YEAR_START }

  /**
   * Reads a frequency as pandas writes it.
   *
   * @throws IllegalArgumentException listing the frequencies there are
   */
  public static Frequency parse(String text) {
    String t = text.trim();
    return switch (t) {
      case "D" -> new Frequency(t, Kind.TICK, MICROS_PER_DAY);
      case "h", "H" -> new Frequency(t, Kind.TICK, 3600 * MICROS_PER_SECOND);
      case "min", "T" -> new Frequency(t, Kind.TICK, 60 * MICROS_PER_SECOND);
      case "s", "S" -> new Frequency(t, Kind.TICK, MICROS_PER_SECOND);
      case "W", "W-SUN" -> new Frequency(t, Kind.WEEK, 0);
      case "M", "ME" -> new Frequency(t, Kind.MONTH_END, 0);
      case "MS" -> new Frequency(t, Kind.MONTH_START, 0);
      case "Q", "QE", "Q-DEC" -> new Frequency(t, Kind.QUARTER_END, 0);
      case "QS", "QS-JAN" -> new Frequency(t, Kind.QUARTER_START, 0);
      case "Y", "YE", "A", "A-DEC", "Y-DEC" -> new Frequency(t, Kind.YEAR_END, 0);
      case "YS", "AS", "YS-JAN", "AS-JAN" -> new Frequency(t, Kind.YEAR_START, 0);
      default -> throw new IllegalArgumentException("unknown frequency '" + text + "': use D, h,"
          + " min, s, W, M (ME), MS, Q (QE), QS, Y (YE, A) or YS (AS)");
    };
  }

  /** Each value of a date or date-time column replaced by its period's label. */
  public ColumnData label(ColumnData column) {
    if (column instanceof ColumnData.Dates dates) {
      if (kind == Kind.TICK && tickMicros < MICROS_PER_DAY) {
        throw new IllegalArgumentException("a date index cannot be resampled by '" + name
            + "'; use D or longer");
      }
      int[] labels = new int[dates.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = labelDay(dates.epochDays()[i]);
      }
      return new ColumnData.Dates(labels, labels.length, dates.missing());
    }
    ColumnData.DateTimes times = (ColumnData.DateTimes) column;
    long[] labels = new long[times.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = labelMicros(times.epochMicros()[i]);
    }
    return new ColumnData.DateTimes(labels, labels.length, times.missing());
  }

  /** The label after {@code label} (in {@link Keys} form for a column of {@code type}). */
  public Object next(Object label, DType type) {
    if (type == DType.DATE) {
      return nextDay((Integer) label);
    }
    long micros = (Long) label;
    return kind == Kind.TICK ? micros + tickMicros
        : nextDay((int) Math.floorDiv(micros, MICROS_PER_DAY)) * MICROS_PER_DAY;
  }

  private long labelMicros(long micros) {
    if (kind == Kind.TICK) {
      return Math.floorDiv(micros, tickMicros) * tickMicros;
    }
    return labelDay((int) Math.floorDiv(micros, MICROS_PER_DAY)) * MICROS_PER_DAY;
  }

  private int labelDay(int day) {
    LocalDate date = LocalDate.ofEpochDay(day);
    LocalDate label = switch (kind) {
      case TICK -> date;
      case WEEK -> date.plusDays(DayOfWeek.SUNDAY.getValue() - date.getDayOfWeek().getValue());
      case MONTH_END -> date.withDayOfMonth(date.lengthOfMonth());
      case MONTH_START -> date.withDayOfMonth(1);
      case QUARTER_END -> {
        LocalDate last = date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 3);
        yield last.withDayOfMonth(last.lengthOfMonth());
      }
      case QUARTER_START -> date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
      case YEAR_END -> date.withDayOfYear(date.lengthOfYear());
      case YEAR_START -> date.withDayOfYear(1);
    };
    return (int) label.toEpochDay();
  }

  private int nextDay(int label) {
    LocalDate date = LocalDate.ofEpochDay(label);
    LocalDate next = switch (kind) {
      case TICK -> date.plusDays(tickMicros / MICROS_PER_DAY);
      case WEEK -> date.plusWeeks(1);
      case MONTH_START -> date.plusMonths(1);
      case QUARTER_START -> date.plusMonths(3);
      case YEAR_START -> date.plusYears(1);
      default -> LocalDate.ofEpochDay(labelDay(label + 1)); // end labels: the next period's end
    };
    return (int) next.toEpochDay();
  }
}
