import CLibXML2

/// Parses XML documents with libxml2's streaming (SAX2) interface and validates them against
/// a compiled schema on the fly, without building a tree.
///
/// Safety policy: the bytes are parsed from memory (no file, gzip or network layer); entities
/// are never substituted, no DTD is loaded, and a document type declaration stops the parse
/// with a `doctype` problem. libxml2's default size and depth limits stay on.
public enum XMLStreamParser {
  /// Parses `bytes`, sends each element to `handler` and returns the problems found.
  ///
  /// - Parameters:
  ///   - bytes: the document, which must be UTF-8 (callers check the encoding first).
  ///   - schema: the schema to validate against while parsing, or `nil` for none.
  ///   - handler: receives start tags (with exact positions) and end tags.
  /// - Returns: the problems, in the order found.
  public static func parse(
    _ bytes: [UInt8], schema: CompiledXMLSchema?, handler: any XMLEventHandler
  ) -> [XMLProblem] {
    _ = LibXML2.ready
    guard !bytes.isEmpty, bytes.count < Int(Int32.max) else {
      return [XMLProblem(kind: .malformed, message: "the document is empty", position: .start)]
    }
    return bytes.withUnsafeBufferPointer { buffer in
      let session = XMLParseSession(bytes: buffer, handler: handler)
      withExtendedLifetime(session) {
        run(session, schema: schema)
      }
      return session.problems
    }
  }

  private static func run(_ session: XMLParseSession, schema: CompiledXMLSchema?) {
    let buffer = session.bytes
    let created = buffer.withMemoryRebound(to: CChar.self) {
      xmlCreateMemoryParserCtxt($0.baseAddress, Int32($0.count))
    }
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

private let startElementCallback: startElementNsSAX2Func = {
  context, localName, _, uri, _, _, attributeCount, _, attributes in
  guard let session = session(of: context), let context else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  let position = session.positionOfOpeningBracket(before: egovarch_parser_offset(parser))
  var values: [XMLAttribute] = []
  if let attributes, attributeCount > 0 {
    values.reserveCapacity(Int(attributeCount))
    for index in 0..<Int(attributeCount) {
      let base = index * 5
      guard let name = session.name(attributes[base]),
        let start = attributes[base + 3], let end = attributes[base + 4]
      else { continue }
      let raw = UnsafeBufferPointer(start: start, count: end - start)
      var value = String(decoding: raw, as: UTF8.self)
      // Without entity substitution libxml2 leaves a decoded '&' as "&#38;".
      if raw.contains(UInt8(ascii: "&")) { value = value.replacing("&#38;", with: "&") }
      values.append(
        XMLAttribute(name: name, namespaceURI: session.name(attributes[base + 2]), value: value))
    }
  }
  let tag = XMLStartTag(
    localName: session.name(localName) ?? "", namespaceURI: session.name(uri),
    attributes: values, position: position)
  session.openElements.append(position)
  session.currentElement = position
  if session.handler.startElement(tag) {
    session.textDepth = session.openElements.count
    session.text.removeAll(keepingCapacity: true)
  }
}

private let endElementCallback: endElementNsSAX2Func = { context, _, _, _ in
  guard let session = session(of: context) else { return }
  var text: String?
  if session.textDepth == session.openElements.count {
    text = String(decoding: session.text, as: UTF8.self)
    session.textDepth = nil
  }
  session.currentElement = session.openElements.popLast() ?? .start
  session.handler.endElement(text: text)
}

private let charactersCallback: charactersSAXFunc = { context, characters, length in
  guard let session = session(of: context), let characters,
    session.textDepth == session.openElements.count
  else { return }
  session.text.append(contentsOf: UnsafeBufferPointer(start: characters, count: Int(length)))
}

private let doctypeCallback: internalSubsetSAXFunc = { context, _, _, _ in
  guard let session = session(of: context), let context else { return }
  let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
  let position = session.positionOfMarker("<!DOCTYPE", before: egovarch_parser_offset(parser))
  session.record(
    XMLProblem(
      kind: .doctype,
      message:
        "document type declarations are not allowed in architecture models; entities and DTDs are never loaded",
      position: position))
  session.stopped = true
  xmlStopParser(parser)
}

private let parserErrorHandler: xmlStructuredErrorFunc = { _, error in
  guard let error, let session = session(of: error.pointee.ctxt), !session.stopped else { return }
  let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
  let level: XMLProblem.Level = error.pointee.level == XML_ERR_WARNING ? .warning : .error
  let line = max(Int(error.pointee.line), 1)
  let column = max(Int(error.pointee.int2), 1)
  session.record(
    XMLProblem(
      kind: .malformed, level: level, message: XMLMessageRewriter.readable(raw),
      position: XMLPosition(line: line, column: column)))
  // After the first error libxml2 reports only its consequences (unclosed tags and the like).
  if level == .error { session.stopped = true }
}

private let validationErrorHandler: xmlStructuredErrorFunc = { userData, error in
  guard let userData, let error else { return }
  let session = Unmanaged<XMLParseSession>.fromOpaque(userData).takeUnretainedValue()
  guard !session.stopped else { return }
  let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown schema error"
  let level: XMLProblem.Level = error.pointee.level == XML_ERR_WARNING ? .warning : .error
  session.record(
    XMLProblem(
      kind: .schema, level: level, message: XMLMessageRewriter.readable(raw),
      position: session.currentElement))
}
