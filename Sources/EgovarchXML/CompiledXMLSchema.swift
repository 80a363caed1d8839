import CLibXML2

/// An XML Schema compiled once by libxml2 and shared by every parse, on any thread.
///
/// libxml2 never changes a compiled `xmlSchema`: each validation gets its own validation
/// context, so one instance may serve concurrent parses. That is why this class is
/// `@unchecked Sendable`; the pointer never leaves it.
public final class CompiledXMLSchema: @unchecked Sendable {
  let pointer: xmlSchemaPtr

  /// Compiles the schema text `source` (never loaded from disk or network).
  /// - Throws: `XMLSchemaError` when the schema itself is invalid.
  public init(source: String) throws {
    _ = LibXML2.ready
    let collector = MessageCollector()
    var bytes = Array(source.utf8)
    let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
      bytes.withUnsafeMutableBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { characters in
          guard
            let context = xmlSchemaNewMemParserCtxt(characters.baseAddress, Int32(characters.count))
          else { return nil }
          defer { xmlSchemaFreeParserCtxt(context) }
          xmlSchemaSetParserStructuredErrors(
            context, schemaCompilationErrorHandler, Unmanaged.passUnretained(collector).toOpaque())
          return xmlSchemaParse(context)
        }
      }
    }
    guard let compiled else {
      throw XMLSchemaError(messages: collector.messages.isEmpty ? ["unknown error"] : collector.messages)
    }
    pointer = compiled
  }

  deinit {
    xmlSchemaFree(pointer)
  }
}

/// Collects the messages of one schema compilation.
private final class MessageCollector {
  var messages: [String] = []
}

private let schemaCompilationErrorHandler: xmlStructuredErrorFunc = { userData, error in
  guard let userData, let error else { return }
  let collector = Unmanaged<MessageCollector>.fromOpaque(userData).takeUnretainedValue()
  let text = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
  collector.messages.append("line \(error.pointee.line): " + XMLMessageRewriter.readable(text))
}
