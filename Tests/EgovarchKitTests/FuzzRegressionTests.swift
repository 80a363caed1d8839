import EgovarchFuzzSupport
import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// The inputs the fuzzer found problems with (`Tests/Fixtures/fuzz-regressions`) go through the
/// fuzzer's own pipeline (``FuzzPipeline``): validation, every format, gaps, diagrams, HTML and
/// baseline, without a crash or a broken output, and with the findings their `.expected` file lists.
///
/// A fixture is `NAME.xml` (a model), `NAME.framework.xml` (a framework file) or `NAME.yml` (an
/// `.egovarch.yml`), without the fuzzer's marker byte, next to `NAME.expected` (or
/// `NAME.framework.expected`): what ``FuzzPipeline`` says the input gave, one item per line,
/// each once; `#` starts a comment line.
@Suite struct FuzzRegressionTests {
  /// The fixture folder.
  static let folder = PackageRoot.url.appendingPathComponent("Tests/Fixtures/fuzz-regressions")

  /// The inputs' file names, sorted.
  static let inputs: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".yml") }.sorted()
  }()

  @Test func thereAreFixtures() {
    #expect(!Self.inputs.isEmpty, "no inputs in \(Self.folder.path)")
  }

  @Test(arguments: inputs)
  func fixtureRunsClean(_ name: String) throws {
    let url = Self.folder.appendingPathComponent(name)
    let bytes = Array(try Data(contentsOf: url))
    let (outcome, problems) =
      name.hasSuffix(".yml")
      ? FuzzPipeline.runConfiguration(bytes)
      : name.hasSuffix(".framework.xml") ? FuzzPipeline.runFramework(bytes) : FuzzPipeline.runModel(bytes)
    #expect(problems.isEmpty, "\(problems)")
    let expectedURL = url.deletingPathExtension().appendingPathExtension("expected")
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
      .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    #expect(Set(outcome).sorted() == expected.sorted())
  }
}
