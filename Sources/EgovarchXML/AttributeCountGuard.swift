/// Counts the attributes of each start tag in the bytes before libxml2 reads them, so that an
/// element with too many is refused before libxml2 parses it.
///
/// libxml2 (2.9) compares each attribute of a start tag with every one before it, looking for
/// duplicates and their namespaces: 200,000 attributes on one element take ten seconds. No
/// element of a model or framework has more than a dozen, so a start tag with more than
/// ``limit`` is cut off before libxml2 sees it. The scan follows start tags, quoted values,
/// comments, CDATA sections and processing instructions, a chunk at a time, in one forward
/// pass; an attribute is counted at its `=`.
struct AttributeCountGuard {
  /// The most attributes (namespace declarations included) one start tag may have.
  static let limit = 1_000

  private enum Mode {
    case text
    /// Just after `<`.
    case open
    case startTag
    case quoted(UInt8)
    /// After `<!`; after `<!-`; after `<!` and that many bytes of `[CDATA[`.
    case bang
    case bangDash
    case cdataOpening(Int)
    case comment
    case cdata
    /// A processing instruction or a declaration (`<!DOCTYPE`), up to its `>`.
    case instruction
    case declaration
    case endTag
  }

  private var mode = Mode.text
  /// The offset of the `<` of the tag being scanned.
  private(set) var tagStart = 0
  private var count = 0
  /// How many `-` (in a comment) or `]` (in a CDATA section) just came, or whether the byte
  /// before was `?` (in a processing instruction).
  private var run = 0

  /// Scans `bytes[range]`, which follow the bytes scanned before; returns the offset of the
  /// byte where a start tag passes the limit (the tag starts at `tagStart`), or `nil`.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var index = range.lowerBound
    let end = range.upperBound
    let open = UInt8(ascii: "<")
    let close = UInt8(ascii: ">")
    while index < end {
      switch mode {
      case .text:
        while index < end && bytes[index] != open { index += 1 }
        guard index < end else { return nil }
        tagStart = index
        mode = .open
      case .open:
        switch bytes[index] {
        case UInt8(ascii: "!"): mode = .bang
        case UInt8(ascii: "?"):
          mode = .instruction
          run = 0
        case UInt8(ascii: "/"): mode = .endTag
        default:
          mode = .startTag
          count = 0
          continue
        }
      case .startTag:
        while index < end {
          let byte = bytes[index]
          if byte == close {
            mode = .text
            break
          } else if byte == UInt8(ascii: "=") {
            count += 1
            if count > Self.limit { return index }
          } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            mode = .quoted(byte)
            break
          }
          index += 1
        }
      case .quoted(let quote):
        while index < end && bytes[index] != quote { index += 1 }
        if index < end { mode = .startTag }
      case .bang:
        switch bytes[index] {
        case UInt8(ascii: "-"): mode = .bangDash
        case UInt8(ascii: "["): mode = .cdataOpening(1)
        default:
          mode = .declaration
          continue
        }
      case .bangDash:
        guard bytes[index] == UInt8(ascii: "-") else {
          mode = .declaration
          continue
        }
        mode = .comment
        run = 0
      case .cdataOpening(let matched):
        guard bytes[index] == Self.cdataOpening[matched] else {
          mode = .declaration
          continue
        }
        if matched + 1 == Self.cdataOpening.count {
          mode = .cdata
          run = 0
        } else {
          mode = .cdataOpening(matched + 1)
        }
      case .comment, .cdata:
        let mark = Self.isCommentMode(mode) ? UInt8(ascii: "-") : UInt8(ascii: "]")
        let byte = bytes[index]
        if byte == close && run >= 2 {
          mode = .text
        } else {
          run = byte == mark ? run + 1 : 0
        }
      case .instruction:
        let byte = bytes[index]
        if byte == close && run == 1 { mode = .text } else { run = byte == UInt8(ascii: "?") ? 1 : 0 }
      case .declaration, .endTag:
        while index < end && bytes[index] != close { index += 1 }
        if index < end { mode = .text }
      }
      index += 1
    }
    return nil
  }

  /// `[CDATA[`, after `<!`.
  private static let cdataOpening = Array("[CDATA[".utf8)

  private static func isCommentMode(_ mode: Mode) -> Bool {
    if case .comment = mode { return true }
    return false
  }
}
