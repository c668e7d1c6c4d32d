package dev.licx.cli;

/** The exit codes of every licx command; the table in {@code --help} and the README lists them. */
public final class ExitCode {

  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int USAGE = 2;
  public static final int SOME_INPUTS_FAILED = 3;
  /** FAIL: a measured score is below its target ({@code evaluate-segments}). */
  public static final int BELOW_TARGET = 4;
  /** The index is locked by another writer, or a directory that is not a licx index. */
  public static final int INDEX_UNAVAILABLE = 5;

  private ExitCode() {}
}
