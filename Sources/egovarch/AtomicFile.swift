import Foundation

#if canImport(Glibc)
  import Glibc

  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  private let systemWrite = Darwin.write
#endif

/// Writes output files atomically: a temporary file beside the target, then a rename, so a
/// reader never sees half a file and a failed run leaves the old file (or none) behind.
///
/// A symbolic link stays a link: the file it names is replaced. `/dev/stdout` and
/// `/dev/stderr` are the standard streams, and a path that exists but is not a regular file
/// (`/dev/null`, a named pipe) is written into: neither is ever replaced.
enum AtomicFile {
  /// Writes `bytes` to `path`.
  /// - Throws: `CommandFailure` when the file cannot be written; no temporary file remains.
  static func write(_ bytes: Data, to path: String) throws {
    if let descriptor = standardDescriptors[path] {
      try writeAll(bytes, to: descriptor, path: path)
      return
    }
    var info = stat()
    let exists = stat(path, &info) == 0
    if exists, (info.st_mode & S_IFMT) == S_IFDIR {
      throw CommandFailure(message: "cannot write '\(path)': it is a directory")
    }
    if exists, (info.st_mode & S_IFMT) != S_IFREG {
      // A device or a named pipe: opened for writing, neither created nor truncated.
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw CommandFailure(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
      }
      defer { close(descriptor) }
      try writeAll(bytes, to: descriptor, path: path)
      return
    }
    let target = URL(fileURLWithPath: exists ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path)
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try bytes.write(to: temporary)
      // The replacement keeps the permissions of the file it replaces.
      if exists { chmod(temporary.path, info.st_mode & 0o7777) }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure(message: "cannot write '\(path)': \(Self.reason(error))")
    }
    if rename(temporary.path, target.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw CommandFailure(message: "cannot write '\(path)': \(reason)")
    }
  }

  /// The names of standard output and error, written through the descriptors this process
  /// already has, so that a redirection with `>>` still appends.
  private static let standardDescriptors: [String: Int32] = [
    "/dev/stdout": STDOUT_FILENO, "/dev/fd/1": STDOUT_FILENO, "/proc/self/fd/1": STDOUT_FILENO,
    "/dev/stderr": STDERR_FILENO, "/dev/fd/2": STDERR_FILENO, "/proc/self/fd/2": STDERR_FILENO,
  ]

  /// Writes all of `bytes` to the open file `descriptor`, which is `path`.
  /// - Throws: `CommandFailure` when a write fails.
  private static func writeAll(_ bytes: Data, to descriptor: Int32, path: String) throws {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress! + written, bytes.count - written)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw CommandFailure(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
      }
      written += count
    }
  }

  /// Whether `first` and `second` name the same file (same path once resolved, or same inode).
  static func sameFile(_ first: String, _ second: String) -> Bool {
    let resolved = [first, second].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
    if resolved[0] == resolved[1] { return true }
    var one = stat()
    var two = stat()
    guard stat(first, &one) == 0, stat(second, &two) == 0 else { return false }
    return one.st_dev == two.st_dev && one.st_ino == two.st_ino
  }

  /// The POSIX reason behind a Foundation write error, lowercase.
  private static func reason(_ error: any Error) -> String {
    if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
    if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileWriteNoPermissionError {
      return "permission denied"
    }
    if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileNoSuchFileError {
      return "no such directory"
    }
    return nsError.localizedDescription
  }
}
