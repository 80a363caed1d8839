import EgovarchXML

/// Loads framework files: parse, validate against `schemas/framework.xsd`, check consistency.
public enum FrameworkLoader {
  /// The framework file format's schema, compiled once.
  static let schema: CompiledXMLSchema = {
    do {
      return try CompiledXMLSchema(source: EmbeddedSchemas.framework)
    } catch {
      fatalError("egovarch's embedded framework schema does not compile: \(error)")
    }
  }()

  /// Reads and loads the framework file at `path`.
  /// - Throws: `ModelFileError` when it cannot be read, `FrameworkLoadError` when it is invalid.
  public static func load(fileAt path: String) throws -> Framework {
    try load(bytes: ModelFileReader.read(path), path: path)
  }

  /// Loads a framework from `bytes`, naming `path` in problems.
  /// - Throws: `FrameworkLoadError` listing every problem.
  public static func load(bytes: [UInt8], path: String) throws(FrameworkLoadError) -> Framework {
    let builder = FrameworkBuilder()
    let problems = XMLStreamParser.parse(bytes, schema: schema, handler: builder)
    var messages = problems.filter { $0.level == .error }.map { "\(path):\($0.position): \($0.message)" }
    guard messages.isEmpty, let header = builder.header else {
      throw FrameworkLoadError(problems: messages.isEmpty ? ["\(path):1:1: not a framework file"] : messages)
    }
    messages += consistencyProblems(builder).map { "\(path):\($0.position): \($0.message)" }
    guard messages.isEmpty else { throw FrameworkLoadError(problems: messages) }
    return Framework(
      id: header.id, name: header.name, basis: header.basis, kinds: builder.kinds.map(\.kind),
      requiredComponents: builder.components.map(\.requirement), requiredLinks: builder.links.map(\.requirement),
      roadmap: builder.roadmap)
  }

  private static func consistencyProblems(_ builder: FrameworkBuilder) -> [(position: SourcePosition, message: String)]
  {
    var problems: [(SourcePosition, String)] = builder.numberProblems
    var kinds: [String: ComponentKind] = [:]
    // Every kind id, declared before or after: `through` may name a later kind.
    let declared = Set(builder.kinds.map(\.kind.id))
    for (kind, position) in builder.kinds {
      if kinds[kind.id] != nil { problems.append((position, "kind '\(kind.id)' is declared twice")) }
      kinds[kind.id] = kind
      if let through = kind.through, !declared.contains(through) {
        problems.append((position, "kind '\(kind.id)' is reached through '\(through)', which is not in the catalogue"))
      }
    }
    func check(_ reference: String, at position: SourcePosition) {
      let target = ComponentReference(parsing: reference)
      switch target {
      case .component(let id) where kinds[id] == nil:
        problems.append((position, "'\(id)' is not a kind of the catalogue"))
      case .national(let id) where kinds[id]?.isNational != true:
        problems.append((position, "'\(reference)' is not a national system of the catalogue"))
      default: break
      }
    }
    for (requirement, position) in builder.components { check(requirement.kind, at: position) }
    for (requirement, position) in builder.links {
      check(requirement.from, at: position)
      check(requirement.to.description, at: position)
      if let via = requirement.via { check(via, at: position) }
    }
    for (kind, position) in zip(builder.roadmap?.earlyKinds ?? [], builder.earlyPositions) {
      check(kind, at: position)
    }
    return problems
  }
}
