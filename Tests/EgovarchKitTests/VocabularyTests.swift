import EgovarchKit
import EgovarchTestSupport
import Foundation
import Testing

/// One bilingual vocabulary: every value of the model format has its term, and no term is used
/// with two translations, neither in `Vocabulary` nor in the `LocalizedText(en:vi:)` literals of
/// EgovarchKit's sources, nor written out again outside `Vocabulary`.
@Suite struct VocabularyTests {
  /// One English text and its Vietnamese, and where it is written.
  struct Pair: Hashable {
    var english: String
    var vietnamese: String
    var origin: String
  }

  /// Vietnamese words that translate two English terms, because Vietnamese says the verb and the
  /// noun the same way ("integrate" and "integration" are both "tích hợp").
  static let sharedVietnamese: Set<String> = ["tích hợp"]

  /// The terms of `Vocabulary`'s tables, each with its table and key.
  static var vocabularyPairs: [Pair] {
    Vocabulary.tables.flatMap { table in
      table.terms.map {
        Pair(english: $0.value.english, vietnamese: $0.value.vietnamese, origin: "\(table.name) \($0.key)")
      }
    } + [Pair(english: Vocabulary.basis.english, vietnamese: Vocabulary.basis.vietnamese, origin: "basis")]
  }

  /// A Swift string literal's text: escapes as written, each interpolation as `…`.
  static func normalised(_ literal: Substring) -> String {
    String(literal).replacing(/\\\([^)]*\)/, with: "…")
  }

  /// The `LocalizedText(en: "…", vi: "…")` literals of `text` (each side one literal).
  static func literalPairs(in text: String, origin: String) -> [Pair] {
    let pattern = /LocalizedText\(\s*en:\s*"((?:[^"\\\n]|\\.)*)"\s*,\s*vi:\s*"((?:[^"\\\n]|\\.)*)"\s*\)/
    return text.matches(of: pattern).map { match in
      let line = text[..<match.range.lowerBound].filter { $0 == "\n" }.count + 1
      return Pair(english: normalised(match.1), vietnamese: normalised(match.2), origin: "\(origin):\(line)")
    }
  }

  /// The literal pairs of every Swift file of EgovarchKit outside `Vocabulary/` (the embedded
  /// schemas hold no Swift literals of this shape).
  static func sourcePairs() throws -> [Pair] {
    let root = PackageRoot.url.appendingPathComponent("Sources/EgovarchKit")
    let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path)
      .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Vocabulary/") }.sorted()
    return try paths.flatMap { path in
      literalPairs(in: try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8), origin: path)
    }
  }

  /// The texts written with two translations, one line each.
  ///
  /// A line gives the text, then every translation and where it is written. Case does not count
  /// ("Phase" and "phase" are one term), nor, for a Vietnamese text, an English plural.
  static func conflicts(_ pairs: [Pair], allowingVietnamese shared: Set<String> = []) -> [String] {
    func group(_ key: (Pair) -> String, _ value: (Pair) -> String) -> [String: [String: [String]]] {
      var groups: [String: [String: [String]]] = [:]
      for pair in pairs {
        groups[key(pair).lowercased(), default: [:]][value(pair).lowercased(), default: []].append(pair.origin)
      }
      return groups
    }
    func lines(_ groups: [String: [String: [String]]], _ label: String) -> [String] {
      groups.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }.map { text, translations in
        let each = translations.sorted { $0.key < $1.key }.map { "'\($0.key)' (\($0.value.joined(separator: ", ")))" }
        return "\(label) '\(text)' has \(translations.count) translations: \(each.joined(separator: "; "))"
      }
    }
    // Vietnamese has no plural: "indicator" and "indicators" are both "chỉ tiêu".
    func singular(_ pair: Pair) -> String {
      pair.english.split(separator: " ").map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) }
        .joined(separator: " ")
    }
    let byVietnamese = group(\.vietnamese, singular).filter { !shared.contains($0.key) }
    return lines(group(\.english, \.vietnamese), "en") + lines(byVietnamese, "vi")
  }

  /// The literal pairs outside `Vocabulary` that spell out one of its terms instead of using it.
  static func restatedTerms(_ pairs: [Pair], vocabulary: [Pair]) -> [String] {
    let terms = Set(vocabulary.map { $0.english.lowercased() })
    return pairs.filter { terms.contains($0.english.lowercased()) }.map {
      "\($0.origin) writes '\($0.english)' / '\($0.vietnamese)': use Vocabulary's term"
    }
  }

  @Test func everyValueOfTheFormatHasItsTerm() {
    let tables: [(String, KeyValuePairs<String, LocalizedText>, [String])] = [
      ("component status", Vocabulary.componentStatuses, ComponentStatus.allCases.map(\.rawValue)),
      ("task status", Vocabulary.taskStatuses, TaskStatus.allCases.map(\.rawValue)),
      ("task action", Vocabulary.taskActions, TaskAction.allCases.map(\.rawValue)),
      ("dependency type", Vocabulary.dependencyTypes, DependencyType.allCases.map(\.rawValue)),
      ("layer", Vocabulary.layers, Layer.allCases.map(\.rawValue)),
      ("scope", Vocabulary.scopes, Scope.allCases.map(\.rawValue)),
      ("severity", Vocabulary.severities, Severity.allCases.map(\.rawValue)),
    ]
    for (name, table, values) in tables {
      #expect(table.map(\.key) == values, "\(name): the keys are the values of the format, in their order")
      for term in table.map(\.value) {
        #expect(!term.english.isEmpty && !term.vietnamese.isEmpty, "\(name): \(term)")
        #expect(term.english != term.vietnamese, "\(name): \(term)")
      }
    }
    #expect(ComponentStatus.planned.term == LocalizedText(en: "planned", vi: "dự kiến"))
    #expect(Layer.governance.label(in: .vietnamese) == "quản lý, chỉ đạo")
  }

  @Test func noTermHasTwoTranslations() throws {
    let pairs = Self.vocabularyPairs + (try Self.sourcePairs())
    let conflicts = Self.conflicts(pairs, allowingVietnamese: Self.sharedVietnamese)
    #expect(conflicts.isEmpty, "\(conflicts.joined(separator: "\n"))")
  }

  @Test func noTermIsWrittenOutsideTheVocabulary() throws {
    let restated = Self.restatedTerms(try Self.sourcePairs(), vocabulary: Self.vocabularyPairs)
    #expect(restated.isEmpty, "\(restated.joined(separator: "\n"))")
  }

  @Test func theSourcesAreRead() throws {
    // The scan finds the literals it is meant to find; an empty scan would pass every check.
    let pairs = try Self.sourcePairs()
    #expect(pairs.count > 50)
    #expect(pairs.contains { $0.english == "Legend" && $0.vietnamese == "Chú giải" })
  }

  @Test func aTermWithTwoTranslationsIsFound() {
    let source = """
      let a = LocalizedText(en: "planned", vi: "mới dự kiến")
      let b = LocalizedText(
        en: "Phase \\(n)", vi: "Giai đoạn \\(n)")
      let c = LocalizedText(en: "phase \\(number)", vi: "kỳ \\(number)")
      """
    let pairs = Self.literalPairs(in: source, origin: "Rule.swift")
    #expect(pairs.map(\.origin) == ["Rule.swift:1", "Rule.swift:2", "Rule.swift:4"])
    #expect(
      Self.conflicts(Self.vocabularyPairs + pairs) == [
        "en 'phase …' has 2 translations: 'giai đoạn …' (Rule.swift:2); 'kỳ …' (Rule.swift:4)",
        "en 'planned' has 2 translations: 'dự kiến' (component status planned); 'mới dự kiến' (Rule.swift:1)",
        "vi 'tích hợp' has 2 translations: 'integrate' (task action integrate); 'integration' (dependency type integration, layer integration)",
      ])
    #expect(
      Self.restatedTerms(pairs, vocabulary: Self.vocabularyPairs) == [
        "Rule.swift:1 writes 'planned' / 'mới dự kiến': use Vocabulary's term"
      ])
  }
}
