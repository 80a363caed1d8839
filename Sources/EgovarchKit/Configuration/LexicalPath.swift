#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Absolute paths worked out on their text, for the configuration's discovery and patterns:
/// `.`, `..` and repeated slashes are resolved without asking the file system (symbolic links
/// are not followed), by the same normaliser as the reported paths (`RelativePath`).
enum LexicalPath {
  /// The segments of `path` made absolute against `currentDirectory`, normalised; `[]` for `/`.
  ///
  /// `..` at the root stays at the root. A relative `currentDirectory` is taken from the root.
  static func segments(of path: String, currentDirectory: String) -> [Substring] {
    RelativePath.normalizedSegments(path.hasPrefix("/") ? path : currentDirectory + "/" + path)
  }

  /// The process's current directory (`/` if it cannot be read).
  static func processCurrentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "/" }
    defer { free(pointer) }
    return String(cString: pointer)
  }
}
