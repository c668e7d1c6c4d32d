package dev.licx.cli;

import dev.licx.extraction.TextExtractor;
import dev.licx.segmentation.SegmentedDocument;
import dev.licx.segmentation.Segmenter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code licx segment}: documents in, clause-sized segments out. */
@Command(
    name = "segment",
    mixinStandardHelpOptions = true,
    description =
        "Extract the text of documents and cut it into clause-sized segments, each with its"
            + " character offsets and section heading.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Internal error.",
      "2:Usage error.",
      "3:Some inputs could not be read; the rest were processed.",
    })
final class SegmentCommand implements Callable<Integer> {

  @Mixin InputOptions input;
  @Mixin OutputOptions output;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    TextExtractor extractor = new TextExtractor(input.limits(spec));
    Segmenter segmenter = new Segmenter();
    return new Batch<SegmentedDocument>(spec, output)
        .run(
            input,
            (in, stdin) -> segmenter.segment(in.read(extractor, stdin)),
            SegmentRenderers.of(output.format),
            SegmentedDocument::warnings);
  }
}
