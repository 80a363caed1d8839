import CLibXML2

/// The state of one parse, reached from libxml2's callbacks through the context's `_private`.
///
/// It lives only for the duration of one synchronous `XMLStreamParser.parse` call.
final class XMLParseSession {
  let bytes: UnsafeBufferPointer<UInt8>
  let lineTable: SourceLineTable
  let handler: any XMLEventHandler
  var problems: [XMLProblem] = []
  /// Start positions of the open elements, innermost last.
  var openElements: [XMLPosition] = []
  /// The element that schema errors raised now are about.
  var currentElement = XMLPosition.start
  /// Depth of the element whose text is being collected, if any.
  var textDepth: Int?
  var text: [UInt8] = []
  /// Set once the parse was stopped on purpose; later parser errors are consequences.
  var stopped = false
  private var names: [UnsafeRawPointer: String] = [:]

  init(bytes: UnsafeBufferPointer<UInt8>, handler: any XMLEventHandler) {
    self.bytes = bytes
    self.lineTable = SourceLineTable(bytes)
    self.handler = handler
  }

  /// Returns the string for a name from libxml2's dictionary, converting each name once.
  func name(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    let key = UnsafeRawPointer(pointer)
    if let known = names[key] { return known }
    let value = String(cString: pointer)
    names[key] = value
    return value
  }

  /// The position of the `<` that opens the construct the parser has just read.
  func positionOfOpeningBracket(before offset: Int) -> XMLPosition {
    var index = min(offset, bytes.count - 1)
    while index > 0 && bytes[index] != UInt8(ascii: "<") { index -= 1 }
    return lineTable.position(ofOffset: max(index, 0), in: bytes)
  }

  /// The position of the last occurrence of `marker` at or before `offset`.
  func positionOfMarker(_ marker: String, before offset: Int) -> XMLPosition {
    let pattern = Array(marker.utf8)
    var index = min(offset, bytes.count - pattern.count)
    while index >= 0 {
      if bytes[index] == pattern[0] && Array(bytes[index..<index + pattern.count]) == pattern {
        return lineTable.position(ofOffset: index, in: bytes)
      }
      index -= 1
    }
    return .start
  }

  func record(_ problem: XMLProblem) {
    problems.append(problem)
  }
}
