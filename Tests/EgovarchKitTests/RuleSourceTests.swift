import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// The rules in the sources are the rules in the registry, and their examples point at themselves.
///
/// The registry is a hand-written list: a new `Rule` type that is not added to it would never
/// run, and its examples would never be tested. These tests read `Sources/EgovarchKit/Rules` to
/// catch that.
@Suite struct RuleSourceTests {
  /// Every Swift file under `Sources/EgovarchKit/Rules`, with its text, sorted by path.
  static func ruleSources() throws -> [(path: String, text: String)] {
    let folder = PackageRoot.url.appendingPathComponent("Sources/EgovarchKit/Rules")
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
    var files: [(path: String, text: String)] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".swift") else { continue }
      let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
      files.append((relative, text))
    }
    return files.sorted { $0.path < $1.path }
  }

  /// The names of the types that conform to `Rule` where they are declared or in an extension.
  static func ruleTypeNames(in text: String) -> [String] {
    let declaration =
      #/(?m)^\s*(?:public\s+|internal\s+|package\s+)?(?:final\s+)?(?:struct|class|enum|actor|extension)\s+(\w+)\s*:\s*([^{]*)\{/#
    return text.matches(of: declaration).compactMap { match in
      let conformances = match.2.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      return conformances.contains("Rule") ? String(match.1) : nil
    }
  }

  @Test func everyRuleTypeIsInTheRegistry() throws {
    let declared = Set(try Self.ruleSources().flatMap { Self.ruleTypeNames(in: $0.text) })
    let registered = Set(RuleRegistry.modelRules.map { String(describing: $0) })
    #expect(declared.count >= 20, "the search found too few rule types: \(declared.sorted())")
    #expect(
      declared.subtracting(registered).isEmpty,
      "not in RuleRegistry.modelRules: \(declared.subtracting(registered).sorted())")
    #expect(registered.subtracting(declared).isEmpty, "\(registered.subtracting(declared).sorted())")
  }

  @Test func everyRuleDescriptionIsInTheRegistry() throws {
    // Loader rules are not `Rule` types but enums with a description: their ids count too.
    let id = #/static\s+let\s+description\s*=\s*RuleDescription\(\s*id:\s*"([^"]+)"/#
    let declared = Set(try Self.ruleSources().flatMap { $0.text.matches(of: id).map { String($0.1) } })
    let registered = Set(RuleRegistry.descriptions.map(\.id))
    #expect(declared.count == RuleRegistry.descriptions.count, "\(declared.sorted())")
    #expect(declared == registered, "in the sources only: \(declared.subtracting(registered).sorted())")
  }

  @Test func theSearchFindsEveryKindOfDeclaration() {
    let sources = """
      public struct A: Rule {
      struct B: Sendable, Rule {
      final class C: Rule, Sendable {
      extension D: Rule {}
      enum E: String {
      struct F: RuleContext {
      """
    #expect(Self.ruleTypeNames(in: sources) == ["A", "B", "C", "D"])
  }

  @Test(arguments: RuleExampleCase.all)
  func exampleRecordsWhereItIsWritten(_ example: RuleExampleCase) throws {
    let file = "\(example.example.file)"
    let lines = try String(contentsOfFile: file, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let line = Int(example.example.line)
    try #require(line >= 1 && line <= lines.count, "\(example.testDescription): \(file):\(line)")
    #expect(lines[line - 1].contains("Example("), "\(example.testDescription): \(file):\(line) is \(lines[line - 1])")
    #expect(file.hasSuffix("/" + ("\(example.example.fileID)".split(separator: "/").last.map(String.init) ?? "")))
    #expect(file.contains("/Sources/EgovarchKit/Rules/"), "\(example.testDescription): \(file)")
  }

  @Test func exampleRecordsItsCaller() {
    let line: UInt = #line + 1
    let example = Example("<components/>")
    #expect(example.line == line)
    #expect("\(example.file)" == #filePath)
    #expect("\(example.fileID)" == #fileID)
    #expect(example == Example("<components/>"), "examples compare by their code only")
  }
}
