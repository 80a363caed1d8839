import EgovarchTestSupport
import Foundation

/// Validates JUnit reports with `xmllint --schema` against the two schemas CI servers' readers
/// follow: Apache Ant's (strict: it wants `time`, `timestamp`, `hostname`, `package`, `id`,
/// `<properties>`, `<system-out>` and `<system-err>`) and that of Jenkins' xUnit plugin.
///
/// The schemas are looked for in `<package>/../shared/peers/junit/`, then in
/// `/work/shared/peers/junit/`; a missing schema is an error, never a pass.
enum JUnitSchemas {
  /// The schemas' file names.
  static let fileNames = ["ant-JUnit.xsd", "jenkins-junit-10.xsd"]

  /// The schema files, or the first one that was not found.
  static func schemas() throws -> [URL] {
    let folders = [
      PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/peers/junit").standardizedFileURL,
      URL(fileURLWithPath: "/work/shared/peers/junit"),
    ]
    return try fileNames.map { name in
      let candidates = folders.map { $0.appendingPathComponent(name) }
      guard let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0.path) }) else {
        throw JSONShapeError(message: "the JUnit schema \(name) was not found in \(candidates.map(\.path))")
      }
      return found
    }
  }

  /// Throws `XMLLintError` unless `document` is valid against both schemas.
  static func validate(_ document: Data) async throws {
    let directory = try TemporaryDirectory()
    let file = try directory.write(document, to: "report.xml")
    for schema in try schemas() {
      let result = try await CommandRunner.run(
        URL(fileURLWithPath: "/usr/bin/env"), ["xmllint", "--noout", "--schema", schema.path, file.path],
        in: directory.url, timeout: .seconds(300))
      guard result.exitStatus == 0 else { throw XMLLintError.failed(result) }
    }
  }
}
