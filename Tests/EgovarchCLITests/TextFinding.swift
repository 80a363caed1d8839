/// One finding line of the text output: `file:line:column: severity: message [rule]`.
struct TextFinding: Equatable, CustomStringConvertible {
  /// The file as printed.
  var file: String
  /// The 1-based line.
  var line: Int
  /// The 1-based column, in characters.
  var column: Int
  /// The severity word (`error`, or `lỗi` in Vietnamese, …).
  var severity: String
  /// The message.
  var message: String
  /// The rule id, such as `graph/cycle`.
  var rule: String

  /// Parses one line; returns `nil` when it does not have the finding shape.
  init?(line text: String) {
    let pattern = #/^(.+?):(\d+):(\d+): ([^:]+): (.*) \[([a-z]+/[a-z-]+)\]$/#
    guard let match = text.wholeMatch(of: pattern), let line = Int(match.2), let column = Int(match.3) else {
      return nil
    }
    file = String(match.1)
    self.line = line
    self.column = column
    severity = String(match.4)
    message = String(match.5)
    rule = String(match.6)
  }

  /// `line:column`, for compact comparisons.
  var position: String { "\(line):\(column)" }

  var description: String { "\(file):\(line):\(column): \(severity): \(message) [\(rule)]" }
}
