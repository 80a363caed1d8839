#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Configuration {
  /// The path of the nearest `.egovarch.yml` in `directory` or one of the directories above
  /// it, up to the file-system root; `nil` when there is none.
  ///
  /// Only a regular file counts: a directory, pipe or device named `.egovarch.yml` is passed
  /// over. A symbolic link counts only when the file it names is inside the repository it
  /// was found in (the nearest directory above it holding `.git`, else its own directory):
  /// a repository cannot make egovarch read, and quote, a file elsewhere on the machine.
  /// Parents are found on the path's text (`..` is resolved textually, symbolic links are not
  /// followed upwards).
  /// - Parameters:
  ///   - directory: where to start, absolute or relative to `currentDirectory`.
  ///   - currentDirectory: the absolute directory a relative `directory` starts from; `nil`
  ///     for the process's current directory.
  /// - Returns: the absolute, normalised path of the file.
  /// - Throws: `ConfigurationError` when the nearest `.egovarch.yml` is a symbolic link out
  ///   of its repository.
  public static func discover(
    startingAt directory: String, currentDirectory: String? = nil
  ) throws(ConfigurationError) -> String? {
    var segments = LexicalPath.segments(
      of: directory, currentDirectory: currentDirectory ?? LexicalPath.processCurrentDirectory())
    while true {
      let folder = "/" + segments.joined(separator: "/")
      let candidate = (segments.isEmpty ? "" : folder) + "/" + fileName
      var info = stat()
      if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
        try checkContainment(of: candidate, foundIn: segments)
        return candidate
      }
      if segments.isEmpty { return nil }
      segments.removeLast()
    }
  }

  /// Throws when `candidate` is a symbolic link whose file is outside the repository of the
  /// directory `segments`.
  private static func checkContainment(of candidate: String, foundIn segments: [Substring]) throws(ConfigurationError) {
    var link = stat()
    guard lstat(candidate, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK else { return }
    let boundary = repositoryRoot(above: segments)
    if let target = realPath(candidate), let root = realPath(boundary),
      target.hasPrefix(root == "/" ? "/" : root + "/")
    {
      return
    }
    throw ConfigurationError(
      file: candidate, line: 0, column: 0,
      message: "a symbolic link to a file outside '\(boundary)', which egovarch does not follow "
        + "(name the file with --config, or use --no-config)")
  }

  /// The nearest directory at or above `segments` that holds `.git`, else `segments` itself.
  private static func repositoryRoot(above segments: [Substring]) -> String {
    var current = segments
    while true {
      let folder = "/" + current.joined(separator: "/")
      var info = stat()
      if lstat((current.isEmpty ? "" : folder) + "/.git", &info) == 0 { return folder }
      if current.isEmpty { return "/" + segments.joined(separator: "/") }
      current.removeLast()
    }
  }

  /// `path` with every symbolic link resolved, or `nil` when it cannot be.
  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
