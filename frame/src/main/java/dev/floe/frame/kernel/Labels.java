package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import dev.floe.core.DType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Index labels between their user form (LocalDate, LocalDateTime, Long, Double, String, or text
 * for dates: {@code "1991-01-01"}) and their {@link Keys} form (days, micros, …) for a column type.
 */
public final class Labels {
  private static final long MICROS_PER_SECOND = 1_000_000;

  private Labels() {}

  /**
   * The {@link Keys} form of {@code label} for a column of {@code type}.
   *
   * @throws IllegalArgumentException naming the label and the type when it does not fit
   */
  public static Object toKey(Object label, DType type) {
    try {
      return switch (type) {
        case DATE -> (int) asDate(label).toEpochDay();
        case DATETIME -> micros(asDateTime(label));
        case INT64 -> label instanceof Number n && n.doubleValue() == n.longValue()
            ? (Object) n.longValue() : fail(label, type);
        case FLOAT64 -> label instanceof Number n ? (Object) (n.doubleValue() == 0 ? 0.0
            : n.doubleValue()) : fail(label, type);
        case BOOL -> label instanceof Boolean ? label : fail(label, type);
        case STRING -> label instanceof String ? label : fail(label, type);
        case INT32, FLOAT32 -> throw type.notAFrameType("a frame column");
      };
    } catch (DateTimeParseException e) {
      return fail(label, type);
    }
  }

  /** The user form of a {@link Keys}-form value of a column of {@code type}. */
  public static Object toLabel(Object key, DType type) {
    return switch (type) {
      case DATE -> LocalDate.ofEpochDay((Integer) key);
      case DATETIME -> ColumnData.DateTimes.toLocalDateTime((Long) key);
      default -> key;
    };
  }

  /** {@code label} as a value an expression compares with a column of {@code type}. */
  public static Object toLiteral(Object label, DType type) {
    return toLabel(toKey(label, type), type);
  }

  private static LocalDate asDate(Object label) {
    if (label instanceof LocalDate date) {
      return date;
    }
    if (label instanceof LocalDateTime time) {
      return time.toLocalDate();
    }
    if (label instanceof String text) {
      return text.length() > 10 ? LocalDateTime.parse(text.replace(' ', 'T')).toLocalDate()
          : LocalDate.parse(text);
    }
    throw new DateTimeParseException("not a date", String.valueOf(label), 0);
  }

  private static LocalDateTime asDateTime(Object label) {
    if (label instanceof LocalDateTime time) {
      return time;
    }
    if (label instanceof LocalDate date) {
      return date.atStartOfDay();
    }
    if (label instanceof String text) {
      return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay()
          : LocalDateTime.parse(text.replace(' ', 'T'));
    }
    throw new DateTimeParseException("not a date-time", String.valueOf(label), 0);
  }

  private static long micros(LocalDateTime time) {
    return time.toEpochSecond(ZoneOffset.UTC) * MICROS_PER_SECOND + time.getNano() / 1000;
  }

  private static Object fail(Object label, DType type) {
    throw new IllegalArgumentException("the label " + (label instanceof String ? "'" + label
        + "'" : label) + " is not a " + type + " value");
  }
}
