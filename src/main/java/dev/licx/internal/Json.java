package dev.licx.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A minimal streaming JSON writer: licx only writes JSON, and a dependency for that would cost
 * start-up time on every run.
 */
public final class Json {

  private final StringBuilder out;
  private final boolean pretty;
  private final Deque<Boolean> first = new ArrayDeque<>();
  private boolean afterName;

  public Json(StringBuilder out, boolean pretty) {
    this.out = out;
    this.pretty = pretty;
  }

  public Json beginObject() {
    value();
    out.append('{');
    first.push(true);
    return this;
  }

  public Json endObject() {
    close('}');
    return this;
  }

  public Json beginArray() {
    value();
    out.append('[');
    first.push(true);
    return this;
  }

  public Json endArray() {
    close(']');
    return this;
  }

  public Json name(String name) {
    separator();
    string(name);
    out.append(pretty ? ": " : ":");
    afterName = true;
    return this;
  }

  public Json value(String s) {
    value();
    if (s == null) {
      out.append("null");
    } else {
      string(s);
    }
    return this;
  }

  public Json value(long n) {
    value();
    out.append(n);
    return this;
  }

  public Json value(double d) {
    value();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append("null");
    } else {
      out.append(java.math.BigDecimal.valueOf(d).toPlainString());
    }
    return this;
  }

  public Json value(boolean b) {
    value();
    out.append(b);
    return this;
  }

  public Json field(String name, String value) {
    return name(name).value(value);
  }

  public Json field(String name, long value) {
    return name(name).value(value);
  }

  public Json field(String name, double value) {
    return name(name).value(value);
  }

  public Json field(String name, boolean value) {
    return name(name).value(value);
  }

  private void value() {
    if (afterName) {
      afterName = false;
      return;
    }
    separator();
  }

  private void separator() {
    if (first.isEmpty()) {
      return;
    }
    if (!first.peek()) {
      out.append(',');
    }
    first.pop();
    first.push(false);
    newline();
  }

  private void close(char c) {
    boolean empty = first.pop();
    if (!empty) {
      newline();
    }
    out.append(c);
  }

  private void newline() {
    if (pretty) {
      out.append('\n');
      out.append("  ".repeat(first.size()));
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
