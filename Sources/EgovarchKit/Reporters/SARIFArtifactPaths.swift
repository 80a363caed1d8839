#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The paths SARIF names files by: as every machine format names them (`ReportedPath`), except
/// that a file reached through a symbolic link is named by its target when the target lies
/// below the base directory.
///
/// Code scanning places a result in the repository's tree, where a link is a file of its own
/// that holds a path: a result on the link could be shown nowhere. A target outside the base
/// directory has no place in the repository either, so such a file keeps the path it was
/// given. Each file is resolved once (`realpath(3)`); a file that cannot be resolved (it has
/// gone, or it never existed, as in tests) keeps its path too.
struct SARIFArtifactPaths {
  /// The absolute base directory, as given and normalised.
  private let baseDirectory: String
  /// The base directory with its own links resolved, or `nil` when it cannot be.
  private let realBaseDirectory: String?
  private var resolved: [String: ReportedPath] = [:]

  /// Paths against the absolute directory `baseDirectory`.
  init(baseDirectory: String) {
    self.baseDirectory = baseDirectory
    realBaseDirectory = Self.realPath(RelativePath.absolute(baseDirectory, base: "/"))
  }

  /// The path that names `file` (as the user gave it) in the log.
  mutating func path(of file: String) -> ReportedPath {
    if let known = resolved[file] { return known }
    let given = ReportedPath(file, baseDirectory: baseDirectory)
    var path = given
    if let realBase = realBaseDirectory, let real = Self.realPath(given.absolute),
      let relative = RelativePath.of(real, base: realBase)
    {
      // Unchanged when nothing on the way is a link: the base may itself lie below one.
      if relative != given.relative { path = ReportedPath(relative, baseDirectory: baseDirectory) }
    }
    resolved[file] = path
    return path
  }

  /// `path` with every symbolic link resolved, or `nil` when it cannot be.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
