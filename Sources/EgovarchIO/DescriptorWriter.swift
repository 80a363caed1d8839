import Foundation

#if canImport(Glibc)
  import Glibc

  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin

  private let systemWrite = Darwin.write
#endif

/// Writes all of a buffer to an open file descriptor, blocking or not, with a bound on how
/// long a reader may stall.
public enum DescriptorWriter {
  /// How long a write may wait for the reader to take more (a named pipe whose reader stopped
  /// reading), in milliseconds.
  public static let stallLimit: Int32 = 30_000

  /// Writes all of `bytes` to `descriptor`.
  /// - Throws: the error `failure` makes of the reason (`strerror`, lowercase) when a write fails
  ///   or the reader takes nothing for `stallLimit`.
  public static func writeAll(
    _ bytes: some ContiguousBytes, to descriptor: Int32, failure: (String) -> any Error
  ) throws {
    try bytes.withUnsafeBytes { buffer in
      try writeAll(buffer, to: descriptor, failure: failure)
    }
  }

  private static func writeAll(
    _ buffer: UnsafeRawBufferPointer, to descriptor: Int32, failure: (String) -> any Error
  ) throws {
    var written = 0
    while written < buffer.count {
      let count = systemWrite(descriptor, buffer.baseAddress! + written, min(buffer.count - written, 1 << 20))
      if count >= 0 {
        written += count
        continue
      }
      switch errno {
      case EINTR: continue
      case EAGAIN, EWOULDBLOCK:
        var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        let ready = poll(&request, 1, stallLimit)
        if ready == 0 { throw failure("the reader took nothing for \(stallLimit / 1000) seconds") }
      default:
        throw failure(String(cString: strerror(errno)).lowercased())
      }
    }
  }
}
