#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Configuration {
  /// The path of the nearest `.egovarch.yml` in `directory` or one of the directories above
  /// it, up to the file-system root; `nil` when there is none.
  ///
  /// Only a regular file counts (a symbolic link to one too): a directory, pipe or device
  /// named `.egovarch.yml` is passed over. Parents are found on the path's text (`..` is
  /// resolved textually, symbolic links are not followed upwards).
  /// - Parameters:
  ///   - directory: where to start, absolute or relative to `currentDirectory`.
  ///   - currentDirectory: the absolute directory a relative `directory` starts from; `nil`
  ///     for the process's current directory.
  /// - Returns: the absolute, normalised path of the file.
  public static func discover(startingAt directory: String, currentDirectory: String? = nil) -> String? {
    var segments = LexicalPath.segments(
      of: directory, currentDirectory: currentDirectory ?? LexicalPath.processCurrentDirectory())
    while true {
      let candidate = "/" + (segments + [Substring(fileName)]).joined(separator: "/")
      var info = stat()
      if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { return candidate }
      if segments.isEmpty { return nil }
      segments.removeLast()
    }
  }
}
