import EgovarchFuzzSupport
import EgovarchKit
import EgovarchTestSupport
import Foundation

/// The seeds the fuzzer cannot copy from the repository: every rule's documented examples as
/// whole documents, and a few configuration files (behind ``FuzzPipeline/configurationMarker``).
///
/// `scripts/fuzz.sh` writes them by running the fuzzer with `EGOVARCH_FUZZ_WRITE_SEEDS=DIR`;
/// the script itself copies the bundled models and the built-in frameworks (behind
/// ``FuzzPipeline/frameworkMarker``).
enum SeedCorpus {
  /// The envelope around examples that are not whole documents, as the rule example tests wrap them.
  static let header = Example.envelope

  /// Configuration files, from the documented example to single keys.
  static let configurations = [
    ConfigurationExample.text,
    "framework: \"1.0\"\nonly-rules:\n  - graph/cycle\n  - model/duplicate-id\n",
    "exclude: [\"**/drafts\", '../shared/*.xml', a?c/*b*]\nfail-on: never\n",
    "severity: {xml/schema: note, roadmap/foundation-late: warning}\n",
  ]

  /// Each rule example as a document, the `↓` markers removed.
  static var examples: [String] {
    RuleRegistry.descriptions.flatMap { $0.triggeringExamples + $0.nonTriggeringExamples }.map { example in
      let document =
        example.isWholeDocument ? example.code : header + "\n" + example.code + "\n</architecture>\n"
      return document.replacing("↓", with: "")
    }
  }

  /// Writes the seeds into `directory` as `example-N.xml` and `configuration-N.yml`.
  static func write(to directory: String) throws {
    let folder = URL(fileURLWithPath: directory, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (index, example) in examples.enumerated() {
      try Data(example.utf8).write(to: folder.appendingPathComponent("example-\(index + 1).xml"))
    }
    for (index, configuration) in configurations.enumerated() {
      let bytes = [FuzzPipeline.configurationMarker] + Array(configuration.utf8)
      try Data(bytes).write(to: folder.appendingPathComponent("configuration-\(index + 1).yml"))
    }
  }
}
