import CLibXML2

/// Run-once initialisation of libxml2, done before any concurrent use.
enum LibXML2 {
  /// Initialises the parser and the schema types exactly once (thread-safe `let`).
  ///
  /// `xmlSchemaInitTypes` must run eagerly: before libxml2 2.15, `xmlSchemaParse` initialises
  /// the built-in types lazily and without a lock.
  static let ready: Void = {
    xmlInitParser()
    xmlSchemaInitTypes()
  }()

  /// Converts a parser option to the `Int32` that the option-taking functions expect.
  static func flag(_ option: xmlParserOption) -> Int32 {
    Int32(bitPattern: option.rawValue)
  }
}
