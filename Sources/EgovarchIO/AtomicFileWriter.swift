import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes output files atomically (the CLI's `-o` and `--write-baseline`, the benchmark's models): a temporary file beside the target, then a rename, so a
/// reader never sees half a file and a failed run leaves the old file (or none) behind.
///
/// A symbolic link stays a link: the file it names is replaced. `/dev/stdout` and
/// `/dev/stderr` are the standard streams, and a path that exists but is not a regular file
/// (`/dev/null`, a named pipe) is written into: neither is ever replaced. The temporary file is
/// removed when the write fails and when the program is interrupted (`SignalCleanup`, once
/// installed).
public enum AtomicFileWriter {
  /// Writes `bytes` to `path`.
  /// - Throws: `FileWriteError` when the file cannot be written; no temporary file remains.
  public static func write(_ bytes: some ContiguousBytes, to path: String) throws(FileWriteError) {
    if let descriptor = standardDescriptors[path] {
      try writeAll(bytes, to: descriptor, path: path)
      return
    }
    var info = stat()
    let exists = stat(path, &info) == 0
    if exists, (info.st_mode & S_IFMT) == S_IFDIR {
      throw FileWriteError(path: path, reason: "it is a directory")
    }
    if exists, (info.st_mode & S_IFMT) != S_IFREG {
      try writeInPlace(bytes, to: path, isPipe: (info.st_mode & S_IFMT) == S_IFIFO)
      return
    }
    let target = URL(fileURLWithPath: exists ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path : path)
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
    // Registered before it exists: SIGINT or SIGTERM from here on removes it.
    SignalCleanup.setTemporaryFile(temporary)
    defer { SignalCleanup.setTemporaryFile(nil) }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else {
      throw FileWriteError(path: path, reason: Self.reason(errno))
    }
    do throws(FileWriteError) {
      try writeAll(bytes, to: descriptor, path: path)
      // The replacement keeps the permissions of the file it replaces.
      if exists { fchmod(descriptor, info.st_mode & 0o7777) }
      if close(descriptor) != 0 {
        throw FileWriteError(path: path, reason: Self.reason(errno))
      }
    } catch {
      unlink(temporary)
      throw error
    }
    if rename(temporary, target.path) != 0 {
      let reason = Self.reason(errno)
      unlink(temporary)
      throw FileWriteError(path: path, reason: reason)
    }
  }

  /// Writes into a device or a named pipe, which is neither created nor truncated nor replaced.
  ///
  /// The file is opened without blocking: a named pipe that nothing opens for reading within
  /// `readerWait` is refused instead of waiting forever, and a reader that stops reading fails the write after
  /// `DescriptorWriter.stallLimit`.
  private static func writeInPlace(
    _ bytes: some ContiguousBytes, to path: String, isPipe: Bool
  ) throws(FileWriteError) {
    var descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    // A reader may be about to open the pipe: it is given `readerWait` seconds.
    var waited = 0.0
    while descriptor < 0 && errno == ENXIO && isPipe && waited < readerWait {
      usleep(50_000)
      waited += 0.05
      descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    }
    guard descriptor >= 0 else {
      if errno == ENXIO && isPipe {
        throw FileWriteError(path: path, reason: "it is a named pipe that nothing is reading")
      }
      throw FileWriteError(path: path, reason: Self.reason(errno))
    }
    defer { close(descriptor) }
    try writeAll(bytes, to: descriptor, path: path)
  }

  /// How long a named pipe given as the output may wait for a reader, in seconds.
  public static let readerWait = 20.0

  /// The names of standard output and error, written through the descriptors this process
  /// already has, so that a redirection with `>>` still appends.
  private static let standardDescriptors: [String: Int32] = [
    "/dev/stdout": STDOUT_FILENO, "/dev/fd/1": STDOUT_FILENO, "/proc/self/fd/1": STDOUT_FILENO,
    "/dev/stderr": STDERR_FILENO, "/dev/fd/2": STDERR_FILENO, "/proc/self/fd/2": STDERR_FILENO,
  ]

  /// Writes all of `bytes` to the open file `descriptor`, which is `path`.
  /// - Throws: `FileWriteError` when a write fails.
  private static func writeAll(_ bytes: some ContiguousBytes, to descriptor: Int32, path: String) throws(FileWriteError)
  {
    do {
      try DescriptorWriter.writeAll(bytes, to: descriptor) { reason in FileWriteError(path: path, reason: reason) }
    } catch let error as FileWriteError {
      throw error
    } catch {
      throw FileWriteError(path: path, reason: "\(error)")
    }
  }

  /// Creates the directory `path` and its missing parents.
  /// - Throws: `FileWriteError` when one cannot be created.
  public static func createDirectory(_ path: String) throws(FileWriteError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += part + "/"
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
        throw FileWriteError(path: path, reason: Self.reason(errno))
      }
    }
  }

  /// Whether `first` and `second` name the same file (same path once resolved, or same inode).
  public static func sameFile(_ first: String, _ second: String) -> Bool {
    let resolved = [first, second].map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
    if resolved[0] == resolved[1] { return true }
    var one = stat()
    var two = stat()
    guard stat(first, &one) == 0, stat(second, &two) == 0 else { return false }
    return one.st_dev == two.st_dev && one.st_ino == two.st_ino
  }

  /// The reason for the error `code`, lowercase.
  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
