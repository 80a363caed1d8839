import EgovarchKit
import Foundation
import Testing

/// The schema compiled into the binary is the one in `schemas/`.
@Suite struct EmbeddedSchemaTests {
  @Test func embeddedSchemaMatchesTheFile() throws {
    let file = PackageRoot.url.appendingPathComponent("schemas/egovarch.xsd")
    let contents = try String(contentsOf: file, encoding: .utf8)
    #expect(
      ArchitectureSchema.source + "\n" == contents,
      "schemas/egovarch.xsd changed: run scripts/embed-schemas.sh")
  }
}
