import Foundation

/// One line of Azure Pipelines logging command, read as the agent reads it
/// (microsoft/azure-pipelines-agent, `Command.TryParse` and `CommandStringConvertor.Unescape`):
/// the command starts at the first `##vso[` and ends at the first `]` after it; its name
/// (`area.event`) runs to the first space; the properties after it are split at `;` (empty
/// pieces dropped) and each at its first `=`; properties and message are unescaped by
/// replacing `%3B`, `%0D`, `%0A` and `%5D`, then `%AZP25` (`DECODE_PERCENTS`, on by default).
struct AzureLoggingCommand: Equatable {
  /// `area.event`, such as `task.logissue`.
  var name: String
  /// The properties, unescaped.
  var properties: [String: String]
  /// The message, unescaped.
  var message: String

  /// Parses `line`; `nil` when the agent would see no command in it.
  init?(_ line: some StringProtocol) {
    let text = String(line)
    guard let prefix = text.range(of: "##vso[") else { return nil }
    guard let end = text[prefix.upperBound...].firstIndex(of: "]") else { return nil }
    let info = text[prefix.upperBound..<end]
    let space = info.firstIndex(of: " ")
    let name = String(info[..<(space ?? info.endIndex)])
    guard name.split(separator: ".", omittingEmptySubsequences: true).count == 2 else { return nil }
    self.name = name
    properties = [:]
    if let space {
      for property in info[info.index(after: space)...].split(separator: ";", omittingEmptySubsequences: true) {
        let pair = property.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: true)
        if pair.count == 2 { properties[String(pair[0])] = Self.unescaped(pair[1]) }
      }
    }
    message = Self.unescaped(text[text.index(after: end)...])
  }

  /// `text` unescaped as the agent does it.
  static func unescaped(_ text: some StringProtocol) -> String {
    var output = String(text)
    for (token, replacement) in [(";", "%3B"), ("\r", "%0D"), ("\n", "%0A"), ("]", "%5D")] {
      output = output.replacingOccurrences(of: replacement, with: token)
    }
    return output.replacingOccurrences(of: "%AZP25", with: "%")
  }
}
