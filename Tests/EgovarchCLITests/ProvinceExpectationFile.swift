import EgovarchTestSupport
import Foundation

/// The manifest `Tests/Fixtures/provinces/expectations.json`: real provinces' models, each judged
/// at several as-of dates against what the law of that date supports (issue 13).
///
/// Its shape is documented in `Tests/Fixtures/provinces/README.md`.
struct ProvinceExpectationFile: Decodable, Sendable {
  /// The manifest's format version (1).
  var version: Int
  /// What the manifest is for.
  var description: String
  /// The (model, as-of date) cases, in the manifest's order.
  var cases: [ProvinceCase]

  /// The folder of the models and the manifest.
  static let folder = PackageRoot.url.appendingPathComponent("Tests/Fixtures/provinces")

  /// The folder relative to the package root, as the command line is given it.
  static let relativeFolder = "Tests/Fixtures/provinces"

  /// The cases of the manifest, or none when it cannot be read (`RealProvinceTests` then fails).
  static let cases: [ProvinceCase] = (try? load().cases) ?? []

  /// Reads the manifest.
  static func load() throws -> ProvinceExpectationFile {
    let bytes = try Data(contentsOf: folder.appendingPathComponent("expectations.json"))
    return try JSONDecoder().decode(ProvinceExpectationFile.self, from: bytes)
  }
}
