/// The framework a run was told to check against, and who said so.
///
/// The value is a built-in framework's id (`1.0`, `2.0`) or the path of a framework file: as
/// given on the command line, or already resolved against the configuration file's directory.
public struct FrameworkChoice: Sendable, Hashable {
  /// Where a framework choice comes from.
  public enum Source: Sendable, Hashable {
    /// The command line's `--framework`.
    case commandLine
    /// The `framework` key of the configuration file at this path (as it was given).
    case configuration(path: String)
  }

  /// The built-in framework's id or the framework file's path.
  public var value: String
  /// Who chose it.
  public var source: Source

  /// Creates a choice of `value` made by `source`.
  public init(value: String, source: Source) {
    self.value = value
    self.source = source
  }

  /// What starts an error message about the choice: `--framework`, or
  /// `.egovarch.yml: framework`.
  public var origin: String {
    switch source {
    case .commandLine: return "--framework"
    case .configuration(let path): return "\(path): framework"
    }
  }

  /// The framework file's path; `nil` when the value names a built-in framework.
  public var filePath: String? {
    BuiltInFrameworks.framework(value) == nil ? value : nil
  }
}
