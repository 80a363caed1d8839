import EgovarchXML

/// The architecture format's schema (`schemas/egovarch.xsd`), compiled once per process.
public enum ArchitectureSchema {
  /// The schema text compiled into egovarch.
  public static let source = EmbeddedSchemas.architecture

  /// The compiled schema, shared by every validation on every thread.
  static let compiled: CompiledXMLSchema = {
    do {
      return try CompiledXMLSchema(source: source)
    } catch {
      // The embedded schema is tested on every build; reaching this is a packaging bug.
      fatalError("egovarch's embedded schema does not compile: \(error)")
    }
  }()
}
