/// Paths relative to a base directory, as machine formats and baselines name files.
public enum RelativePath {
  /// `path` relative to the absolute directory `base`, or `nil` when it lies outside `base`.
  ///
  /// A relative `path` is taken relative to `base`; `.` and `..` segments and repeated
  /// slashes are resolved textually (symbolic links are not followed).
  public static func of(_ path: String, base: String) -> String? {
    let baseSegments = normalizedSegments(base)
    let pathSegments = normalizedSegments(path.hasPrefix("/") ? path : base + "/" + path)
    guard pathSegments.count > baseSegments.count, pathSegments.starts(with: baseSegments) else { return nil }
    return pathSegments.dropFirst(baseSegments.count).joined(separator: "/")
  }

  /// The absolute form of `path`, relative paths taken relative to `base`, normalised.
  public static func absolute(_ path: String, base: String) -> String {
    "/" + normalizedSegments(path.hasPrefix("/") ? path : base + "/" + path).joined(separator: "/")
  }

  /// The segments of the absolute `path` once `.`, `..` and empty segments are resolved.
  ///
  /// The one path normaliser (`LexicalPath` uses it too): `..` at the root stays at the root,
  /// and a relative `path` is taken from the root.
  static func normalizedSegments(_ path: String) -> [Substring] {
    var segments: [Substring] = []
    for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..": _ = segments.popLast()
      default: segments.append(segment)
      }
    }
    return segments
  }
}
