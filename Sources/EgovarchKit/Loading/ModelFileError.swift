/// Why a model file could not be read at all (as opposed to findings about its content).
public enum ModelFileError: Error, Sendable, Hashable, CustomStringConvertible {
  case notFound(path: String)
  case isDirectory(path: String)
  case notRegularFile(path: String)
  case permissionDenied(path: String)
  case tooLarge(path: String, size: Int, limit: Int)
  case readFailed(path: String, reason: String)

  public var description: String {
    switch self {
    case .notFound(let path): return "no such file or directory: '\(path)'"
    case .isDirectory(let path): return "'\(path)' is a directory, not a model file"
    case .notRegularFile(let path):
      return "'\(path)' is not a regular file (a device, pipe or socket is never read)"
    case .permissionDenied(let path): return "permission denied: '\(path)'"
    case .tooLarge(let path, let size, let limit):
      return "'\(path)' is too large (\(size / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB)"
    case .readFailed(let path, let reason): return "cannot read '\(path)': \(reason)"
    }
  }
}
