package dev.licx.index;

/** An index that cannot be opened or written, with a reason a user can act on. */
public final class IndexException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the index is unavailable. */
  public enum Reason {
    /** Another process is writing it. */
    LOCKED,
    /** No index at that location. */
    MISSING,
    /** The directory holds something else than a licx index. */
    NOT_AN_INDEX,
    /** The index files are damaged or unreadable. */
    UNREADABLE
  }

  private final Reason reason;

  public IndexException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public IndexException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
