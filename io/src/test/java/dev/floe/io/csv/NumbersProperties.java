package dev.floe.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The byte-level number parsers agree with the JDK's, to the bit. */
class NumbersProperties {
  private static double parse(String text) throws Numbers.NotParsable {
    byte[] bytes = text.getBytes();
    return Numbers.parseDouble(bytes, 0, bytes.length);
  }

  @Property(tries = 2000)
  void doublesRoundTrip(@ForAll double value) throws Exception {
    String text = Double.toString(value);
    assertThat(Double.doubleToLongBits(parse(text))).as(text)
        .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text)));
  }

  @Property(tries = 2000)
  void decimalsAsWrittenInFiles(@ForAll long mantissa, @ForAll @IntRange(min = 0, max = 12) int scale)
      throws Exception {
    String text = String.format(Locale.ROOT, "%." + scale + "f", mantissa / Math.pow(10, scale));
    assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
  }

  @Property(tries = 2000)
  void longsRoundTrip(@ForAll long value) throws Exception {
    byte[] bytes = Long.toString(value).getBytes();
    assertThat(Numbers.parseLong(bytes, 0, bytes.length)).isEqualTo(value);
  }

  @Property(tries = 2000)
  void shortLongsWithSignsAndNonDigits(@ForAll @IntRange(min = -999_999_999, max = 999_999_999) int value,
      @ForAll @IntRange(min = 0, max = 3) int form) throws Exception {
    String text = switch (form) {
      case 0 -> "+" + Math.abs(value);
      case 1 -> value + "x";
      case 2 -> "-" + Math.abs(value);
      default -> Integer.toString(value).replace('5', ':');
    };
    byte[] bytes = text.getBytes();
    boolean valid = text.matches("[+-]?[0-9]+");
    if (valid) {
      assertThat(Numbers.parseLong(bytes, 0, bytes.length)).as(text)
          .isEqualTo(Long.parseLong(text));
    } else {
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> Numbers.parseLong(bytes, 0, bytes.length)).as(text)
          .isInstanceOf(Numbers.NotParsable.class);
    }
  }

  @Property(tries = 200)
  void nineteenDigitsAndMoreAreCheckedForOverflow(@ForAll @IntRange(min = 0, max = 9) int last)
      throws Exception {
    for (String text : new String[] {"922337203685477580" + last, "-922337203685477580" + last,
        "1" + "0".repeat(19), "99999999999999999999"}) {
      byte[] bytes = text.getBytes();
      java.math.BigInteger exact = new java.math.BigInteger(text);
      if (exact.bitLength() < 64) {
        assertThat(Numbers.parseLong(bytes, 0, bytes.length)).as(text).isEqualTo(exact.longValue());
      } else {
        org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Numbers.parseLong(bytes, 0, bytes.length)).as(text)
            .isInstanceOf(Numbers.NotParsable.class);
      }
    }
  }
}
