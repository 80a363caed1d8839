import ArgumentParser
import EgovarchIO
import EgovarchKit
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The entry point: runs the command and maps every outcome to egovarch's exit statuses.
///
/// 0 clean, 1 findings at or above `--fail-on`, 2 the command could not run (a usage error,
/// a missing file, a command line that could not be read). swift-argument-parser's own usage
/// status (64) becomes 2.
@main
enum Main {
  static func main() {
    StandardOutput.prepare()
    SignalCleanup.install()
    guard let arguments = ProcessArguments.afterProgramName() else {
      printToStandardError(
        "egovarch: error: the command line could not be read (is /proc mounted?); nothing was checked")
      exit(2)
    }
    do {
      var command = try CommandLineParser.parse(arguments)
      try command.run()
    } catch let exit as ExitCode {
      Main.exit(exit.rawValue)
    } catch let failure as CommandFailure {
      printToStandardError(lines: ["egovarch: error: \(failure.message)"] + failure.details)
      exit(2)
    } catch {
      let code = EgovarchCommand.exitCode(for: error)
      if code == .success {
        // Help and version: egovarch's own text, printed as it is.
        let message = EgovarchCommand.fullMessage(for: error)
        do {
          if !message.isEmpty { try StandardOutput.write(message + "\n") }
        } catch let failure as CommandFailure {
          printToStandardError("egovarch: error: \(failure.message)")
          exit(2)
        } catch {}
        exit(0)
      }
      writeToStandardError(parserErrorText(for: error))
      exit(2)
    }
  }

  /// The parser's message for a usage error, with the error line escaped as a whole: it may
  /// quote a command-line argument (a file name holding a line feed), while the usage lines
  /// around it are egovarch's own text, and so is the list of allowed values the parser puts
  /// under it, one per line, when there are six or more (the formats of `validate`).
  private static func parserErrorText(for error: any Error) -> String {
    let full = EgovarchCommand.fullMessage(for: error)
    let errorLine = EgovarchCommand.message(for: error)
    guard !errorLine.isEmpty, let range = full.range(of: errorLine) else { return full.terminalSafe }
    let listStart = ". Please provide one of the following:\n"
    guard let list = errorLine.range(of: listStart, options: .backwards),
      errorLine[list.upperBound...].split(separator: "\n").allSatisfy({ $0.hasPrefix("  - ") && !$0.contains("'") })
    else {
      return full.replacingCharacters(in: range, with: errorLine.terminalSafe)
    }
    let escaped = String(errorLine[..<list.lowerBound]).terminalSafe + errorLine[list.lowerBound...]
    return full.replacingCharacters(in: range, with: escaped)
  }

  /// Ends the process with `status`.
  private static func exit(_ status: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(status)
    #else
      Darwin.exit(status)
    #endif
  }
}

/// Writes `text` and a newline to standard error as one line: every control character is
/// escaped, a line feed included, so that nothing quoted from a file name, a model or the
/// command line can start a line of its own (GitHub Actions reads workflow commands such as
/// `::error` from standard error too).
func printToStandardError(_ text: String) {
  writeToStandardError(text.terminalSafe)
}

/// Writes each of `lines` to standard error as one line, escaped as by `printToStandardError`.
func printToStandardError<Lines: Sequence>(lines: Lines) where Lines.Element: StringProtocol {
  writeToStandardError(lines.map { String($0).terminalSafe }.joined(separator: "\n"))
}

/// Writes `text`, which must already be safe, and a newline to standard error.
private func writeToStandardError(_ text: String) {
  var line = text
  if !line.hasSuffix("\n") { line += "\n" }
  try? FileHandle.standardError.write(contentsOf: Data(line.utf8))  // a full or closed stream is no crash
}
