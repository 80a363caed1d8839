import Foundation

/// One workflow command line of `--format github`
/// (`::error file=F,line=L,col=C,title=RULE::MESSAGE`, or `::notice title=T::MESSAGE` about the
/// run), with its values unescaped.
struct GitHubCommand: Equatable {
  /// `error`, `warning` or `notice`.
  var command: String
  /// The file, `nil` for a command about the run.
  var file: String?
  /// The line, 0 for a command about the run.
  var line: Int
  /// The column, 0 for a command about the run.
  var column: Int
  var title: String
  var message: String

  /// Parses `text`; `nil` unless it is a command with exactly the properties file, line, col
  /// and title, in that order (or only title), and every `%` in it starts one of GitHub's escapes.
  init?(_ text: some StringProtocol) {
    guard text.hasPrefix("::") else { return nil }
    let rest = Substring(text).dropFirst(2)
    guard let space = rest.firstIndex(of: " "), let end = rest.range(of: "::"), space < end.lowerBound else {
      return nil
    }
    command = String(rest[..<space])
    guard ["error", "warning", "notice"].contains(command) else { return nil }
    let properties = rest[rest.index(after: space)..<end.lowerBound].split(
      separator: ",", omittingEmptySubsequences: false)
    let pairs = properties.map { $0.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false) }
    if pairs.map({ $0.first.map(String.init) ?? "" }) == ["title"], pairs[0].count == 2,
      let title = Self.unescaped(pairs[0][1]), let message = Self.unescaped(rest[end.upperBound...])
    {
      (file, line, column, self.title, self.message) = (nil, 0, 0, title, message)
      return
    }
    guard pairs.map({ $0.first.map(String.init) ?? "" }) == ["file", "line", "col", "title"],
      pairs.allSatisfy({ $0.count == 2 }), let line = Int(pairs[1][1]), let column = Int(pairs[2][1]),
      let file = Self.unescaped(pairs[0][1]), let title = Self.unescaped(pairs[3][1]),
      let message = Self.unescaped(rest[end.upperBound...])
    else { return nil }
    self.file = file
    self.line = line
    self.column = column
    self.title = title
    self.message = message
  }

  /// `text` with GitHub's escapes (`%25`, `%0D`, `%0A`, `%3A`, `%2C`) decoded; `nil` when a `%`
  /// starts none of them.
  static func unescaped(_ text: some StringProtocol) -> String? {
    let escapes = ["%25": "%", "%0D": "\r", "%0A": "\n", "%3A": ":", "%2C": ","]
    var output = ""
    var rest = Substring(text)
    while let percent = rest.firstIndex(of: "%") {
      output += rest[..<percent]
      let code = rest[percent...].prefix(3)
      guard let decoded = escapes[String(code)] else { return nil }
      output += decoded
      rest = rest[code.endIndex...]
    }
    return output + rest
  }
}
