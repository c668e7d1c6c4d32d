package dev.licx.segmentation;

import dev.licx.extraction.ExtractionException;
import dev.licx.extraction.TextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How alike the segments of two renderings of the same license are: SPDX publishes each license
 * as plain text ({@code text/ID.txt}) and HTML ({@code html/ID.html}), and both must cut into the
 * same segments.
 */
public final class FormatParity {

  /** Identical segment texts of one license, out of the larger of the two segment counts. */
  public record Pair(String id, long identical, long segments) {}

  /** All pairs and their pooled share. */
  public record Report(List<Pair> pairs) {
    public long identical() {
      return pairs.stream().mapToLong(Pair::identical).sum();
    }

    public long segments() {
      return pairs.stream().mapToLong(Pair::segments).sum();
    }

    public double share() {
      return segments() == 0 ? 0 : (double) identical() / segments();
    }
  }

  private FormatParity() {}

  /**
   * Compares every license of {@code spdxDir} that has both renderings, leaving out the paths
   * (relative to the licenses directory, e.g. {@code spdx/text/MPL-2.0.txt}) in {@code exclude}.
   */
  public static Report compare(Path spdxDir, Set<String> exclude, TextExtractor extractor, Segmenter segmenter)
      throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<Path> texts;
    try (Stream<Path> s = Files.list(spdxDir.resolve("text"))) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path text : texts) {
      String id = text.getFileName().toString().replaceFirst("\\.txt$", "");
      Path html = spdxDir.resolve("html").resolve(id + ".html");
      if (!Files.exists(html) || exclude.contains("spdx/text/" + id + ".txt")) {
        continue;
      }
      try {
        pairs.add(pair(id, segmenter.segment(extractor.extract(text)), segmenter.segment(extractor.extract(html))));
      } catch (ExtractionException e) {
        pairs.add(new Pair(id, 0, 1));
      }
    }
    return new Report(pairs);
  }

  /** Identical segment texts (as multisets) of two segmentations. */
  public static Pair pair(String id, SegmentedDocument a, SegmentedDocument b) {
    Map<String, Integer> counts = new HashMap<>();
    for (Segment s : a.segments()) {
      counts.merge(s.text(), 1, Integer::sum);
    }
    long same = 0;
    for (Segment s : b.segments()) {
      Integer c = counts.get(s.text());
      if (c != null && c > 0) {
        same++;
        counts.put(s.text(), c - 1);
      }
    }
    return new Pair(id, same, Math.max(a.segments().size(), b.segments().size()));
  }
}
