import CProcessArguments

/// The command line egovarch was started with, read even where `/proc` is not mounted.
///
/// Swift's `CommandLine.arguments` comes from `/proc/self/cmdline` on Linux; without `/proc`
/// it is empty, and a run that parsed it would print the help and exit 0 as though nothing
/// had been asked. The C library hands the same arguments to the program before `main`
/// (`CProcessArguments` keeps them), so they are taken from there instead.
enum ProcessArguments {
  /// The arguments after the program's name; `nil` when the command line could not be read
  /// at all (every process has at least its own name).
  static func afterProgramName() -> [String]? {
    let fromRuntime = CommandLine.arguments
    if !fromRuntime.isEmpty { return Array(fromRuntime.dropFirst()) }
    let count = Int(egovarch_argument_count())
    guard count > 0, let vector = egovarch_argument_vector() else { return nil }
    var arguments: [String] = []
    for index in 1..<count {
      guard let argument = vector[index] else { return nil }
      arguments.append(String(cString: argument))  // invalid UTF-8 repaired, as CommandLine does
    }
    return arguments
  }
}
