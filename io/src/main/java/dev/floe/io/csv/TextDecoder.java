package dev.floe.io.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes field bytes to text, strictly unless asked to replace: bytes that are not valid in the
 * file's encoding are an error (as in pandas, whose {@code encoding_errors} default is strict),
 * never silently turned into U+FFFD. One per reader thread; not thread-safe.
 */
final class TextDecoder {
  private final Charset encoding;
  private final CharsetDecoder strict;

  TextDecoder(Charset encoding, boolean replaceMalformed) {
    this.encoding = encoding;
    this.strict = replaceMalformed ? null : encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The text of {@code bytes[start, end)}; throws when malformed and not replacing. */
  String decode(byte[] bytes, int start, int end) throws Numbers.NotParsable {
    if (strict == null || isAscii(bytes, start, end)) {
      return new String(bytes, start, end - start, encoding);
    }
    try {
      return strict.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      throw Numbers.NotParsable.INSTANCE;
    }
  }

  /** The end of an error message about {@code text}, undecodable bytes read with replacement. */
  static String malformed(String text, Charset encoding) {
    return "holds bytes that are not valid " + encoding.name() + ": "
        + CsvFormatException.quoted(text) + " (pass CsvOptions.encoding(...) with the file's encoding, or"
        + " CsvOptions.encodingErrors(\"replace\") to read them as U+FFFD)";
  }

  private static boolean isAscii(byte[] bytes, int start, int end) {
    for (int i = start; i < end; i++) {
      if (bytes[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
