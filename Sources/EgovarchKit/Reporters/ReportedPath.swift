/// A finding's file as machine formats (and baselines) name it: relative to the base
/// directory, with `/` separators, when it lies below it; else by its absolute path.
struct ReportedPath: Sendable, Hashable {
  /// The path relative to the base directory, or `nil` when the file lies outside it.
  var relative: String?
  /// The absolute path, with `.` and `..` resolved textually.
  var absolute: String

  /// The name of `file` (as the user gave it) against the absolute directory `baseDirectory`.
  init(_ file: String, baseDirectory: String) {
    relative = RelativePath.of(file, base: baseDirectory)
    absolute = RelativePath.absolute(file, base: baseDirectory)
  }

  /// The relative path when there is one, else the absolute one.
  var name: String { relative ?? absolute }

  /// The RFC 3986 form of `name`: a percent-encoded relative reference, or a `file://` URI.
  var uri: String { relative.map(FileURI.encoded) ?? FileURI.file(absolute) }
}
