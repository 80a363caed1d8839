#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The top level of the git working tree a directory lies in, found without running git: the
/// nearest directory at or above it that holds `.git` as a directory (a repository) or as a
/// regular file starting with `gitdir:` (a worktree or a submodule), as git itself recognises
/// them.
///
/// It is the default base directory of reported paths (`--base-dir`), so that a CI step that
/// runs in a subdirectory (`working-directory:`) still names files from the repository's root,
/// as GitHub and GitLab place them. Parents are found on the path's text (`..` is resolved
/// textually, symbolic links are not followed upwards).
public enum RepositoryRoot {
  /// The top level of the working tree that `directory` (absolute, or relative to
  /// `currentDirectory`) lies in, absolute and normalised; `nil` outside any.
  public static func enclosing(_ directory: String, currentDirectory: String? = nil) -> String? {
    var segments = LexicalPath.segments(
      of: directory, currentDirectory: currentDirectory ?? LexicalPath.processCurrentDirectory())
    while true {
      let folder = "/" + segments.joined(separator: "/")
      if marksWorkingTree((segments.isEmpty ? "" : folder) + "/.git") { return folder }
      if segments.isEmpty { return nil }
      segments.removeLast()
    }
  }

  /// Whether `path` is a `.git` directory, or a regular file that starts with `gitdir:`.
  static func marksWorkingTree(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return true
    case S_IFREG: return startsWithGitdir(path)
    default: return false
    }
  }

  /// Whether the regular file at `path` starts with `gitdir:`.
  private static func startsWithGitdir(_ path: String) -> Bool {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    let prefix = Array("gitdir:".utf8)
    var buffer = [UInt8](repeating: 0, count: prefix.count)
    var total = 0
    while total < prefix.count {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, prefix.count - total) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      total += count
    }
    return total == prefix.count && buffer == prefix
  }
}
