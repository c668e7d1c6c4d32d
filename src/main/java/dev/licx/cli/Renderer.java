package dev.licx.cli;

import java.io.PrintWriter;

/** Writes the results of a batch in one output format; {@link #document} is called per input. */
interface Renderer<T> {

  /** Told, before {@link #begin}, how many inputs the run has, whether or not each succeeds. */
  default void inputs(int count) {}

  default void begin(PrintWriter out) {}

  void document(T result, PrintWriter out);

  default void end(PrintWriter out) {}
}
