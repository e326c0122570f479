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
}
