/// The output formats of `egovarch frameworks`.
public enum FrameworkCatalogFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text for the terminal.
  case text
  /// Markdown (`docs/frameworks.md`).
  case markdown
  /// JSON for scripts (`docs/output-formats.md`).
  case json
}
