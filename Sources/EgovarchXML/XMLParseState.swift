import CLibXML2

/// The mutable state of one parse, kept behind a pointer by `XMLParseSession` so that the
/// callbacks, called hundreds of thousands of times, pay for no exclusivity checks.
struct XMLParseState {
  let bytes: UnsafeBufferPointer<UInt8>
  var problems: [XMLProblem] = []
  /// Start positions of the open elements, innermost last.
  var openElements: [XMLPosition] = []
  /// The element that schema errors raised now are about.
  var currentElement = XMLPosition.start
  /// Depth of the element whose text is being collected, if any.
  var textDepth: Int?
  var text: [UInt8] = []
  /// Bytes of character data since the last start or end tag (see `XMLStreamParser.textRunLimit`).
  var textRunLength = 0
  /// Set once the parse was stopped on purpose; later parser errors are consequences.
  var stopped = false
  /// Set for a parse that only validates (`XMLValidationThread`): no handler is called, start
  /// tags are remembered by offset, and the positions of schema problems are worked out once,
  /// at the end, by `resolveProblemPositions()`.
  let validatesOnly: Bool
  /// In a parse that only validates: the offsets where the open elements' start tags end,
  /// innermost last, and the one that schema errors raised now are about.
  var openOffsets: [Int] = []
  var currentOffset: Int?
  /// In a parse that only validates: the schema problems whose position is still an offset.
  var problemOffsets: [(problem: Int, offset: Int)] = []
  /// The names of the element being started.
  var currentName = InternedName(string: "", vocabularyIndex: -1)
  var currentNamespace: InternedName?
  /// How much of `bytes` libxml2 has read through `read(into:count:)`.
  private var readOffset = 0
  /// Counts each start tag's attributes before libxml2 reads them.
  private var attributeGuard = AttributeCountGuard()
  /// Where the bytes were cut off before a start tag with too many attributes, and where
  /// that tag starts: libxml2 sees the document end there, and the problem is reported when
  /// it gets there (unless an earlier problem stopped the parse first).
  private var cut: (offset: Int, tagStart: Int)?
  private var cursor = SourcePositionCursor()
  private var names = InternedNameTable()
  private var values = XMLStringTable()
  private let vocabularyIndex: [String: Int]
  /// The attributes of the element being started, as libxml2 gives them (five pointers each).
  private var attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  private var attributeCount = 0
  /// For each vocabulary entry, the index of the unprefixed attribute of that name, or -1.
  private var attributeSlots: [Int32]
  private var filledSlots: [Int] = []

  init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: [String], validatesOnly: Bool = false) {
    self.bytes = bytes
    self.validatesOnly = validatesOnly
    var index: [String: Int] = [:]
    for (position, name) in vocabulary.enumerated() where index[name] == nil { index[name] = position }
    vocabularyIndex = index
    attributeSlots = [Int32](repeating: -1, count: vocabulary.count)
  }

  /// Copies the next bytes of the document for libxml2; returns how many (0 at the end).
  mutating func read(into buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int {
    guard cut == nil else { return 0 }
    var length = min(count, bytes.count - readOffset)
    guard length > 0, let base = bytes.baseAddress else { return 0 }
    if attributeGuard.scan(bytes, readOffset..<readOffset + length) != nil {
      let end = max(readOffset, attributeGuard.tagStart)
      cut = (end, attributeGuard.tagStart)
      length = end - readOffset
      guard length > 0 else { return 0 }
    }
    UnsafeMutableRawPointer(buffer).copyMemory(from: base + readOffset, byteCount: length)
    readOffset += length
    return length
  }

  /// Reports the start tag with too many attributes once the parser, at `offset`, has
  /// reached that tag (the bytes end at it or inside it); returns whether it did (the parse
  /// then stops, and the parser's complaints about the cut are not reported).
  mutating func reportCut(ifReached offset: Int) -> Bool {
    guard let cut, offset >= cut.tagStart, !stopped else { return false }
    var position = XMLPosition.start
    if validatesOnly {
      problemOffsets.append((problems.count, cut.tagStart))
    } else {
      position = cursor.position(of: cut.tagStart, in: bytes)
    }
    problems.append(
      XMLProblem(
        kind: .malformed,
        message: "this element has more than 1,000 attributes; "
          + "no element of a model has more than a dozen",
        position: position))
    stopped = true
    return true
  }

  /// Returns the interned entry for a name from libxml2's dictionary.
  mutating func name(_ pointer: UnsafePointer<xmlChar>) -> InternedName {
    let key = UnsafeRawPointer(pointer)
    if let index = names.index(of: key) { return names.names[index] }
    let string = String(cString: pointer)
    let index = names.insert(InternedName(string: string, vocabularyIndex: vocabularyIndex[string] ?? -1), for: key)
    return names.names[index]
  }

  /// Makes the element `name` (in `namespace`) with `count` attributes the current one.
  mutating func beginElement(
    name: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?,
    attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int
  ) {
    currentName = name.map { self.name($0) } ?? InternedName(string: "", vocabularyIndex: -1)
    currentNamespace = namespace.map { self.name($0) }
    self.attributes = attributes
    attributeCount = attributes == nil ? 0 : count
    guard let attributes, !attributeSlots.isEmpty else { return }
    for index in 0..<attributeCount where attributes[index * 5 + 2] == nil {
      guard let localName = attributes[index * 5] else { continue }
      let slot = self.name(localName).vocabularyIndex
      if slot >= 0 && attributeSlots[slot] < 0 {
        attributeSlots[slot] = Int32(index)
        filledSlots.append(slot)
      }
    }
  }

  /// Forgets the attributes of the element that was just started.
  mutating func endStartTag() {
    for slot in filledSlots { attributeSlots[slot] = -1 }
    filledSlots.removeAll(keepingCapacity: true)
    attributes = nil
    attributeCount = 0
  }

  /// The value of the current element's unprefixed attribute numbered `vocabularyIndex`; when
  /// `shared`, equal long values share one string.
  mutating func attributeValue(vocabularyIndex: Int, shared: Bool) -> String? {
    guard vocabularyIndex >= 0, vocabularyIndex < attributeSlots.count else { return nil }
    let index = attributeSlots[vocabularyIndex]
    return index < 0 ? nil : value(ofAttributeAt: Int(index), shared: shared)
  }

  /// Calls `body` with every attribute of the current element: local name, URI, value.
  mutating func forEachAttribute(_ body: (String, String?, String) -> Void) {
    guard let attributes else { return }
    for index in 0..<attributeCount {
      guard let localName = attributes[index * 5], let value = value(ofAttributeAt: index, shared: false)
      else { continue }
      body(name(localName).string, attributes[index * 5 + 2].map { name($0).string }, value)
    }
  }

  private mutating func value(ofAttributeAt index: Int, shared: Bool) -> String? {
    guard let attributes, let start = attributes[index * 5 + 3], let end = attributes[index * 5 + 4] else {
      return nil
    }
    let raw = UnsafeBufferPointer(start: start, count: end - start)
    // Without entity substitution libxml2 leaves a decoded '&' as "&#38;".
    if raw.contains(UInt8(ascii: "&")) {
      return String(decoding: raw, as: UTF8.self).replacing("&#38;", with: "&")
    }
    return shared ? values.string(for: raw) : String(decoding: raw, as: UTF8.self)
  }

  /// The position of the `<` that opens the start tag the parser has just read, and the
  /// position just after its `>`, when `offset` is where the parser stands (at that `>`, or
  /// at the `/` of `/>`).
  mutating func startTagPositions(endingAt offset: Int) -> (start: XMLPosition, end: XMLPosition) {
    cursor.startTag(endingAt: offset, in: bytes)
  }

  /// Replaces the offsets of schema problems by positions, in one forward pass over the bytes.
  mutating func resolveProblemPositions() {
    guard !problemOffsets.isEmpty else { return }
    var resolver = SourcePositionCursor()
    for (problem, offset) in problemOffsets.sorted(by: { $0.offset < $1.offset }) {
      problems[problem].position = resolver.positionOfLastBracket(through: offset, in: bytes)
    }
    problemOffsets = []
  }

  /// The position of the last occurrence of `marker` at or before `offset`.
  mutating func positionOfMarker(_ marker: String, before offset: Int) -> XMLPosition {
    let pattern = Array(marker.utf8)
    var index = min(offset, bytes.count - pattern.count)
    while index >= 0 {
      if bytes[index] == pattern[0] && Array(bytes[index..<index + pattern.count]) == pattern {
        return cursor.position(of: index, in: bytes)
      }
      index -= 1
    }
    return .start
  }
}
