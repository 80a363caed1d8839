import EgovarchTestSupport
import Foundation
import Testing

/// One case of the hostile-input corpus in `Tests/Fixtures/hostile/cases.json`: an input, the
/// command run on it, and what egovarch must answer.
///
/// The members are those of the manifest; `Tests/Fixtures/hostile/README.md` explains each.
struct HostileCase: Decodable, Sendable, CustomTestStringConvertible {
  /// A short unique name, also the test's name.
  var name: String
  /// Why the case exists: what a consultant's tool or an attacker could send.
  var why: String
  /// A committed input: a file or a folder of `Tests/Fixtures/hostile/`, copied into the run's
  /// directory under the same name.
  var file: String?
  /// An input built at run time (`HostileRecipe`), for what is too big or cannot be committed.
  var recipe: String?
  /// The arguments after `egovarch`, with `{input}` for the input's path; by default
  /// `["validate", "{input}"]`.
  var arguments: [String]?
  /// The expected exit status.
  var exit: Int32
  /// The rule ids of the findings, exactly and in the order printed.
  ///
  /// `"RULE xN"` stands for N findings of RULE in a row. `nil` when the output is not a
  /// findings report.
  var rules: [String]?
  /// The `line:column` of the first finding.
  var at: String?
  /// The last line of the text report.
  var summary: String?
  /// A fragment that standard output must contain; `""` when it must be empty.
  var stdout: String?
  /// A fragment that standard error must contain; `nil` when it must be empty.
  var stderr: String?
  /// Files the command must create in the run's directory (nothing else may appear there).
  var creates: [String]?
  /// Whether the command runs as an unprivileged user when the tests run as root.
  var unprivileged: Bool?
  /// Why the case fails today, when it does: the expected outcome is the correct one.
  var knownIssue: String?

  var testDescription: String { name }

  /// The manifest's location.
  static let folder = PackageRoot.url.appendingPathComponent("Tests/Fixtures/hostile")

  /// The cases of the manifest, or none when it cannot be read (`HostileCorpusTests` then fails).
  static let all: [HostileCase] = (try? load()) ?? []

  /// Reads the manifest.
  static func load() throws -> [HostileCase] {
    let bytes = try Data(contentsOf: folder.appendingPathComponent("cases.json"))
    return try JSONDecoder().decode([HostileCase].self, from: bytes)
  }

  /// The arguments with `{input}` replaced by `input`.
  func commandArguments(input: String) -> [String] {
    var given = arguments ?? ["validate", "{input}"]
    // Every command that judges a model runs as of one fixed day unless the case gives its own
    // `--as-of`, so that the outcome does not change with the calendar (a framework replaced
    // since, a deadline passed since).
    if let command = given.first, Self.datedCommands.contains(command), !given.contains("--as-of") {
      given.insert(contentsOf: ["--as-of", Self.asOf], at: 1)
    }
    return given.map { $0.replacingOccurrences(of: "{input}", with: input) }
  }

  /// The day the corpus is judged at: the last day of framework 2.0, the framework of most cases.
  static let asOf = "2023-12-28"

  /// The commands that judge a model at a date.
  static let datedCommands: Set<String> = ["validate", "gaps", "report", "roadmap", "timeline"]

  /// Whether the command prints a JSON report (`--format json`).
  var printsJSON: Bool {
    let given = arguments ?? []
    return zip(given, given.dropFirst()).contains { $0 == "--format" && $1 == "json" }
  }

  /// `rules` with each `"RULE xN"` written out N times.
  var expandedRules: [String]? {
    rules?.flatMap { entry -> [String] in
      let parts = entry.split(separator: " ")
      if parts.count == 2, parts[1].hasPrefix("x"), let count = Int(parts[1].dropFirst()) {
        return Array(repeating: String(parts[0]), count: count)
      }
      return [entry]
    }
  }
}
