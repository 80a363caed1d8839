/// The version egovarch reports (`--version`, and later SARIF's `tool.driver.version`).
enum EgovarchVersion {
  /// The current version.
  static let current = "0.1.0"
}
