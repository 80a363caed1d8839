#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Absolute paths worked out on their text: `.`, `..` and repeated slashes are resolved
/// without asking the file system (symbolic links are not followed).
enum LexicalPath {
  /// The segments of `path` made absolute against `currentDirectory`, normalised; `[]` for `/`.
  ///
  /// `..` at the root stays at the root. A relative `currentDirectory` is taken from the root.
  static func segments(of path: String, currentDirectory: String) -> [Substring] {
    var segments: [Substring] = path.hasPrefix("/") ? [] : normalize(currentDirectory.split(separator: "/"))
    segments = normalize(segments + path.split(separator: "/"))
    return segments
  }

  /// `path` made absolute against `currentDirectory` and normalised.
  static func absolute(_ path: String, currentDirectory: String) -> String {
    "/" + segments(of: path, currentDirectory: currentDirectory).joined(separator: "/")
  }

  /// The process's current directory (`/` if it cannot be read).
  static func processCurrentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "/" }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  private static func normalize(_ segments: [Substring]) -> [Substring] {
    var result: [Substring] = []
    for segment in segments {
      switch segment {
      case "", ".": continue
      case "..": _ = result.popLast()
      default: result.append(segment)
      }
    }
    return result
  }
}
