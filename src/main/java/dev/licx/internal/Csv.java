package dev.licx.internal;

/** RFC 4180 quoting for the CSV output. */
public final class Csv {

  private Csv() {}

  public static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  public static String row(String... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append(field(fields[i]));
    }
    return b.append("\r\n").toString();
  }
}
