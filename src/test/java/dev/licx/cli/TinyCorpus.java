package dev.licx.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny labeled corpus for the train, evaluate and corpus tests: four clause types with fifteen
 * sentences each, written for these tests (none is taken from a real license).
 */
final class TinyCorpus {

  static final List<String> GRANT = List.of(
      "The author lets anyone copy this recipe collection and hand it to friends.",
      "You may run, study and change the program for any purpose you like.",
      "Each recipient may share copies of the toolkit with others at no cost.",
      "Permission is given to translate the handbook into other languages.",
      "You are free to adapt the code and publish your adapted version.",
      "Anyone may sell printed copies of the guide.",
      "The owner allows you to reuse the drawings in your own projects.",
      "You may combine the library with your own software and ship the result.",
      "Users may install the application on as many computers as they wish.",
      "The creator permits copying, editing and distribution of these maps.",
      "You can embed the font in documents and share those documents.",
      "Each person receiving the dataset may reproduce and redistribute it.",
      "The publisher grants you the freedom to modify the templates.",
      "You may make and give away as many copies of the game as you want.",
      "This permission covers use, copying, adaptation and sharing of the work.");

  static final List<String> WARRANTY_DISCLAIMER = List.of(
      "The program comes as it is, with no promise that it works.",
      "The author gives no guarantee of any sort about the recipes.",
      "Nothing here is warranted to be correct, complete or fit for your purpose.",
      "The toolkit is supplied without any warranty, stated or implied.",
      "You use the maps entirely at your own risk.",
      "No assurance is made that the software is free of defects.",
      "The dataset is offered as is and may contain errors.",
      "The publisher disclaims every warranty about the templates.",
      "There is no promise that the font will render correctly on your device.",
      "The creator makes no representation about the quality of the drawings.",
      "The guide is delivered without any guarantee of accuracy.",
      "All risk as to the performance of the application rests with you.",
      "The owner does not warrant that the library meets your needs.",
      "These files are handed over with all their faults and no quality guarantee.",
      "No warranty of any kind is given for the handbook.");

  static final List<String> GOVERNING_LAW = List.of(
      "This agreement is governed by the laws of the Republic of Freedonia.",
      "Any dispute will be heard only by the courts of Springfield.",
      "The parties submit to the exclusive jurisdiction of the tribunals of Atlantis.",
      "The law of the Province of Avalon applies to these terms.",
      "Disputes shall be settled by arbitration in the city of Elbonia.",
      "These terms are to be interpreted under the laws of the Duchy of Grand Fenwick.",
      "Legal proceedings about this license may be brought only in Gotham.",
      "The courts of Metropolis have sole jurisdiction over any claim.",
      "This license is construed in accordance with the law of Narnia.",
      "Venue for any lawsuit lies exclusively in the county of Lilliput.",
      "The conflict of laws rules of any other country do not apply.",
      "Any controversy will be resolved by binding arbitration in Zenda.",
      "The governing law of this agreement is that of the Kingdom of Genovia.",
      "Each party consents to the personal jurisdiction of the courts in Ruritania.",
      "The courts of Brigadoon decide any disagreement about these terms.");

  static final List<String> TERMINATION = List.of(
      "Your rights end automatically if you break any of these terms.",
      "The license stops immediately when you fail to comply with it.",
      "The owner may cancel this license by giving thirty days notice.",
      "Upon the end of this license you must destroy all copies in your possession.",
      "Your permission is restored if you fix the violation within sixty days.",
      "Sections on liability survive the end of this agreement.",
      "This license lasts until either party ends it.",
      "The publisher may revoke these rights if you miss a payment.",
      "After the license ends you may no longer use the templates.",
      "A breach of the payment terms ends the license without notice.",
      "The agreement terminates when the subscription period expires.",
      "Either party may end this agreement by written notice to the other.",
      "Once terminated, the license cannot be revived without new consent.",
      "Rights granted to others before the end of this license continue.",
      "The creator may withdraw the license if you misuse the maps.");

  /** The sentences by clause type id, in a stable order. */
  static final Map<String, List<String>> BY_TYPE = byType();

  /** Training parameters small enough for a test: Iterations=20, Cutoff=1. */
  static final String PARAMS = "# tiny parameters for tests\nIterations=20\nCutoff=1\n";

  private TinyCorpus() {}

  private static Map<String, List<String>> byType() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("grant", GRANT);
    m.put("warranty-disclaimer", WARRANTY_DISCLAIMER);
    m.put("governing-law", GOVERNING_LAW);
    m.put("termination", TERMINATION);
    return m;
  }

  static int size() {
    return BY_TYPE.values().stream().mapToInt(List::size).sum();
  }

  /**
   * Writes {@code dir/authored/<type>.txt}, one sentence a line, with a comment line, a blank line
   * and, in grant.txt, one duplicate differing only in case and punctuation (so the corpus holds
   * {@link #size()} clauses after removing 1 duplicate).
   */
  static Path write(Path dir) throws IOException {
    for (Map.Entry<String, List<String>> e : BY_TYPE.entrySet()) {
      StringBuilder b = new StringBuilder("# sentences of type ").append(e.getKey()).append("\n\n");
      e.getValue().forEach(s -> b.append(s).append('\n'));
      if (e.getKey().equals("grant")) {
        b.append("you may run, study and change the program, for any purpose you like!\n");
      }
      Cli.write(dir.resolve("authored").resolve(e.getKey() + ".txt"), b.toString());
    }
    return dir;
  }

  static Path params(Path file) throws IOException {
    return Cli.write(file, PARAMS);
  }

  /** type&lt;TAB&gt;sentence lines of every sentence, for evaluate. */
  static String tsv() {
    StringBuilder b = new StringBuilder();
    BY_TYPE.forEach((type, sentences) -> sentences.forEach(s -> b.append(type).append('\t').append(s).append('\n')));
    return b.toString();
  }
}
