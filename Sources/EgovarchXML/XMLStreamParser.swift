import CLibXML2

/// Parses XML documents with libxml2's streaming (SAX2) interface and validates them against
/// a compiled schema on the fly, without building a tree.
///
/// Safety policy: the bytes are handed to libxml2 from memory, a few kilobytes at a time (no
/// file, gzip or network layer); entities are never substituted, no DTD is loaded, and a
/// document type declaration stops the parse with a `doctype` problem. libxml2's default size
/// and depth limits stay on.
///
/// Speed: libxml2 never copies the document, names arrive as numbers (`XMLElementHandler`),
/// positions come from one forward scan of the bytes, and a document of 1 MiB or more is
/// validated against the schema on a second thread while the calling thread builds the model.
public enum XMLStreamParser {
  /// Parses `bytes`, sends each element to `handler` and returns the problems found.
  ///
  /// - Parameters:
  ///   - bytes: the document, which must be UTF-8 (callers check the encoding first); a
  ///     leading byte order mark is skipped.
  ///   - schema: the schema to validate against while parsing, or `nil` for none.
  ///   - handler: receives start tags (with exact positions) and end tags.
  /// - Returns: the problems, in the order found.
  public static func parse(
    _ bytes: [UInt8], schema: CompiledXMLSchema?, handler: any XMLEventHandler
  ) -> [XMLProblem] {
    parse(bytes, schema: schema, handler: XMLEventHandlerAdapter(handler))
  }

  /// Parses `bytes`, sends each element to `handler` by vocabulary number and returns the
  /// problems found; the fast path, for handlers that keep only some of what they are given.
  ///
  /// - Parameters:
  ///   - bytes: the document, which must be UTF-8 (callers check the encoding first); a
  ///     leading byte order mark is skipped.
  ///   - schema: the schema to validate against while parsing, or `nil` for none.
  ///   - handler: receives start tags (with exact positions) and end tags.
  /// - Returns: the problems, in the order found.
  public static func parse(
    _ bytes: [UInt8], schema: CompiledXMLSchema?, handler: any XMLElementHandler
  ) -> [XMLProblem] {
    parse(bytes, schema: schema, handler: handler, parallelFrom: parallelValidationSize)
  }

  /// `parse(_:schema:handler:)`, validating on a second thread from `parallelFrom` bytes.
  static func parse(
    _ bytes: [UInt8], schema: CompiledXMLSchema?, handler: any XMLElementHandler, parallelFrom: Int
  ) -> [XMLProblem] {
    _ = LibXML2.ready
    let bodyStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard bytes.count > bodyStart, bytes.count < Int(Int32.max) else {
      return [XMLProblem(kind: .malformed, message: "the document is empty", position: .start)]
    }
    return bytes.withUnsafeBufferPointer { whole in
      // A UTF-8 byte order mark is skipped, not copied away: positions start after it.
      let buffer = UnsafeBufferPointer(rebasing: whole[bodyStart...])
      // A large document is validated on a second thread while this one builds the model.
      let validation =
        schema.flatMap { buffer.count >= parallelFrom ? XMLValidationThread(bytes: buffer, schema: $0) : nil }
      let session = XMLParseSession(bytes: buffer, handler: handler)
      withExtendedLifetime(session) {
        run(session, schema: validation == nil ? schema : nil)
      }
      return validation?.join() ?? session.state.pointee.problems
    }
  }

  /// The size from which a document is validated against the schema on a thread of its own
  /// while the calling thread builds the model (1 MiB: about 4,000 components).
  static let parallelValidationSize = 1 << 20

  /// The most character data read between two tags (1 MiB) before the parse stops.
  ///
  /// libxml2's schema validator appends each piece of an element's text to the pieces before
  /// it, measuring them all again each time: the cost grows with the square of the text's
  /// length (ten megabytes of text take half a minute). No text of a model may be longer than
  /// 10,000 characters, so a longer one is refused before it becomes that slow.
  static let textRunLimit = 1 << 20

  /// Parses the document of `session`, validating it against `schema` when one is given.
  static func run(_ session: XMLParseSession, schema: CompiledXMLSchema?) {
    // libxml2 reads the document through a callback, a few kilobytes at a time, and forgets
    // what it has parsed: unlike a memory parser context, it never holds a second copy of a
    // large document.
    let created = xmlCreateIOParserCtxt(
      nil, nil, readCallback, nil, Unmanaged.passUnretained(session).toOpaque(), XML_CHAR_ENCODING_NONE)
    guard let context = created else {
      session.record(
        XMLProblem(kind: .malformed, message: "the parser could not start", position: .start))
      return
    }
    defer { xmlFreeParserCtxt(context) }
    xmlCtxtUseOptions(context, LibXML2.flag(XML_PARSE_NONET) | LibXML2.flag(XML_PARSE_BIG_LINES))
    egovarch_set_parser_private(context, Unmanaged.passUnretained(session).toOpaque())
    installCallbacks(on: context.pointee.sax)

    var validation: xmlSchemaValidCtxtPtr?
    var plug: xmlSchemaSAXPlugPtr?
    if let schema {
      validation = xmlSchemaNewValidCtxt(schema.pointer)
      if let validation {
        xmlSchemaSetValidStructuredErrors(
          validation, validationErrorHandler, Unmanaged.passUnretained(session).toOpaque())
        plug = xmlSchemaSAXPlug(validation, &context.pointee.sax, &context.pointee.userData)
        // The plug does not forward structured parser errors; route them to us again.
        context.pointee.sax.pointee.serror = parserErrorHandler
      }
    }
    defer {
      if let plug { xmlSchemaSAXUnplug(plug) }
      if let validation { xmlSchemaFreeValidCtxt(validation) }
    }
    xmlParseDocument(context)
    _ = session.state.pointee.reportCut(ifReached: Int.max)
    if let document = context.pointee.myDoc {
      xmlFreeDoc(document)
      context.pointee.myDoc = nil
    }
  }

  private static func installCallbacks(on sax: UnsafeMutablePointer<xmlSAXHandler>) {
    sax.pointee.startDocument = nil
    sax.pointee.endDocument = nil
    sax.pointee.startElementNs = startElementCallback
    sax.pointee.endElementNs = endElementCallback
    sax.pointee.characters = charactersCallback
    sax.pointee.ignorableWhitespace = charactersCallback
    sax.pointee.cdataBlock = charactersCallback
    sax.pointee.internalSubset = doctypeCallback
    sax.pointee.externalSubset = nil
    sax.pointee.resolveEntity = nil
    sax.pointee.getEntity = nil
    sax.pointee.getParameterEntity = nil
    sax.pointee.entityDecl = nil
    sax.pointee.reference = nil
    sax.pointee.processingInstruction = nil
    sax.pointee.comment = nil
    sax.pointee.serror = parserErrorHandler
  }
}

/// Returns the session of the parser context `context` (the SAX user data).
private func session(of context: UnsafeMutableRawPointer?) -> XMLParseSession? {
  guard let context else { return nil }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  guard let raw = egovarch_parser_private(parser) else { return nil }
  return Unmanaged<XMLParseSession>.fromOpaque(raw).takeUnretainedValue()
}

private let readCallback: xmlInputReadCallback = { context, buffer, count in
  guard let context, let buffer, count > 0 else { return count == 0 ? 0 : -1 }
  let session = Unmanaged<XMLParseSession>.fromOpaque(context).takeUnretainedValue()
  return Int32(session.state.pointee.read(into: buffer, count: Int(count)))
}

private let startElementCallback: startElementNsSAX2Func = {
  context, localName, _, uri, _, _, attributeCount, _, attributes in
  guard let session = session(of: context), let context else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  let state = session.state
  if state.pointee.validatesOnly {
    let offset = egovarch_parser_offset(parser)
    state.pointee.openOffsets.append(offset)
    state.pointee.currentOffset = offset
    state.pointee.textRunLength = 0
    return
  }
  let (position, end) = state.pointee.startTagPositions(endingAt: egovarch_parser_offset(parser))
  state.pointee.beginElement(name: localName, namespace: uri, attributes: attributes, count: Int(attributeCount))
  let element = XMLElementStart(
    name: state.pointee.currentName.vocabularyIndex,
    namespace: state.pointee.currentNamespace?.vocabularyIndex ?? -1, position: position, end: end,
    session: session)
  state.pointee.openElements.append(position)
  state.pointee.currentElement = position
  state.pointee.textRunLength = 0
  let wantsText = session.handler.startElement(element)
  state.pointee.endStartTag()
  if wantsText {
    state.pointee.textDepth = state.pointee.openElements.count
    state.pointee.text.removeAll(keepingCapacity: true)
  }
}

private let endElementCallback: endElementNsSAX2Func = { context, _, _, _ in
  guard let session = session(of: context) else { return }
  let state = session.state
  if state.pointee.validatesOnly {
    state.pointee.currentOffset = state.pointee.openOffsets.popLast()
    state.pointee.textRunLength = 0
    return
  }
  var text: String?
  if state.pointee.textDepth == state.pointee.openElements.count {
    text = String(decoding: state.pointee.text, as: UTF8.self)
    state.pointee.textDepth = nil
  }
  state.pointee.currentElement = state.pointee.openElements.popLast() ?? .start
  state.pointee.textRunLength = 0
  session.handler.endElement(text: text)
}

private let charactersCallback: charactersSAXFunc = { context, characters, length in
  guard let session = session(of: context), let characters, let context else { return }
  let state = session.state
  state.pointee.textRunLength += Int(length)
  if state.pointee.textRunLength > XMLStreamParser.textRunLimit {
    guard !state.pointee.stopped else { return }
    if state.pointee.validatesOnly, let offset = state.pointee.openOffsets.last {
      state.pointee.problemOffsets.append((state.pointee.problems.count, offset))
    }
    session.record(
      XMLProblem(
        kind: .malformed,
        message: "the text of this element is longer than 1 MiB; no text of a model may be longer than "
          + "10,000 characters",
        position: state.pointee.openElements.last ?? .start))
    state.pointee.stopped = true
    xmlStopParser(context.assumingMemoryBound(to: xmlParserCtxt.self))
    return
  }
  guard state.pointee.textDepth == state.pointee.openElements.count else { return }
  state.pointee.text.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
}

private let doctypeCallback: internalSubsetSAXFunc = { context, _, _, _ in
  guard let session = session(of: context), let context else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  let position = session.state.pointee.positionOfMarker("<!DOCTYPE", before: egovarch_parser_offset(parser))
  session.record(
    XMLProblem(
      kind: .doctype,
      message:
        "document type declarations are not allowed in architecture models; entities and DTDs are never loaded",
      position: position))
  session.state.pointee.stopped = true
  xmlStopParser(parser)
}

private let parserErrorHandler: xmlStructuredErrorFunc = { _, error in
  guard let error, let session = session(of: error.pointee.ctxt), !session.state.pointee.stopped else { return }
  // An error where the bytes were cut off before a start tag with too many attributes is
  // that tag's problem, not the parser's.
  if let parser = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self),
    session.state.pointee.reportCut(ifReached: egovarch_parser_offset(parser))
  {
    return
  }
  let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
  let level: XMLProblem.Level = error.pointee.level == XML_ERR_WARNING ? .warning : .error
  let line = max(Int(error.pointee.line), 1)
  let column = max(Int(error.pointee.int2), 1)
  session.record(
    XMLProblem(
      kind: .malformed, level: level, message: XMLMessageRewriter.readable(raw),
      position: XMLPosition(line: line, column: column)))
  // After the first error libxml2 reports only its consequences (unclosed tags and the like).
  if level == .error { session.state.pointee.stopped = true }
}

private let validationErrorHandler: xmlStructuredErrorFunc = { userData, error in
  guard let userData, let error else { return }
  let session = Unmanaged<XMLParseSession>.fromOpaque(userData).takeUnretainedValue()
  guard !session.state.pointee.stopped else { return }
  let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown schema error"
  let level: XMLProblem.Level = error.pointee.level == XML_ERR_WARNING ? .warning : .error
  if session.state.pointee.validatesOnly, let offset = session.state.pointee.currentOffset {
    session.state.pointee.problemOffsets.append((session.state.pointee.problems.count, offset))
  }
  session.record(
    XMLProblem(
      kind: .schema, level: level, message: XMLMessageRewriter.readable(raw),
      position: session.state.pointee.currentElement))
}
