/// Recognises files that are not UTF-8 XML before the parser sees them, to say so plainly.
public enum DocumentSniffer {
  /// A message for bytes that cannot be a UTF-8 model, with where it applies; `nil` if fine.
  static func problem(in bytes: [UInt8]) -> (message: LocalizedText, position: SourcePosition)? {
    if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
      return (LocalizedText(en: "the file is empty", vi: "tệp rỗng"), .start)
    }
    if let format = compressedFormat(of: bytes) {
      return (
        LocalizedText(
          en: "the file is \(format), not an XML model; decompress it first",
          vi: "tệp là \(format), không phải mô hình XML; hãy giải nén trước"), .start
      )
    }
    if let encoding = wideEncoding(of: bytes) {
      return (
        LocalizedText(
          en:
            "the file is encoded as \(encoding); architecture models must be UTF-8 (convert with: iconv -f \(encoding) -t UTF-8)",
          vi:
            "tệp được mã hoá \(encoding); mô hình kiến trúc phải là UTF-8 (chuyển bằng: iconv -f \(encoding) -t UTF-8)"),
        .start
      )
    }
    if bytes.prefix(4096).contains(0) {
      return (
        LocalizedText(
          en: "the file contains binary data (NUL bytes); it is not an XML model",
          vi: "tệp chứa dữ liệu nhị phân (byte NUL); không phải mô hình XML"), .start
      )
    }
    if let declared = declaredEncoding(of: bytes), !["utf-8", "utf8"].contains(declared.lowercased()) {
      return (
        LocalizedText(
          en: "the file declares encoding '\(declared)'; architecture models must be UTF-8",
          vi: "tệp khai báo bảng mã '\(declared)'; mô hình kiến trúc phải là UTF-8"), .start
      )
    }
    return nil
  }

  private static func compressedFormat(of bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0x1F, 0x8B]) { return "gzip-compressed" }
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive" }
    if bytes.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return "xz-compressed" }
    if bytes.starts(with: [0x42, 0x5A, 0x68]) { return "bzip2-compressed" }
    if bytes.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return "zstd-compressed" }
    return nil
  }

  private static func wideEncoding(of bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
      || bytes.starts(with: [0x3C, 0x00, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0x00, 0x3C])
    {
      return "UTF-32"
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
      || bytes.starts(with: [0x3C, 0x00]) || bytes.starts(with: [0x00, 0x3C])
    {
      return "UTF-16"
    }
    return nil
  }

  /// The `encoding` of the XML declaration, if the file starts with one.
  private static func declaredEncoding(of bytes: [UInt8]) -> String? {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    guard body.starts(with: Array("<?xml".utf8)) else { return nil }
    let head = body.prefix(300)
    guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
    let declaration = String(decoding: head[..<end], as: UTF8.self)
    guard let range = declaration.firstRange(of: "encoding") else { return nil }
    var rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    rest = rest.dropFirst()
    return String(rest.prefix { $0 != quote })
  }
}
