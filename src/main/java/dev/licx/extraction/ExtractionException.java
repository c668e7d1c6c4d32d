package dev.licx.extraction;

/** A document that could not be turned into text, with a reason a user can act on. */
public final class ExtractionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why extraction failed; each reason has one user-facing explanation. */
  public enum Reason {
    NOT_FOUND,
    UNREADABLE,
    TOO_LARGE,
    TOO_MUCH_TEXT,
    EMPTY,
    UNSUPPORTED,
    ENCRYPTED,
    NO_TEXT_LAYER,
    CORRUPT,
    TOO_DEEP,
    TIMEOUT
  }

  private final String source;
  private final Reason reason;

  public ExtractionException(String source, Reason reason, String message) {
    super(message);
    this.source = source;
    this.reason = reason;
  }

  public ExtractionException(String source, Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.source = source;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  public Reason reason() {
    return reason;
  }
}
