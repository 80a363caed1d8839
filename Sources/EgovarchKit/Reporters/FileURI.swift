/// File names as RFC 3986 URI references, as SARIF's `artifactLocation.uri` needs them.
enum FileURI {
  private static let hexDigits = Array("0123456789ABCDEF".unicodeScalars)

  /// `path` with each UTF-8 byte other than an unreserved character (`A-Z a-z 0-9 - . _ ~`)
  /// or `/` percent-encoded in upper-case hexadecimal: a relative reference for a relative
  /// path (a `:` in its first segment cannot be taken for a scheme), a URI path for an absolute one.
  static func encoded(_ path: String) -> String {
    var output = ""
    output.reserveCapacity(path.utf8.count)
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: "/"):
        output.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        output += "%"
        output.unicodeScalars.append(hexDigits[Int(byte >> 4)])
        output.unicodeScalars.append(hexDigits[Int(byte & 0x0F)])
      }
    }
    return output
  }

  /// The `file://` URI of the absolute path `path` (`file:///work/a%20b.xml`).
  static func file(_ path: String) -> String {
    "file://" + encoded(path)
  }

  /// The `file://` URI of the absolute directory `path`, ending in `/` as SARIF requires of
  /// a base URI (`file:///work/`).
  static func directory(_ path: String) -> String {
    let uri = file(path)
    return uri.hasSuffix("/") ? uri : uri + "/"
  }
}
