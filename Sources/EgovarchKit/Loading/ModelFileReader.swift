#if canImport(Glibc)
  import Glibc

  private let systemRead = Glibc.read
#elseif canImport(Darwin)
  import Darwin

  private let systemRead = Darwin.read
#endif

/// Reads a model file's bytes with plain system calls: regular files only, with a size limit.
///
/// Devices, pipes and sockets are refused before any read, so `/dev/zero` or a FIFO can
/// neither hang egovarch nor fill its memory.
public enum ModelFileReader {
  /// The largest file read by default: 512 MiB.
  public static let defaultSizeLimit = 512 * 1_048_576

  /// Returns the bytes of the regular file at `path`.
  /// - Throws: `ModelFileError` when it is missing, not a regular file, unreadable or too large.
  public static func read(_ path: String, sizeLimit: Int = defaultSizeLimit) throws(ModelFileError)
    -> [UInt8]
  {
    var info = stat()
    guard stat(path, &info) == 0 else { throw error(for: errno, path: path) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegularFile(path: path) }
    // O_NONBLOCK: should the path become a FIFO after the check, opening it cannot hang.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { throw error(for: errno, path: path) }
    defer { close(descriptor) }
    var opened = stat()
    guard fstat(descriptor, &opened) == 0, (opened.st_mode & S_IFMT) == S_IFREG else {
      throw .notRegularFile(path: path)
    }
    let size = Int(opened.st_size)
    guard size <= sizeLimit else { throw .tooLarge(path: path, size: size, limit: sizeLimit) }
    var bytes = [UInt8](repeating: 0, count: size)
    var total = 0
    while total < size {
      let count = bytes.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress! + total, size - total)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .readFailed(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { break }
      total += count
    }
    if total < size { bytes.removeLast(size - total) }
    return bytes
  }

  private static func error(for code: Int32, path: String) -> ModelFileError {
    switch code {
    case ENOENT, ENOTDIR: return .notFound(path: path)
    case EACCES, EPERM: return .permissionDenied(path: path)
    case EISDIR: return .isDirectory(path: path)
    default: return .readFailed(path: path, reason: String(cString: strerror(code)))
    }
  }
}
