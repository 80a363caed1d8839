/// A glob relative to a base directory, matched against normalised absolute paths.
///
/// - `*` matches any run of characters within one path segment (a leading `.` included),
///   `?` exactly one character; `**` as a whole segment matches any number of segments,
///   none included (`**/*.xml` matches `a.xml` too). Every other character, `[`, `{` and `\`
///   included, stands for itself; case counts.
/// - A pattern matches a path when it matches the path or a directory above it, so a plain
///   directory name (`archive`), the same with a trailing `/` (`archive/`) and `archive/**`
///   all take in everything below `archive`.
/// - A pattern is anchored at its base directory: `archive` is `BASE/archive` only; write
///   `**/archive` for an `archive` directory at any depth.
/// - `.`, `..` and repeated slashes are resolved in the pattern and in the paths before
///   matching, on the text alone (symbolic links are not followed); `../shared/*.xml`
///   reaches beside the base directory.
public struct PathPattern: Sendable, Hashable, CustomStringConvertible {
  /// The longest pattern accepted, in bytes (Linux's `PATH_MAX`).
  public static let lengthLimit = 4096

  /// The pattern as written.
  public let pattern: String
  /// The directory the pattern is relative to; "" for the current directory at matching time.
  public let base: String
  /// How many leading `..` segments climb above `base`.
  let parentCount: Int
  /// The segments after the leading `..`; `["*", "*"]` is `**`.
  let segments: [[Character]]

  /// Parses `pattern`, relative to the directory `base` ("" for the current directory).
  /// - Throws: `PathPatternError` for an empty, absolute or too long pattern, or one with
  ///   `..` after a wildcard.
  public init(_ pattern: String, relativeTo base: String) throws(PathPatternError) {
    if pattern.isEmpty { throw .empty }
    if pattern.utf8.count > Self.lengthLimit { throw .tooLong(pattern: pattern) }
    if pattern.hasPrefix("/") { throw .absolute(pattern: pattern) }
    var parentCount = 0
    var segments: [[Character]] = []
    for segment in pattern.split(separator: "/") {
      switch segment {
      case ".": continue
      case "..":
        guard let last = segments.last else {
          parentCount += 1
          continue
        }
        if Self.isWildcard(last) { throw .parentAfterWildcard(pattern: pattern) }
        segments.removeLast()
      default: segments.append(Array(segment))
      }
    }
    self.pattern = pattern
    self.base = base
    self.parentCount = parentCount
    self.segments = segments
  }

  /// Whether the pattern matches `path` or a directory above it.
  /// - Parameters:
  ///   - path: a file or directory, absolute or relative to `currentDirectory`.
  ///   - currentDirectory: the absolute directory that relative paths (and a relative or
  ///     empty `base`) start from.
  public func matches(_ path: String, currentDirectory: String) -> Bool {
    let target = LexicalPath.segments(of: path, currentDirectory: currentDirectory).map(Array.init)
    let baseSegments = LexicalPath.segments(of: base, currentDirectory: currentDirectory)
    let full = baseSegments.dropLast(parentCount).map(Array.init) + segments
    // matched[j]: the segments seen so far match the first j segments of `target`.
    var matched = [Bool](repeating: false, count: target.count + 1)
    matched[0] = true
    for segment in full {
      var next = [Bool](repeating: false, count: target.count + 1)
      if segment == ["*", "*"] {
        next[0] = matched[0]
        for j in target.indices { next[j + 1] = matched[j + 1] || next[j] }
      } else {
        for j in target.indices where matched[j] { next[j + 1] = Self.matches(segment, target[j]) }
      }
      matched = next
      if !matched.contains(true) { return false }
    }
    return matched.contains(true)
  }

  public var description: String { pattern }

  static func isWildcard(_ segment: [Character]) -> Bool {
    segment.contains("*") || segment.contains("?")
  }

  /// Whether one pattern segment matches one path segment: `*` and `?` within the segment,
  /// in time proportional to the product of their lengths at worst.
  static func matches(_ pattern: [Character], _ name: [Character]) -> Bool {
    var p = 0
    var n = 0
    var star: (pattern: Int, name: Int)?
    while n < name.count {
      if p < pattern.count, pattern[p] == "*" {
        star = (p, n)
        p += 1
      } else if p < pattern.count, pattern[p] == "?" || pattern[p] == name[n] {
        p += 1
        n += 1
      } else if let last = star {
        star = (last.pattern, last.name + 1)
        p = last.pattern + 1
        n = last.name + 1
      } else {
        return false
      }
    }
    return pattern[p...].allSatisfy { $0 == "*" }
  }
}
