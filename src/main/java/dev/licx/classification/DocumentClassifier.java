package dev.licx.classification;

import dev.licx.segmentation.Segment;
import dev.licx.segmentation.SegmentedDocument;
import java.util.ArrayList;
import java.util.List;

/** Classifies every segment of a segmented document. Not thread-safe, like the classifier. */
public final class DocumentClassifier {

  private final ClauseClassifier classifier;

  public DocumentClassifier(ClauseClassifier classifier) {
    this.classifier = classifier;
  }

  public ClassifiedDocument classify(SegmentedDocument doc) {
    List<Clause> clauses = new ArrayList<>(doc.segments().size());
    String previous = "";
    for (Segment s : doc.segments()) {
      clauses.add(new Clause(s, classifier.classify(s.text(), s.section(), s.kind().id(), previous)));
      previous = s.text();
    }
    return new ClassifiedDocument(doc.source(), doc.mediaType(), doc.characters(), clauses, doc.warnings());
  }
}
