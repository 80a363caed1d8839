import ArgumentParser
import EgovarchKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `--base-dir DIR`: the directory every reported path is relative to, so that a CI step
/// running in a subdirectory still names files from the repository's root.
struct BaseDirectoryOption: ParsableArguments {
  @Option(
    name: .customLong("base-dir"),
    help: ArgumentHelp(
      "Name files relative to this directory in every format (default: the top of the git working tree, else the working directory).",
      valueName: "dir"))
  var baseDirectory: String?

  /// The absolute base directory: `--base-dir` made absolute against `workingDirectory`, else
  /// the top of the git working tree `workingDirectory` lies in (the nearest directory holding
  /// a `.git` directory or `gitdir:` file), else `workingDirectory`.
  /// - Throws: `CommandFailure` when `--base-dir` is not a directory.
  func resolved(workingDirectory: String) throws -> String {
    guard let baseDirectory else {
      return RepositoryRoot.enclosing(workingDirectory, currentDirectory: workingDirectory) ?? workingDirectory
    }
    var info = stat()
    guard stat(baseDirectory, &info) == 0 else {
      throw CommandFailure(message: "--base-dir: no such directory: '\(baseDirectory.terminalSafe)'")
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw CommandFailure(message: "--base-dir: '\(baseDirectory.terminalSafe)' is not a directory")
    }
    return RelativePath.absolute(baseDirectory, base: workingDirectory)
  }
}
