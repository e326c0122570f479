package dev.floe.frame.kernel;

import dev.floe.core.chunk.ColumnData;
import dev.floe.core.Expr;
import java.time.LocalDate;
import java.util.BitSet;

/** The column functions of expressions: text tests and date parts. */
final class Functions {
  private static final long MICROS_PER_DAY = 86_400_000_000L;
  private static final long MICROS_PER_HOUR = 3_600_000_000L;

  private Functions() {}

  static ColumnData apply(Expr.Function call, ColumnData operand) {
    return switch (call.function()) {
      case CONTAINS, STARTS_WITH -> text(call, operand);
      case YEAR, MONTH, DAY, DAY_OF_WEEK, HOUR -> datePart(call, operand);
    };
  }

  /** Tested once per distinct value: the dictionary, not the rows. */
  private static ColumnData text(Expr.Function call, ColumnData operand) {
    if (!(operand instanceof ColumnData.Strings strings)) {
      throw new IllegalArgumentException(call + " needs a string column, not " + operand.type());
    }
    String argument = (String) call.arguments().get(0);
    boolean[] byCode = new boolean[strings.dictionary().length];
    for (int code = 0; code < byCode.length; code++) {
      String value = strings.dictionary()[code];
      byCode[code] = call.function() == Expr.Fn.CONTAINS
          ? value.contains(argument) : value.startsWith(argument);
    }
    boolean[] result = new boolean[strings.size()];
    for (int i = 0; i < result.length; i++) {
      int code = strings.codes()[i];
      result[i] = code != ColumnData.Strings.MISSING && byCode[code];
    }
    return new ColumnData.Booleans(result, result.length, null);
  }

  private static ColumnData datePart(Expr.Function call, ColumnData operand) {
    int rows = operand.size();
    long[] result = new long[rows];
    BitSet missing = operand.missing();
    for (int i = 0; i < rows; i++) {
      if (missing != null && missing.get(i)) {
        continue;
      }
      long epochDay;
      long microsOfDay;
      if (operand instanceof ColumnData.Dates dates) {
        epochDay = dates.epochDays()[i];
        microsOfDay = 0;
      } else if (operand instanceof ColumnData.DateTimes times) {
        epochDay = Math.floorDiv(times.epochMicros()[i], MICROS_PER_DAY);
        microsOfDay = Math.floorMod(times.epochMicros()[i], MICROS_PER_DAY);
      } else {
        throw new IllegalArgumentException(call + " needs a date or datetime column, not "
            + operand.type());
      }
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      result[i] = switch (call.function()) {
        case YEAR -> date.getYear();
        case MONTH -> date.getMonthValue();
        case DAY -> date.getDayOfMonth();
        case DAY_OF_WEEK -> date.getDayOfWeek().getValue() - 1;
        default -> microsOfDay / MICROS_PER_HOUR;
      };
    }
    return new ColumnData.Longs(result, rows, missing);
  }
}
