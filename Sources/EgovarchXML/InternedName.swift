/// A name from libxml2's dictionary, converted to a Swift string once per parse, with its
/// number in the handler's vocabulary (-1 when the vocabulary does not have it).
struct InternedName {
  let string: String
  let vocabularyIndex: Int
}
