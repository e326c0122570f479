package dev.floe.diagnostics;

import java.util.Locale;

/** Writes JSON text by hand: the dashboard's document is small and flat, so no library. */
final class Json {
  private final StringBuilder out = new StringBuilder(4096);
  private boolean needComma;

  Json beginObject() {
    comma();
    out.append('{');
    needComma = false;
    return this;
  }

  Json endObject() {
    out.append('}');
    needComma = true;
    return this;
  }

  Json beginArray() {
    comma();
    out.append('[');
    needComma = false;
    return this;
  }

  Json endArray() {
    out.append(']');
    needComma = true;
    return this;
  }

  /** A member name inside an object; the next value written is its value. */
  Json name(String name) {
    comma();
    string(name);
    out.append(':');
    needComma = false;
    return this;
  }

  Json value(String text) {
    comma();
    if (text == null) {
      out.append("null");
    } else {
      string(text);
    }
    needComma = true;
    return this;
  }

  Json value(long number) {
    comma();
    out.append(number);
    needComma = true;
    return this;
  }

  /** A number with three decimals (milliseconds to the microsecond); non-finite ones as 0. */
  Json value(double number) {
    comma();
    out.append(Double.isFinite(number) ? String.format(Locale.ROOT, "%.3f", number) : "0");
    needComma = true;
    return this;
  }

  Json value(boolean flag) {
    comma();
    out.append(flag);
    needComma = true;
    return this;
  }

  private void comma() {
    if (needComma) {
      out.append(',');
    }
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') { // also safe inside <script>
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
