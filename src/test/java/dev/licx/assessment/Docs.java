package dev.licx.assessment;

import dev.licx.classification.Classification;
import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.Clause;
import dev.licx.classification.ClauseType;
import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentKind;
import java.util.ArrayList;
import java.util.List;

/** Classified documents built clause by clause, so a rule is tested on exactly the clause it reads. */
final class Docs {

  private final List<Clause> clauses = new ArrayList<>();
  private int offset;

  Docs add(ClauseType type, double confidence, String text) {
    clauses.add(new Clause(new Segment(clauses.size(), text, offset, offset + text.length(), "", SegmentKind.SENTENCE),
        new Classification(type, confidence, List.of())));
    offset += text.length() + 1;
    return this;
  }

  ClassifiedDocument build(String source) {
    return new ClassifiedDocument(source, "text/plain", offset, clauses, List.of());
  }
}
