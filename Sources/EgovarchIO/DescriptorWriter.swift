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
enum DescriptorWriter {
  /// How long a write may wait for the reader to take more (a named pipe whose reader stopped
  /// reading), in milliseconds.
  static let stallLimit: Int32 = 30_000

  /// Writes all of `bytes` to `descriptor`.
  /// - Throws: the error `failure` makes of the reason (`strerror`, lowercase) when a write fails
  ///   or the reader takes nothing for `stallLimit`.
  static func writeAll(
    _ bytes: Data, to descriptor: Int32, failure: (String) -> CommandFailure
  ) throws {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress! + written, min(bytes.count - written, 1 << 20))
      }
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
