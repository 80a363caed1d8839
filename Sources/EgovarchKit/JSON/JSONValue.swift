/// A JSON value whose objects keep their members in the order given, printed with two-space
/// indentation, so that machine output has a fixed key order and stable bytes.
enum JSONValue: Sendable {
  case string(String)
  case integer(Int)
  case boolean(Bool)
  case null
  case array([JSONValue])
  case object([(key: String, value: JSONValue)])

  /// The value as JSON text, nested lines indented by two spaces from `indentation`; no
  /// trailing newline.
  func rendered(indentation: String = "") -> String {
    var json = JSONWriter()
    write(to: &json, indentation: indentation)
    return json.output
  }

  private func write(to json: inout JSONWriter, indentation: String) {
    let inner = indentation + "  "
    switch self {
    case .string(let text): json.string(text)
    case .integer(let number): json.raw(String(number))
    case .boolean(let flag): json.raw(flag ? "true" : "false")
    case .null: json.raw("null")
    case .array(let elements):
      guard !elements.isEmpty else { return json.raw("[]") }
      json.raw("[")
      for (index, element) in elements.enumerated() {
        json.raw((index == 0 ? "\n" : ",\n") + inner)
        element.write(to: &json, indentation: inner)
      }
      json.raw("\n" + indentation + "]")
    case .object(let members):
      guard !members.isEmpty else { return json.raw("{}") }
      json.raw("{")
      for (index, member) in members.enumerated() {
        json.raw((index == 0 ? "\n" : ",\n") + inner)
        json.string(member.key)
        json.raw(": ")
        member.value.write(to: &json, indentation: inner)
      }
      json.raw("\n" + indentation + "}")
    }
  }
}
