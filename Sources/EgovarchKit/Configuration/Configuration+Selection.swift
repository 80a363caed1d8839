extension Configuration {
  /// The configuration a command uses: the file named with `--config`, else the nearest
  /// `.egovarch.yml` (``discover(startingAt:currentDirectory:)``), unless `--no-config`.
  /// - Parameters:
  ///   - named: the `--config` file, absolute or relative to the process's current directory.
  ///   - ignored: `--no-config`: no configuration at all.
  ///   - workingDirectory: where the search for `.egovarch.yml` starts.
  /// - Returns: `nil` when there is no configuration.
  /// - Throws: `ConfigurationError` when the file cannot be read or says something wrong, or
  ///   when the nearest `.egovarch.yml` is a symbolic link out of its repository.
  public static func select(
    named: String?, ignored: Bool, workingDirectory: String
  ) throws(ConfigurationError) -> Configuration? {
    if ignored { return nil }
    if let named { return try load(path: named, origin: .named) }
    guard let path = try discover(startingAt: workingDirectory) else { return nil }
    return try load(path: path, origin: .discovered)
  }
}
