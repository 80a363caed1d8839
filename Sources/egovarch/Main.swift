import ArgumentParser
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
/// a missing file). swift-argument-parser's own usage status (64) becomes 2.
@main
enum Main {
  static func main() {
    StandardOutput.prepare()
    SignalCleanup.install()
    do {
      var command = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()))
      try command.run()
    } catch let exit as ExitCode {
      Glibc.exit(exit.rawValue)
    } catch let failure as CommandFailure {
      printToStandardError("egovarch: error: \(failure.message)")
      Glibc.exit(2)
    } catch {
      let code = EgovarchCommand.exitCode(for: error)
      let message = EgovarchCommand.fullMessage(for: error)
      if code == .success {
        do {
          if !message.isEmpty { try StandardOutput.write(message + "\n") }
        } catch let failure as CommandFailure {
          printToStandardError("egovarch: error: \(failure.message)")
          Glibc.exit(2)
        } catch {}
        Glibc.exit(0)
      }
      printToStandardError(message)
      Glibc.exit(2)
    }
  }
}

/// Writes `text` and a newline to standard error.
func printToStandardError(_ text: String) {
  var line = text.escapingControlCharacters(keepingLineBreaks: true)
  if !line.hasSuffix("\n") { line += "\n" }
  try? FileHandle.standardError.write(contentsOf: Data(line.utf8))  // a full or closed stream is no crash
}
