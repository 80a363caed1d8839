/// ANSI colours for the terminal, used only when output goes to a terminal.
enum TerminalStyle: String {
  case bold = "1"
  case red = "1;31"
  case yellow = "1;33"
  case cyan = "1;36"
  case dim = "2"

  /// `text` wrapped in this style when `enabled`, else `text` unchanged.
  func apply(_ text: String, enabled: Bool) -> String {
    enabled ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
  }
}
