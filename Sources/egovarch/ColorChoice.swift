import ArgumentParser
import Foundation

/// When to colour text output.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
  case auto
  case always
  case never

  /// Whether to colour standard output: `auto` means a terminal and no `NO_COLOR`.
  func isEnabled(forStandardOutput: Void) -> Bool {
    switch self {
    case .always: return true
    case .never: return false
    case .auto:
      return isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
  }
}
