/// The frameworks that ship inside egovarch: 1.0 (letter 1178/BTTTT-THH, 2015), 2.0 (Decision
/// 2323/QĐ-BTTTT, 2019) and 3.0 (Decision 2568/QĐ-BTTTT, 2023, amended by 1729/QĐ-BTTTT, 2024),
/// from `schemas/frameworks/`.
public enum BuiltInFrameworks {
  /// The built-in frameworks by id, loaded once.
  public static let all: [String: Framework] = {
    var frameworks: [String: Framework] = [:]
    let sources = [
      ("1.0.xml", EmbeddedSchemas.framework1), ("2.0.xml", EmbeddedSchemas.framework2),
      ("3.0.xml", EmbeddedSchemas.framework3),
    ]
    for (name, source) in sources {
      do {
        let framework = try FrameworkLoader.load(bytes: Array(source.utf8), path: "schemas/frameworks/\(name)")
        frameworks[framework.id] = framework
      } catch {
        fatalError("egovarch's built-in framework \(name) is invalid: \(error)")
      }
    }
    return frameworks
  }()

  /// The built-in framework with `id`, if there is one.
  public static func framework(_ id: String) -> Framework? {
    all[id]
  }
}
