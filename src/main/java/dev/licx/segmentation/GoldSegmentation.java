package dev.licx.segmentation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-annotated segmentation of one document: offsets only, never the text (see
 * corpus/segmentation/README.md).
 *
 * @param source path of the document under the license texts directory
 * @param sha256 checksum of the document's bytes, so a changed text is noticed, not mis-scored
 * @param characters length of the extracted text the offsets point into
 * @param segments the gold segments' spans and kinds
 */
public record GoldSegmentation(String source, String sha256, int characters, List<Span> segments) {

  /** One gold segment. */
  public record Span(int start, int end, SegmentKind kind) {}

  public GoldSegmentation {
    segments = List.copyOf(segments);
  }

  public static GoldSegmentation read(Path file) throws IOException {
    String source = null;
    String sha = null;
    int chars = -1;
    List<Span> spans = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        String l = line.substring(1).strip();
        int colon = l.indexOf(':');
        if (colon > 0) {
          String key = l.substring(0, colon).strip();
          String value = l.substring(colon + 1).strip();
          switch (key) {
            case "source" -> source = value;
            case "sha256" -> sha = value;
            case "chars" -> chars = Integer.parseInt(value);
            default -> { }
          }
        }
        continue;
      }
      if (line.startsWith("start")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        throw new IOException(file + ":" + lineNo + ": expected start<TAB>end<TAB>kind");
      }
      try {
        SegmentKind kind = f.length > 2 ? SegmentKind.fromId(f[2]) : SegmentKind.SENTENCE;
        spans.add(new Span(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()), kind));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ":" + lineNo + ": " + e.getMessage(), e);
      }
    }
    if (source == null) {
      throw new IOException(file + ": missing '# source:' header");
    }
    return new GoldSegmentation(source, sha, chars, spans);
  }
}
