package dev.licx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.licx.cli.Inputs.Input;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir Path dir;

  private static List<String> names(List<Input> inputs) {
    return inputs.stream().map(Input::name).toList();
  }

  @Test
  void dashIsStandardInput() {
    List<Input> inputs = Inputs.expand(List.of("-"));

    assertEquals(1, inputs.size());
    assertTrue(inputs.get(0).isStdin());
    assertNull(inputs.get(0).path());
    assertEquals("-", inputs.get(0).name());
  }

  @Test
  void namedFilesKeepTheirOrderAndAMissingOneIsKeptForTheBatchToReport() throws IOException {
    Path b = Cli.write(dir.resolve("b.txt"), "Second.\n");
    Path a = Cli.write(dir.resolve("a.txt"), "First.\n");
    Path hidden = Cli.write(dir.resolve(".named.txt"), "Hidden, but named on purpose.\n");
    String missing = dir.resolve("missing.txt").toString();

    List<Input> inputs = Inputs.expand(List.of(b.toString(), "-", missing, a.toString(), hidden.toString()));

    assertEquals(List.of(b.toString(), "-", missing, a.toString(), hidden.toString()), names(inputs));
    assertEquals(Path.of(missing), inputs.get(2).path());
  }

  @Test
  void aDirectoryIsWalkedInPathOrderWithoutHiddenEntries() throws IOException {
    Path root = dir.resolve("licenses");
    Path z = Cli.write(root.resolve("z.txt"), "Z.\n");
    Path a = Cli.write(root.resolve("a").resolve("b.md"), "B.\n");
    Path nested = Cli.write(root.resolve("a").resolve("c").resolve("d.html"), "<p>D.</p>\n");
    Cli.write(root.resolve(".hidden.txt"), "Hidden.\n");
    Cli.write(root.resolve("a").resolve(".git").resolve("config.txt"), "Hidden by its directory.\n");
    Files.createDirectories(root.resolve("empty"));

    List<Input> inputs = Inputs.expand(List.of(root.toString()));

    assertEquals(List.of(a.toString(), nested.toString(), z.toString()), names(inputs));
    assertEquals(nested, inputs.get(1).path());
  }

  @Test
  void aHiddenDirectoryNamedOnTheCommandLineIsWalked() throws IOException {
    Path root = dir.resolve(".config");
    Path file = Cli.write(root.resolve("terms.txt"), "Terms.\n");
    Cli.write(root.resolve(".secret").resolve("x.txt"), "Skipped.\n");

    assertEquals(List.of(file.toString()), names(Inputs.expand(List.of(root.toString()))));
  }

  @Test
  void anInvalidPathIsReportedByTheBatchInsteadOfStoppingIt() throws IOException {
    Path good = Cli.write(dir.resolve("good.txt"), "The Licensee may copy the Work.\n");

    Cli.Result r = Cli.run("segment", "bad\u0000name.txt", good.toString());

    assertEquals(ExitCode.SOME_INPUTS_FAILED, r.code(), r::toString);
    assertTrue(r.err().contains("licx: bad\u0000name.txt: not a valid path"), r::toString);
    assertTrue(r.out().contains("The Licensee may copy the Work."), r::toString);
  }
}
