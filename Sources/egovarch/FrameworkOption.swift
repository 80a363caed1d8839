import EgovarchKit

/// Resolves `--framework 1.0|2.0|FILE`: a built-in framework by id, else a framework file.
enum FrameworkOption {
  /// The framework `choice` names; its origin starts any error message.
  /// - Throws: `CommandFailure` when it is neither built in nor a usable framework file.
  static func resolve(_ choice: FrameworkChoice) throws -> Framework {
    try resolve(choice.value, origin: choice.origin)
  }

  /// The framework named by `value`; `origin` (the option or the configuration key that gave
  /// it) starts any error message.
  /// - Throws: `CommandFailure` when it is neither built in nor a usable framework file.
  static func resolve(_ value: String, origin: String = "--framework") throws -> Framework {
    if let builtIn = BuiltInFrameworks.framework(value) { return builtIn }
    do {
      return try FrameworkLoader.load(fileAt: value)
    } catch let error as ModelFileError {
      let known = BuiltInFrameworks.all.keys.sorted().joined(separator: ", ")
      throw CommandFailure(message: "\(origin): '\(value)' is not a built-in framework (\(known)) and \(error)")
    } catch let error as FrameworkLoadError {
      throw CommandFailure(
        message: "\(origin): the framework cannot be used:", details: error.problems.map { "  " + $0 })
    } catch {
      throw CommandFailure(message: "\(origin): \(error)")
    }
  }
}
