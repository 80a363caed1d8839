/// How the generator uses one component kind of framework 2.0's catalogue.
struct KindProfile {
  /// The kind's id in the catalogue (or `custom`).
  var kind: String
  /// The Vietnamese name the generated components start with.
  var name: String
  /// How often the kind occurs, relative to the others.
  var weight: Int
  /// Whether the framework wants it delivered in the first phase (`early` in the framework).
  var early: Bool
  /// The kinds its components preferably depend on, first choice first.
  var dependsOn: [String]
  /// National systems its components always link to (`national:KIND`, type).
  var requiredNational: [(system: String, type: String)]
  /// National systems its components sometimes link to.
  var optionalNational: [(system: String, type: String)]
}
