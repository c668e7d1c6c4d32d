package dev.licx.cli;

import dev.licx.classification.ClassifiedDocument;
import dev.licx.classification.ClauseClassifier;
import dev.licx.classification.DocumentClassifier;
import dev.licx.extraction.TextExtractor;
import dev.licx.segmentation.Segmenter;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licx extract}: documents in, typed clauses out — the main job. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract the clauses of license documents and give each its clause type, category and "
        + "confidence; the text format reads like a license summary.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some inputs could not be read; the rest were processed.",
    })
final class ExtractCommand implements Callable<Integer> {

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @Mixin ModelOption model;

  @Option(names = "--all", description = "In the text format, list definitions and other clauses too.")
  boolean all;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    TextExtractor extractor = new TextExtractor(input.limits(spec));
    Segmenter segmenter = new Segmenter();
    DocumentClassifier classifier = new DocumentClassifier(new ClauseClassifier(model.load()));
    return new Batch<ClassifiedDocument>(spec, output)
        .run(
            input,
            (in, stdin) -> classifier.classify(segmenter.segment(in.read(extractor, stdin))),
            ClauseRenderers.of(output.format, all),
            ClassifiedDocument::warnings);
  }
}
